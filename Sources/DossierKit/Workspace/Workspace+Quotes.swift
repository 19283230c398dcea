/// Quotes seen from their speakers: which entity a quote's speaker is, and a person's quotes.
extension Workspace {
    /// The visible entity a quote's speaker refers to: the one named (or aliased) as the
    /// extractor's canonical name, a person before an organisation; nil for an unnamed speaker.
    public func speakerEntity(of quote: Quote) -> Entity? {
        guard let name = quote.facts.speaker?.entity?.lowercased() else { return nil }
        let named = visibleEntities.filter { $0.name.lowercased() == name }
        let candidates = named.isEmpty ? visibleEntities.filter { $0.aliases.contains { $0.lowercased() == name } } : named
        return candidates.min { ($0.type, $0.id) < ($1.type, $1.id) }
    }

    /// The quotes whose speaker is this entity, in document order.
    public func quotes(by entity: Entity) -> [Quote] {
        let speakers = SpeakerIndex(self)
        return quotes.filter { speakers.entity(of: $0)?.id == entity.id }
    }

    /// How many of an entity's quotes name it by a pronoun or a description ("he", "the
    /// president") rather than by a mention of its name.
    public func linkedSpeakerMentions(of entity: Entity) -> Int {
        quotes(by: entity).filter { q in
            guard let span = q.facts.speaker?.span else { return false }
            return !entity.mentions.contains { $0.document == q.document && $0.start < span.end && span.start < $0.end }
        }.count
    }

    /// Replaces a document's quotes with newly extracted ones (on reload).
    mutating func replaceQuotes(of doc: DocumentID, with found: [QuoteFacts]) {
        quotes.removeAll { $0.document == doc }
        for facts in found { quotes.append(Quote(id: counters.nextQuote(), document: doc, facts: facts)) }
    }

    /// Finds the quotes of every document again (used when opening a session saved before
    /// quotes existed), with the stored entity mentions resolving speakers.
    mutating func extractQuotes(with extractor: any QuoteExtracting) {
        for doc in documents {
            let mentions = visibleEntities.flatMap { e in
                e.mentions.filter { $0.document == doc.id }.map {
                    EntityMentionFacts(start: $0.start, end: $0.end, text: $0.text, type: e.type, canonical: e.name)
                }
            }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            for facts in extractor.quotes(in: doc.text, entities: mentions) {
                quotes.append(Quote(id: counters.nextQuote(), document: doc.id, facts: facts))
            }
        }
    }
}
