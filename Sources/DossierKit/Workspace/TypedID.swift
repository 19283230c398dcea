/// The letter that starts a typed ID (`d` for documents, `e` for entities, …).
public protocol IDKind: Sendable {
    /// The prefix written before the number, e.g. `"d"`.
    static var prefix: String { get }
    /// The plural noun used in messages, e.g. `"documents"`.
    static var noun: String { get }
}

/// A short session-unique ID such as `d1` or `e12`; numbers are never reused within a session.
public struct TypedID<Kind: IDKind>: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The number after the prefix.
    public let number: Int

    public init(_ number: Int) { self.number = number }

    /// Parses `"d12"` (case-insensitive prefix); returns nil for anything else.
    public init?(_ text: some StringProtocol) {
        guard text.count > Kind.prefix.count,
              text.lowercased().hasPrefix(Kind.prefix),
              let n = Int(text.dropFirst(Kind.prefix.count)), n > 0,
              text.dropFirst(Kind.prefix.count).allSatisfy(\.isASCII)
        else { return nil }
        self.number = n
    }

    public var description: String { Kind.prefix + String(number) }
    public static func < (a: Self, b: Self) -> Bool { a.number < b.number }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let id = Self(s) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "'\(s)' is not a \(Kind.prefix)N identifier")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

public enum DocumentIDKind: IDKind { public static let prefix = "d"; public static let noun = "documents" }
public enum EntityIDKind: IDKind { public static let prefix = "e"; public static let noun = "entities" }
public enum FigureIDKind: IDKind { public static let prefix = "f"; public static let noun = "figures" }
public enum AnnotationIDKind: IDKind { public static let prefix = "a"; public static let noun = "annotations" }

public typealias DocumentID = TypedID<DocumentIDKind>
public typealias EntityID = TypedID<EntityIDKind>
public typealias FigureID = TypedID<FigureIDKind>
public typealias AnnotationID = TypedID<AnnotationIDKind>

/// The next number to hand out for each kind of ID; stored in the session so IDs are never reused.
public struct IDCounters: Codable, Sendable, Equatable {
    public var documents = 0
    public var entities = 0
    public var figures = 0
    public var annotations = 0
    /// Added in session version 2; absent from version-1 files. (Version 3 always writes it.)
    public var quotes = 0

    public init() {}

    private enum CodingKeys: String, CodingKey { case documents, entities, figures, annotations, quotes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        documents = try c.decode(Int.self, forKey: .documents)
        entities = try c.decode(Int.self, forKey: .entities)
        figures = try c.decode(Int.self, forKey: .figures)
        annotations = try c.decode(Int.self, forKey: .annotations)
        quotes = try c.decodeIfPresent(Int.self, forKey: .quotes) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documents, forKey: .documents)
        try c.encode(entities, forKey: .entities)
        try c.encode(figures, forKey: .figures)
        try c.encode(annotations, forKey: .annotations)
        if quotes != 0 { try c.encode(quotes, forKey: .quotes) }
    }

    public mutating func nextDocument() -> DocumentID { documents += 1; return DocumentID(documents) }
    public mutating func nextEntity() -> EntityID { entities += 1; return EntityID(entities) }
    public mutating func nextFigure() -> FigureID { figures += 1; return FigureID(figures) }
    public mutating func nextAnnotation() -> AnnotationID { annotations += 1; return AnnotationID(annotations) }
    public mutating func nextQuote() -> QuoteID { quotes += 1; return QuoteID(quotes) }

    /// The most IDs of one kind a session holds; sessions with a larger counter are refused on open,
    /// and a command that would pass it is undone, so every saved session reopens.
    public static let limit = Int(Int32.max)

    /// The first counter past `limit` (or below zero), as "name value"; nil when all are in range.
    public var outOfRange: (name: String, value: Int)? {
        for (name, value) in [("documents", documents), ("entities", entities), ("figures", figures), ("annotations", annotations), ("quotes", quotes)]
        where value < 0 || value > Self.limit {
            return (name, value)
        }
        return nil
    }
}
