/// What one command changed in a workspace, as data: items added, changed or removed per
/// collection (by ID), the new order only when it is not the old one with new items appended,
/// the counters, and lines added to curation and history. Applying it to the workspace it was
/// made against gives exactly the workspace it was made from, whatever produced the change (a
/// load of a file that has since changed, a clock, `$USER`), so replay is deterministic.
public struct WorkspaceDelta: Codable, Sendable, Equatable {
    var documents: CollectionDelta<Document>?
    var entities: CollectionDelta<Entity>?
    var figures: CollectionDelta<Figure>?
    var annotations: CollectionDelta<Annotation>?
    var quotes: CollectionDelta<Quote>?
    var curation: ListDelta<CurationStep>?
    var history: ListDelta<String>?
    var counters: IDCounters?

    /// The change from `old` to `new`; collections that did not change are left out.
    public init(from old: Workspace, to new: Workspace) {
        documents = CollectionDelta(from: old.documents, to: new.documents)
        entities = CollectionDelta(from: old.entities, to: new.entities)
        figures = CollectionDelta(from: old.figures, to: new.figures)
        annotations = CollectionDelta(from: old.annotations, to: new.annotations)
        quotes = CollectionDelta(from: old.quotes, to: new.quotes)
        curation = ListDelta(from: old.curation, to: new.curation)
        history = ListDelta(from: old.history, to: new.history)
        counters = old.counters == new.counters ? nil : new.counters
    }

    /// True when nothing but the command history changed.
    public var changesOnlyHistory: Bool {
        documents == nil && entities == nil && figures == nil && annotations == nil && quotes == nil && curation == nil && counters == nil
    }

    /// The workspace after the change; nil when `base` is not a workspace it can apply to.
    public func apply(to base: Workspace) -> Workspace? {
        guard let documents = documents.map({ $0.apply(to: base.documents) }) ?? base.documents,
              let entities = entities.map({ $0.apply(to: base.entities) }) ?? base.entities,
              let figures = figures.map({ $0.apply(to: base.figures) }) ?? base.figures,
              let annotations = annotations.map({ $0.apply(to: base.annotations) }) ?? base.annotations,
              let quotes = quotes.map({ $0.apply(to: base.quotes) }) ?? base.quotes,
              let curation = curation.map({ $0.apply(to: base.curation) }) ?? base.curation,
              let history = history.map({ $0.apply(to: base.history) }) ?? base.history
        else { return nil }
        return Workspace(documents: documents, entities: entities, figures: figures, annotations: annotations,
                         curation: curation, counters: counters ?? base.counters, history: history, quotes: quotes)
    }
}

/// Something kept in a workspace collection under a typed ID.
protocol JournalItem: Codable, Sendable, Equatable {
    associatedtype ItemKind: IDKind
    var id: TypedID<ItemKind> { get }
}

extension Document: JournalItem {}
extension Entity: JournalItem {}
extension Figure: JournalItem {}
extension Annotation: JournalItem {}
extension Quote: JournalItem {}

/// The change to one ID-keyed collection.
struct CollectionDelta<Item: JournalItem>: Codable, Sendable, Equatable {
    /// IDs no longer there.
    var removed: [TypedID<Item.ItemKind>] = []
    /// New and changed items, in their new order.
    var upserted: [Item] = []
    /// The whole new order of IDs, only when it is not the old order less `removed` plus new items at the end.
    var order: [TypedID<Item.ItemKind>]?

    /// Nil when the collections are equal.
    init?(from old: [Item], to new: [Item]) {
        guard old != new else { return nil }
        var oldByID: [TypedID<Item.ItemKind>: Item] = [:]
        oldByID.reserveCapacity(old.count)
        for item in old { oldByID[item.id] = item }
        var newIDs = Set<TypedID<Item.ItemKind>>()
        newIDs.reserveCapacity(new.count)
        var appended: [TypedID<Item.ItemKind>] = []
        for item in new {
            newIDs.insert(item.id)
            if let before = oldByID[item.id] {
                if before != item { upserted.append(item) }
            } else {
                upserted.append(item)
                appended.append(item.id)
            }
        }
        removed = old.map(\.id).filter { !newIDs.contains($0) }
        let removedSet = Set(removed)
        let expected = old.map(\.id).filter { !removedSet.contains($0) } + appended
        if expected != new.map(\.id) { order = new.map(\.id) }
    }

    func apply(to base: [Item]) -> [Item]? {
        var byID: [TypedID<Item.ItemKind>: Item] = [:]
        byID.reserveCapacity(base.count)
        for item in base { byID[item.id] = item }
        let removedSet = Set(removed)
        for id in removed { guard byID.removeValue(forKey: id) != nil else { return nil } }
        var appended: [TypedID<Item.ItemKind>] = []
        for item in upserted {
            if byID[item.id] == nil { appended.append(item.id) }
            byID[item.id] = item
        }
        let ids = order ?? (base.map(\.id).filter { !removedSet.contains($0) } + appended)
        guard ids.count == byID.count else { return nil }
        var out: [Item] = []
        out.reserveCapacity(ids.count)
        for id in ids {
            guard let item = byID[id] else { return nil }
            out.append(item)
        }
        return out
    }

    private enum CodingKeys: String, CodingKey { case removed, upserted, order }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        removed = try c.decodeIfPresent([TypedID<Item.ItemKind>].self, forKey: .removed) ?? []
        upserted = try c.decodeIfPresent([Item].self, forKey: .upserted) ?? []
        order = try c.decodeIfPresent([TypedID<Item.ItemKind>].self, forKey: .order)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !removed.isEmpty { try c.encode(removed, forKey: .removed) }
        if !upserted.isEmpty { try c.encode(upserted, forKey: .upserted) }
        try c.encodeIfPresent(order, forKey: .order)
    }
}

/// The change to a list that mostly grows at the end (curation steps, history): how many of the
/// old elements are kept, then what follows.
struct ListDelta<Element: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    var keep: Int
    var append: [Element]

    /// Nil when the lists are equal.
    init?(from old: [Element], to new: [Element]) {
        guard old != new else { return nil }
        var k = 0
        while k < old.count, k < new.count, old[k] == new[k] { k += 1 }
        keep = k
        append = Array(new[k...])
    }

    func apply(to base: [Element]) -> [Element]? {
        guard keep >= 0, keep <= base.count else { return nil }
        return Array(base[..<keep]) + append
    }
}
