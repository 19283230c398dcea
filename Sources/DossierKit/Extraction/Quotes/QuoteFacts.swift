/// How a quote reports speech: in the speaker's own words (in quotation marks), in the writer's
/// words (`X said that …`), or a paraphrase holding quoted words (`X said it was "a disaster"`).
public enum QuoteKind: String, Codable, Sendable, CaseIterable {
    case direct, indirect, mixed
}

/// A stretch of a text: code-point offsets (end exclusive) and the text they cover.
public struct TextSpan: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// Who a quote is attributed to: the words naming the speaker ("he", "the Kazakh leader",
/// "officials") and, when they refer to a named entity, that entity's canonical name.
public struct QuoteSpeaker: Codable, Sendable, Equatable {
    public var span: TextSpan
    /// The canonical name of the entity the speaker words refer to ("Kassym-Jomart Tokayev" for
    /// "he"); nil for a speaker that is not a named entity ("officials", "a source").
    public var entity: String?

    public init(span: TextSpan, entity: String? = nil) {
        self.span = span
        self.entity = entity
    }
}

/// What the quote extractor finds for one quote in one text: the quoted or reported words (one
/// part, or several when the attribution interrupts the quote), kind, cue and speaker.
/// Offsets are Unicode code points, end exclusive.
public struct QuoteFacts: Codable, Sendable, Equatable {
    /// The content, in order; a direct quote's parts include their quotation marks.
    public var parts: [TextSpan]
    public var kind: QuoteKind
    /// The words that mark the attribution ("said", "according to"); nil for a quote that
    /// continues a run of quotes by the same speaker.
    public var cue: TextSpan?
    public var speaker: QuoteSpeaker?

    public init(parts: [TextSpan], kind: QuoteKind, cue: TextSpan? = nil, speaker: QuoteSpeaker? = nil) {
        self.parts = parts
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
    }

    /// Where the content starts and ends (the first part's start, the last part's end).
    public var start: Int { parts.first?.start ?? 0 }
    public var end: Int { parts.last?.end ?? 0 }

    /// The content's words; the parts of an interrupted quote are joined by " … ".
    public var text: String { parts.map(\.text).joined(separator: " … ") }

    /// Whether a code-point offset lies inside one of the parts.
    public func contains(_ offset: Int) -> Bool { parts.contains { $0.start <= offset && offset < $0.end } }
}
