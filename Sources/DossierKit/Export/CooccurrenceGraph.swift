/// Entities as nodes and co-occurrence as weighted edges: two entities are linked once for every
/// sentence (or paragraph) that mentions both. Each node and edge keeps the dates of the documents
/// it is seen in, so network tools can play it over time.
public struct CooccurrenceGraph: Sendable, Equatable {
    /// The stretch of text that counts as "together".
    public enum Unit: String, Sendable, CaseIterable { case sentence, paragraph }

    /// An entity.
    public struct Node: Sendable, Equatable {
        public var id: EntityID
        public var label: String
        public var type: EntityType
        public var mentions: Int
        public var documents: Int
        /// Dates (`YYYY-MM-DD`) of the dated documents that mention it, ascending, distinct.
        public var dates: [String]
    }

    /// Two entities seen together, `source` having the smaller ID.
    public struct Edge: Sendable, Equatable {
        public var source: EntityID
        public var target: EntityID
        /// How many sentences (or paragraphs) mention both.
        public var weight: Int
        /// How many of those fall on each document date, ascending by date.
        public var byDate: [(date: String, weight: Int)]

        public static func == (a: Self, b: Self) -> Bool {
            a.source == b.source && a.target == b.target && a.weight == b.weight
                && a.byDate.elementsEqual(b.byDate) { $0 == $1 }
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]
    public var unit: Unit

    /// The graph of visible entities of `types` (all when empty) over `documents` (all when nil),
    /// keeping edges of at least `minWeight`.
    public init(_ w: Workspace, types: Set<EntityType> = [], documents: Set<DocumentID>? = nil,
                unit: Unit = .sentence, minWeight: Int = 1) {
        self.unit = unit
        let entities = w.visibleEntities.filter { types.isEmpty || types.contains($0.type) }
        var docs: [DocumentID: Document] = [:]
        for d in w.documents where documents?.contains(d.id) ?? true { docs[d.id] = d }
        // Full days, as GEXF's timeformat "date" wants: a month-only date counts from its first day.
        let dates = docs.compactMapValues { d in d.date.flatMap { PartialDate(iso: $0)?.earliest.iso } }

        var byDocument: [DocumentID: [(start: Int, entity: EntityID)]] = [:]
        nodes = entities.compactMap { e in
            let mentions = e.mentions.filter { docs[$0.document] != nil }
            guard !mentions.isEmpty else { return nil }
            for m in mentions { byDocument[m.document, default: []].append((m.start, e.id)) }
            let inDocs = Set(mentions.map(\.document))
            return Node(id: e.id, label: e.name, type: e.type, mentions: mentions.count, documents: inDocs.count,
                        dates: Set(inDocs.compactMap { dates[$0] }).sorted())
        }

        var weights: [Pair: [String: Int]] = [:]   // date ("" when undated) → count
        for (doc, mentions) in byDocument {
            guard let text = docs[doc]?.text else { continue }
            let units = UnitBoundaries(text, unit: unit)
            var members: [Int: Set<EntityID>] = [:]
            for m in mentions { members[units.unit(containing: m.start), default: []].insert(m.entity) }
            let date = dates[doc] ?? ""
            for set in members.values where set.count > 1 {
                let sorted = set.sorted()
                for i in sorted.indices { for j in sorted.indices where j > i {
                    weights[Pair(a: sorted[i], b: sorted[j]), default: [:]][date, default: 0] += 1
                } }
            }
        }
        edges = weights.compactMap { pair, perDate in
            let total = perDate.values.reduce(0, +)
            guard total >= minWeight else { return nil }
            return Edge(source: pair.a, target: pair.b, weight: total,
                        byDate: perDate.filter { !$0.key.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
        .sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    private struct Pair: Hashable {
        let a: EntityID, b: EntityID
    }
}

/// Where sentences or paragraphs start in a text; a paragraph ends at a blank line.
struct UnitBoundaries {
    private let starts: [Int]

    init(_ text: String, unit: CooccurrenceGraph.Unit) {
        switch unit {
        case .sentence: starts = SentenceBoundaries(text).starts
        case .paragraph:
            var starts = [0], offset = 0, lineIsBlank = true, afterBlankLine = false
            for s in text.unicodeScalars {
                defer { offset += 1 }
                if s == "\n" {
                    if lineIsBlank { afterBlankLine = true }
                    lineIsBlank = true
                } else if lineIsBlank, !s.properties.isWhitespace {
                    // The first visible character of a line: a new paragraph when a blank line came before.
                    if afterBlankLine, offset > 0 { starts.append(offset) }
                    afterBlankLine = false
                    lineIsBlank = false
                }
            }
            self.starts = starts
        }
    }

    /// The number of the unit holding code-point `offset`.
    func unit(containing offset: Int) -> Int {
        var low = 0, high = starts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid } else { high = mid }
        }
        return low
    }
}
