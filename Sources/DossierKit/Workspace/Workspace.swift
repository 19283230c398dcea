/// The state of one research session: documents, entities, figures, annotations, curation and
/// history. A value type; it changes only through its own methods.
public struct Workspace: Sendable, Equatable {
    public internal(set) var documents: [Document] = []
    public internal(set) var entities: [Entity] = []
    public internal(set) var figures: [Figure] = []
    public internal(set) var quotes: [Quote] = []
    public internal(set) var annotations: [Annotation] = []
    public internal(set) var curation: [CurationStep] = []
    public internal(set) var counters = IDCounters()
    /// The command lines entered in this session, oldest first.
    public var history: [String] = []
    /// Entity position by lower-cased name or alias and type; derived from `entities`.
    private var entityIndex: [EntityKey: Int] = [:]
    /// Positions of people with a several-word name, by lower-cased last word; derived from `entities`.
    private var surnameIndex: [String: [Int]] = [:]

    public init() {}

    /// Rebuilds a workspace from decoded parts (used by the session codec).
    public init(documents: [Document], entities: [Entity], figures: [Figure],
                annotations: [Annotation], curation: [CurationStep], counters: IDCounters,
                history: [String], quotes: [Quote] = []) {
        self.documents = documents
        self.quotes = quotes
        self.entities = entities
        self.figures = figures
        self.annotations = annotations
        self.curation = curation
        self.counters = counters
        self.history = history
        rebuildEntityIndex()
    }

    public static func == (a: Workspace, b: Workspace) -> Bool {
        a.documents == b.documents && a.entities == b.entities && a.figures == b.figures
            && a.annotations == b.annotations && a.curation == b.curation && a.counters == b.counters
            && a.history == b.history && a.quotes == b.quotes
    }

    mutating func rebuildEntityIndex() {
        entityIndex = [:]
        surnameIndex = [:]
        for i in entities.indices { indexNames(of: i) }
    }

    private mutating func indexNames(of i: Int) {
        let e = entities[i]
        if e.type == .person, e.name.contains(" "), let last = e.name.split(separator: " ").last?.lowercased(),
           !(surnameIndex[last]?.contains(i) ?? false) {
            surnameIndex[last, default: []].append(i)
        }
        for name in [e.name] + e.aliases where entityIndex[EntityKey(name, e.type)] == nil {
            entityIndex[EntityKey(name, e.type)] = i
        }
    }

    // MARK: Lookup

    public func document(_ id: DocumentID) -> Document? { documents.first { $0.id == id } }
    public func entity(_ id: EntityID) -> Entity? { entities.first { $0.id == id } }
    public func figure(_ id: FigureID) -> Figure? { figures.first { $0.id == id } }
    public func quote(_ id: QuoteID) -> Quote? { quotes.first { $0.id == id } }

    /// The loaded document with this content hash, if any.
    public func document(withSHA256 sha: String) -> Document? { documents.first { $0.sha256 == sha } }

    /// Entities that are not rejected.
    public var visibleEntities: [Entity] { entities.filter { !$0.rejected } }

    /// Number of visible entities mentioned in a document.
    public func entityCount(in doc: DocumentID) -> Int {
        visibleEntities.filter { $0.mentions.contains { $0.document == doc } }.count
    }

    public func figureCount(in doc: DocumentID) -> Int { figures.filter { $0.document == doc }.count }

    // MARK: Changes

    /// Adds a document and what extraction found in it; returns the new document's ID.
    /// Mentions join an existing entity of the same type whose name or alias matches their canonical
    /// name (case-insensitive), so one entity spans documents.
    @discardableResult
    public mutating func add(_ draft: DocumentDraft, analysis: DocumentAnalysis, loadedAt: String) -> DocumentID {
        let id = counters.nextDocument()
        documents.append(draft.document(id: id, loadedAt: loadedAt))
        attach(analysis.entities, to: id)
        for facts in analysis.figures {
            figures.append(Figure(id: counters.nextFigure(), document: id, facts: facts))
        }
        for facts in analysis.quotes {
            quotes.append(Quote(id: counters.nextQuote(), document: id, facts: facts))
        }
        if !curation.isEmpty { reapplyCuration(to: [id], found: analysis.entities) }
        return id
    }

    mutating func attach(_ found: [EntityMentionFacts], to doc: DocumentID) {
        for m in found {
            let mention = Mention(document: doc, start: m.start, end: m.end, text: m.text)
            if let i = entityIndex[EntityKey(m.canonical, m.type)] ?? personBySurname(m) {
                if entities[i].rejected { continue }
                entities[i].mentions.append(mention)
                if m.text != entities[i].name, !entities[i].aliases.contains(m.text) {
                    entities[i].aliases.append(m.text)
                    indexNames(of: i)
                }
            } else {
                var e = Entity(id: counters.nextEntity(), name: m.canonical, type: m.type, mentions: [mention])
                if m.text != m.canonical { e.aliases.append(m.text) }
                entities.append(e)
                indexNames(of: entities.count - 1)
            }
        }
    }

    /// The one person whose full name ends in a lone surname mention from another document
    /// ("Tokayev" → "Kassym-Jomart Tokayev"); nil when none or several.
    private func personBySurname(_ m: EntityMentionFacts) -> Int? {
        guard m.type == .person, !m.canonical.contains(" ") else { return nil }
        guard let matches = surnameIndex[m.canonical.lowercased()], matches.count == 1 else { return nil }
        return matches[0]
    }

    /// Removes a document with its mentions, figures and the annotations that point at it.
    /// Extracted entities left without mentions go too. Returns nil when no such document exists.
    /// Curation steps stay: they apply again if the document is loaded again.
    public mutating func drop(_ id: DocumentID) -> DropSummary? {
        guard let i = documents.firstIndex(where: { $0.id == id }) else { return nil }
        let doc = documents.remove(at: i)
        var droppedEntities = Set<EntityID>()
        for j in entities.indices.reversed() {
            entities[j].mentions.removeAll { $0.document == id }
            if entities[j].mentions.isEmpty, entities[j].origin == .extracted {
                droppedEntities.insert(entities[j].id)
                entities.remove(at: j)
            }
        }
        if !droppedEntities.isEmpty { rebuildEntityIndex() }
        let droppedFigures = Set(figures.filter { $0.document == id }.map(\.id))
        figures.removeAll { $0.document == id }
        quotes.removeAll { $0.document == id }
        let before = annotations.count
        annotations.removeAll { a in
            switch a.target {
            case .document(let d), .span(let d, _, _, _, _, _): d == id
            case .entity(let e): droppedEntities.contains(e)
            case .figure(let f): droppedFigures.contains(f)
            }
        }
        return DropSummary(document: doc, entities: droppedEntities.count, figures: droppedFigures.count,
                           annotations: before - annotations.count)
    }
}

/// What `drop` removed besides the document.
public struct DropSummary: Sendable, Equatable {
    public var document: Document
    public var entities: Int
    public var figures: Int
    public var annotations: Int
}

/// Matches entities by name (case-insensitive) and type.
private struct EntityKey: Hashable {
    let name: String
    let type: EntityType
    init(_ name: String, _ type: EntityType) {
        self.name = name.lowercased()
        self.type = type
    }
}
