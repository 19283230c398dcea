/// What an annotation is attached to.
public enum AnnotationTarget: Codable, Sendable, Equatable, Hashable {
    case document(DocumentID)
    case entity(EntityID)
    case figure(FigureID)
    /// A passage: code-point offsets plus the quoted text with a little context on each side
    /// (W3C TextPositionSelector + TextQuoteSelector), so it can be found again if the text changes.
    case span(document: DocumentID, start: Int, end: Int, quote: String, prefix: String, suffix: String)

    private enum CodingKeys: String, CodingKey { case document, entity, figure, start, end, quote, prefix, suffix }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let e = try c.decodeIfPresent(EntityID.self, forKey: .entity) { self = .entity(e); return }
        if let f = try c.decodeIfPresent(FigureID.self, forKey: .figure) { self = .figure(f); return }
        let d = try c.decode(DocumentID.self, forKey: .document)
        if let start = try c.decodeIfPresent(Int.self, forKey: .start) {
            self = .span(document: d, start: start, end: try c.decode(Int.self, forKey: .end),
                         quote: try c.decode(String.self, forKey: .quote),
                         prefix: try c.decodeIfPresent(String.self, forKey: .prefix) ?? "",
                         suffix: try c.decodeIfPresent(String.self, forKey: .suffix) ?? "")
        } else {
            self = .document(d)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .document(let d): try c.encode(d, forKey: .document)
        case .entity(let e): try c.encode(e, forKey: .entity)
        case .figure(let f): try c.encode(f, forKey: .figure)
        case let .span(d, start, end, quote, prefix, suffix):
            try c.encode(d, forKey: .document)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(quote, forKey: .quote)
            try c.encode(prefix, forKey: .prefix)
            try c.encode(suffix, forKey: .suffix)
        }
    }
}

/// A note, tag or highlight a person attached to a document, passage, entity or figure.
public struct Annotation: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case note, tag, highlight }

    public let id: AnnotationID
    public var kind: Kind
    public var target: AnnotationTarget
    /// The note text, the tag name, or a highlight's optional note.
    public var body: String
    /// Who wrote it (`$USER` at the time).
    public var author: String
    /// ISO 8601 UTC timestamps.
    public var created: String
    public var modified: String
    /// True when the passage could not be found again after its document was reloaded (or its
    /// entity or figure vanished); the annotation keeps its last known target. Absent when false.
    public var orphaned: Bool?
    /// For an orphaned note on an entity or figure that no longer exists: what it was, e.g.
    /// `figure f3 "nearly 98,000" in d1`, so the note still says what it was about. Absent otherwise.
    public var lostTarget: String?

    public init(id: AnnotationID, kind: Kind, target: AnnotationTarget, body: String,
                author: String, created: String, modified: String, orphaned: Bool? = nil) {
        self.id = id
        self.kind = kind
        self.target = target
        self.body = body
        self.author = author
        self.created = created
        self.modified = modified
        self.orphaned = orphaned
    }
}
