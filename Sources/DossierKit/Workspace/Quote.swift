public enum QuoteIDKind: IDKind { public static let prefix = "q"; public static let noun = "quotes" }

/// A quote's ID: `q1`, `q2`, …
public typealias QuoteID = TypedID<QuoteIDKind>

/// A quote found in a loaded document: its ID, the document, and the extracted facts (content
/// parts, kind, cue, speaker). In JSON the facts' keys sit beside `id` and `document`.
public struct Quote: Codable, Sendable, Equatable {
    public let id: QuoteID
    public let document: DocumentID
    public var facts: QuoteFacts

    public init(id: QuoteID, document: DocumentID, facts: QuoteFacts) {
        self.id = id
        self.document = document
        self.facts = facts
    }

    private enum CodingKeys: String, CodingKey { case id, document }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(QuoteID.self, forKey: .id)
        document = try c.decode(DocumentID.self, forKey: .document)
        facts = try QuoteFacts(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try facts.encode(to: encoder)
    }
}
