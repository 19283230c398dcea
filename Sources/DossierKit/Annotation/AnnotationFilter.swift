/// Which annotations a listing shows: by tag, target and kind; every condition given must hold.
public struct AnnotationFilter: Sendable, Equatable {
    /// Annotations on targets carrying this tag (case-insensitive; passages of a tagged document
    /// count), and the tags themselves.
    public var tag: String?
    /// The target; a document also matches the spans inside it.
    public var target: AnnotationTarget?
    public var kind: Annotation.Kind?
    /// Only annotations that could not be re-anchored.
    public var orphanedOnly = false

    public init(tag: String? = nil, target: AnnotationTarget? = nil, kind: Annotation.Kind? = nil,
                orphanedOnly: Bool = false) {
        self.tag = tag
        self.target = target
        self.kind = kind
        self.orphanedOnly = orphanedOnly
    }
}

extension Workspace {
    /// The annotations that pass `filter`, in ID order.
    public func annotations(matching filter: AnnotationFilter) -> [Annotation] {
        let tagged = filter.tag.map { targets(taggedWith: $0) }
        return annotations.filter { a in
            if let kind = filter.kind, a.kind != kind { return false }
            if filter.orphanedOnly, a.orphaned != true { return false }
            if let t = filter.target, !Self.target(a.target, isWithin: t) { return false }
            if let tagged, !tagged.contains(a.target), !(a.target.document.map { tagged.contains(.document($0)) } ?? false),
               !(a.kind == .tag && Tag.same(a.body, filter.tag!)) {
                return false
            }
            return true
        }
    }

    /// True when `target` is `outer`, or a span inside the document `outer`.
    static func target(_ target: AnnotationTarget, isWithin outer: AnnotationTarget) -> Bool {
        if target == outer { return true }
        if case .document(let d) = outer { return target.document == d }
        return false
    }
}
