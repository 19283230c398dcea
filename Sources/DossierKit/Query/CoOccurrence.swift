/// An entity seen together with another: in how many sentences and documents.
public struct CoOccurrence: Sendable, Equatable {
    public var entity: EntityID
    public var name: String
    public var type: EntityType
    public var sentences: Int
    public var documents: Int
}

/// Ranks the entities that co-occur with one entity: most shared sentences first, then most shared
/// documents, then by name.
public enum CoOccurrenceRanking {
    public static func related(to target: Entity, in w: Workspace) -> [CoOccurrence] {
        let docs = Set(target.mentions.map(\.document))
        var bounds: [DocumentID: SentenceBoundaries] = [:]
        for doc in w.documents where docs.contains(doc.id) { bounds[doc.id] = SentenceBoundaries(doc.text) }
        let targetSentences = Set(target.mentions.map { SentenceKey($0.document, bounds[$0.document]!.sentence(containing: $0.start)) })
        var out: [CoOccurrence] = []
        for e in w.visibleEntities where e.id != target.id {
            var sharedDocs = Set<DocumentID>()
            var sharedSentences = Set<SentenceKey>()
            for m in e.mentions {
                guard let b = bounds[m.document] else { continue }
                sharedDocs.insert(m.document)
                let key = SentenceKey(m.document, b.sentence(containing: m.start))
                if targetSentences.contains(key) { sharedSentences.insert(key) }
            }
            guard !sharedDocs.isEmpty else { continue }
            out.append(CoOccurrence(entity: e.id, name: e.name, type: e.type,
                                    sentences: sharedSentences.count, documents: sharedDocs.count))
        }
        return out.sorted {
            ($1.sentences, $1.documents, $0.name, $0.entity.number) < ($0.sentences, $0.documents, $1.name, $1.entity.number)
        }
    }

    private struct SentenceKey: Hashable {
        let document: DocumentID
        let sentence: Int
        init(_ document: DocumentID, _ sentence: Int) {
            self.document = document
            self.sentence = sentence
        }
    }
}
