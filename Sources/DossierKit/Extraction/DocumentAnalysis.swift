/// One entity mention found in a text, already resolved to the canonical name of its entity.
/// Offsets are Unicode code points, end exclusive.
public struct EntityMentionFacts: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: EntityType
    /// The name of the entity this mention belongs to ("Kassym-Jomart Tokayev" for "Tokayev").
    public var canonical: String
    /// The type of the mention itself when it differs from its entity's: the adjective "Kazakh" is
    /// `MISC` in the CoNLL scheme but belongs to the place Kazakhstan (`LOC`). Nil when the same.
    public var mentionType: EntityType?
    /// The role written before a person's name ("Interior Minister"), not part of the name.
    public var role: String?

    public init(start: Int, end: Int, text: String, type: EntityType, canonical: String, mentionType: EntityType? = nil,
                role: String? = nil) {
        self.role = role
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.canonical = canonical
        self.mentionType = mentionType
    }
}

/// Everything extraction finds in one text; the workspace turns it into entities, figures and quotes.
public struct DocumentAnalysis: Sendable, Equatable {
    public var entities: [EntityMentionFacts]
    public var figures: [FigureFacts]
    public var quotes: [QuoteFacts]

    public init(entities: [EntityMentionFacts] = [], figures: [FigureFacts] = [], quotes: [QuoteFacts] = []) {
        self.entities = entities
        self.figures = figures
        self.quotes = quotes
    }
}
