/// The four entity types of the CoNLL scheme.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    case person = "PER", organization = "ORG", location = "LOC", misc = "MISC"

    /// Parses `PER`, `per`, `person`, `org`, `organisation`, … .
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "per", "person", "people": self = .person
        case "org", "organization", "organisation": self = .organization
        case "loc", "location", "place", "gpe": self = .location
        case "misc", "other": self = .misc
        default: return nil
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One place in one document where an entity is named. Offsets are Unicode code points, end exclusive.
public struct Mention: Codable, Sendable, Equatable, Hashable {
    public var document: DocumentID
    public var start: Int
    public var end: Int
    /// The text as it appears, e.g. `"Kazakhstan's"` or `"Tokayev"`.
    public var text: String
    /// The type extraction gave this mention, when it differs from its entity's (an entity is typed
    /// by the majority of its mentions); nil when the same. Omitted from the session when nil.
    public var type: EntityType?
    /// The title or role written before the name ("Interior Minister" in "Interior Minister
    /// Wolfgang Peschorn"); not part of the name. Omitted from the session when nil.
    public var role: String?

    public init(document: DocumentID, start: Int, end: Int, text: String, type: EntityType? = nil, role: String? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.role = role
    }

    /// Where it is, without what was said about it: mentions at the same place are the same mention.
    var place: MentionPlace { MentionPlace(document: document, start: start, end: end) }
}

/// A mention's position: its document and code-point range.
struct MentionPlace: Hashable {
    let document: DocumentID
    let start: Int
    let end: Int
}

/// A person, organization, place or other named thing, with every mention across documents.
public struct Entity: Codable, Sendable, Equatable {
    /// Whether the tagger found it or a person declared it.
    public enum Origin: String, Codable, Sendable { case extracted, user }

    public let id: EntityID
    /// The canonical name, e.g. `"Kassym-Jomart Tokayev"`.
    public var name: String
    public var type: EntityType
    /// Other names it goes by in the text (`"Tokayev"`, `"Kazakh"`), excluding `name`.
    public var aliases: [String]
    public var mentions: [Mention]
    public var origin: Origin
    /// A rejected entity is a false positive: hidden from listings and not found again.
    public var rejected: Bool
    /// Why mentions from other documents were joined to it without its full name there (a lone
    /// surname); nil when none. Omitted from the session when nil.
    public var links: [EntityLink]?

    public init(id: EntityID, name: String, type: EntityType, aliases: [String] = [],
                mentions: [Mention] = [], origin: Origin = .extracted, rejected: Bool = false) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.origin = origin
        self.rejected = rejected
    }

    /// The documents it is mentioned in, in ID order.
    public var documents: [DocumentID] { Array(Set(mentions.map(\.document))).sorted() }
}

/// The evidence for joining a lone name in one document to an entity named in full elsewhere.
public struct EntityLink: Codable, Sendable, Equatable {
    /// The document whose mentions were joined.
    public var document: DocumentID
    /// The name as written there ("Straw").
    public var name: String
    /// Why, in words: "the only person named Straw; shares Labour, Tony Blair".
    public var reason: String

    public init(document: DocumentID, name: String, reason: String) {
        self.document = document
        self.name = name
        self.reason = reason
    }
}
