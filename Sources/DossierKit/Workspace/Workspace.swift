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
    /// Entity position by lower-cased name; derived from `entities`.
    var nameIndex: [String: Int] = [:]
    /// Entity position by lower-cased alias; derived from `entities`.
    var aliasIndex: [String: Int] = [:]
    /// Positions of entities with a several-word name, by lower-cased last word; derived from `entities`.
    var surnameIndex: [String: [Int]] = [:]

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
        nameIndex = [:]
        aliasIndex = [:]
        surnameIndex = [:]
        for i in entities.indices { indexNames(of: i) }
    }

    mutating func indexNames(of i: Int) {
        let e = entities[i]
        let words = e.name.split(separator: " ")
        if words.count > 1, let last = words.last?.lowercased(), !(surnameIndex[last]?.contains(i) ?? false) {
            surnameIndex[last, default: []].append(i)
        }
        if nameIndex[e.name.lowercased()] == nil { nameIndex[e.name.lowercased()] = i }
        for alias in e.aliases where aliasIndex[alias.lowercased()] == nil { aliasIndex[alias.lowercased()] = i }
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

    /// Visible entities and figures per document, counted in one pass (a listing of many documents
    /// would otherwise scan every entity once per document).
    public func countsByDocument() -> (entities: [DocumentID: Int], figures: [DocumentID: Int]) {
        var entityCounts: [DocumentID: Int] = [:], figureCounts: [DocumentID: Int] = [:]
        for e in entities where !e.rejected {
            for d in Set(e.mentions.map(\.document)) { entityCounts[d, default: 0] += 1 }
        }
        for f in figures { figureCounts[f.document, default: 0] += 1 }
        return (entityCounts, figureCounts)
    }

    // MARK: Changes

    /// Adds a document and what extraction found in it; returns the new document's ID.
    /// Mentions join an existing entity whose name or alias matches their canonical name
    /// (case-insensitive), so one entity spans documents (see `attach`).
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

    /// Folds one document's mentions into entities: a mention joins the entity of its canonical name
    /// (or, for an acronym, of an alias), whatever the type; a lone surname joins a person
    /// named in full in another document only with evidence (`SurnameLinker`). Entities are then typed
    /// by the majority of their mentions.
    mutating func attach(_ found: [EntityMentionFacts], to doc: DocumentID) {
        var touched = Set<Int>()
        var lone: [EntityMentionFacts] = []
        for m in found {
            if SurnameLinker.isLoneSurname(m) { lone.append(m); continue }
            let key = m.canonical.lowercased()
            var target = nameIndex[key]
            // across documents an alias attracts only an acronym ("EOC" → "Equal Opportunities
            // Commission"): a word that was short for a longer name in one document ("Labour" in a
            // mis-tagged "John Reid and Labour") says nothing about other documents
            if target == nil, AliasResolver.isAcronym(m.canonical), let a = aliasIndex[key] { target = a }
            touched.insert(join(m, doc: doc, to: target))
        }
        var links: [String: (Int, String)?] = [:]
        do {    // decided before anything changes, so the linker's view of the workspace is not copied
            let linker = SurnameLinker(workspace: self, document: doc, found: found, entitiesInDocument: touched)
            for m in lone where links[m.canonical.lowercased()] == nil {
                links[m.canonical.lowercased()] = .some(linker.link(m.canonical))
            }
        }
        for m in lone {
            let key = m.canonical.lowercased()
            if let (target, reason) = links[key] ?? nil {
                touched.insert(join(m, doc: doc, to: target))
                if !(entities[target].links ?? []).contains(where: { $0.document == doc && Tag.same($0.name, m.canonical) }) {
                    entities[target].links = (entities[target].links ?? []) + [EntityLink(document: doc, name: m.canonical, reason: reason)]
                }
            } else {
                touched.insert(join(m, doc: doc, to: nameIndex[key]))
            }
        }
        for i in touched { entities[i].adoptMajorityType() }
        linkEarlierSurnames(for: touched, from: doc)
    }

    /// Adds a mention to entity `target` (nil: a new entity named after it); returns its position.
    private mutating func join(_ m: EntityMentionFacts, doc: DocumentID, to target: Int?) -> Int {
        let mention = Mention(document: doc, start: m.start, end: m.end, text: m.text, role: m.role)
        if let i = target {
            guard !entities[i].rejected else { return i }
            entities[i].append(mention, as: m.type)
            if m.text != entities[i].name, !entities[i].aliases.contains(m.text) {
                entities[i].aliases.append(m.text)
                indexNames(of: i)
            }
            return i
        }
        var e = Entity(id: counters.nextEntity(), name: m.canonical, type: m.type)
        e.append(mention, as: m.type)
        if m.text != m.canonical { e.aliases.append(m.text) }
        entities.append(e)
        indexNames(of: entities.count - 1)
        return entities.count - 1
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
            entities[j].links?.removeAll { $0.document == id }
            if entities[j].links?.isEmpty == true { entities[j].links = nil }
            if !entities[j].mentions.isEmpty { entities[j].adoptMajorityType() }
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

