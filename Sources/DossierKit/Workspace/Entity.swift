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

    public init(document: DocumentID, start: Int, end: Int, text: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }
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
