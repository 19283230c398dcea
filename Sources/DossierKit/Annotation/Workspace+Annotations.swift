import Foundation

/// How often a tag is used, for `tags`.
public struct TagCount: Sendable, Equatable {
    public var tag: String
    public var count: Int
    /// The targets carrying it, as labels, in order of first use.
    public var targets: [String]
}

extension Workspace {
    public func annotation(_ id: AnnotationID) -> Annotation? { annotations.first { $0.id == id } }

    /// Adds an annotation with the next `aN` ID; returns it.
    @discardableResult
    public mutating func annotate(_ kind: Annotation.Kind, _ target: AnnotationTarget, body: String,
                                  author: String, at time: String) -> Annotation {
        let a = Annotation(id: counters.nextAnnotation(), kind: kind, target: target, body: body,
                           author: author, created: time, modified: time)
        annotations.append(a)
        return a
    }

    /// The annotations in `list` that are not already here (same kind, target, text and creation
    /// time), so importing the same file twice adds nothing.
    public func newAnnotations(in list: [Annotation]) -> [Annotation] {
        var seen = Set(annotations.map(AnnotationKey.init))
        return list.filter { seen.insert(AnnotationKey($0)).inserted }
    }

    /// Adds annotations exactly as given (IDs renumbered from the counter), e.g. on import.
    mutating func append(importing list: [Annotation]) -> [AnnotationID] {
        list.map { a in
            let id = counters.nextAnnotation()
            annotations.append(Annotation(id: id, kind: a.kind, target: a.target, body: a.body, author: a.author,
                                          created: a.created, modified: a.modified, orphaned: a.orphaned))
            return id
        }
    }

    /// Replaces the text of a note or highlight (or renames a tag) and updates its modified time.
    public mutating func edit(_ id: AnnotationID, body: String, at time: String) throws(AnnotationError) -> Annotation {
        guard let i = annotations.firstIndex(where: { $0.id == id }) else { throw .noSuchAnnotation(id.description) }
        annotations[i].body = body
        annotations[i].modified = time
        return annotations[i]
    }

    /// Removes annotations; all must exist, or nothing is removed.
    public mutating func deleteAnnotations(_ ids: [AnnotationID]) throws(AnnotationError) -> [Annotation] {
        for id in ids where annotation(id) == nil { throw .noSuchAnnotation(id.description) }
        let set = Set(ids)
        let removed = annotations.filter { set.contains($0.id) }
        annotations.removeAll { set.contains($0.id) }
        return removed
    }

    /// The tag annotation `tag` on `target`, if there is one.
    public func tagAnnotation(_ tag: String, on target: AnnotationTarget) -> Annotation? {
        annotations.first { $0.kind == .tag && $0.target == target && Tag.same($0.body, tag) }
    }

    /// Every tag in use with its count, most used first, then by name.
    public func tagCounts() -> [TagCount] {
        var order: [String] = []
        var byKey: [String: TagCount] = [:]
        for a in annotations where a.kind == .tag {
            let key = a.body.lowercased()
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = TagCount(tag: a.body, count: 0, targets: [])
            }
            byKey[key]!.count += 1
            if !byKey[key]!.targets.contains(a.target.label) { byKey[key]!.targets.append(a.target.label) }
        }
        return order.map { byKey[$0]! }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.tag.lowercased() < $1.tag.lowercased() }
    }

    /// Everything tagged `tag` (case-insensitive). Listings filter with this (`docs --tag`,
    /// `entities --tag`, `figures --tag`).
    public func targets(taggedWith tag: String) -> Set<AnnotationTarget> {
        Set(annotations.filter { $0.kind == .tag && Tag.same($0.body, tag) }.map(\.target))
    }

    /// Documents tagged `tag` themselves or through a tagged passage inside them.
    public func documentIDs(taggedWith tag: String) -> Set<DocumentID> {
        Set(targets(taggedWith: tag).compactMap(\.document))
    }

    /// Entities tagged `tag`.
    public func entityIDs(taggedWith tag: String) -> Set<EntityID> {
        Set(targets(taggedWith: tag).compactMap { if case .entity(let e) = $0 { e } else { nil } })
    }

    /// Figures tagged `tag`.
    public func figureIDs(taggedWith tag: String) -> Set<FigureID> {
        Set(targets(taggedWith: tag).compactMap { if case .figure(let f) = $0 { f } else { nil } })
    }
}

/// What makes two annotations the same for import: kind, target, text and creation time.
private struct AnnotationKey: Hashable {
    var kind: Annotation.Kind
    var target: AnnotationTarget
    var body: String
    var created: String
    init(_ a: Annotation) { (kind, target, body, created) = (a.kind, a.target, a.body, a.created) }
}
