/// The undo and redo stacks. Each entry is the command line that changed the workspace and what
/// it takes to rebuild the workspace on the other side of that change: the workspace without its
/// annotations (documents, entities and figures are shared with the live workspace until changed:
/// `Workspace` is a value type), plus the annotations as a small difference, so a session with
/// many annotations does not keep a full copy of them for every note.
public struct UndoHistory: Sendable {
    /// One change that can be undone or redone.
    public struct Entry: Sendable {
        /// The command line as typed, e.g. `note d1 "check this"`.
        public var description: String
        /// The workspace on the other side of the change, with `annotations` left empty.
        var base: Workspace
        var annotations: AnnotationDelta

        init(_ description: String, target: Workspace, other: Workspace) {
            self.description = description
            annotations = AnnotationDelta(target: target.annotations, other: other.annotations)
            base = target
            base.annotations = []
        }

        /// The workspace this entry stands for, rebuilt from the one on the other side.
        func workspace(from other: Workspace) -> Workspace? {
            guard let list = annotations.apply(to: other.annotations) else { return nil }
            var w = base
            w.annotations = list
            return w
        }
    }

    /// How many changes are kept; older ones are forgotten.
    public static let limit = 100

    public private(set) var undoEntries: [Entry] = []
    public private(set) var redoEntries: [Entry] = []

    public init() {}

    /// Records that `description` changed the workspace from `before` to `after`; clears redo.
    public mutating func record(_ description: String, before: Workspace, after: Workspace) {
        undoEntries.append(Entry(description, target: before, other: after))
        if undoEntries.count > Self.limit { undoEntries.removeFirst(undoEntries.count - Self.limit) }
        redoEntries = []
    }

    /// Takes the last change off the undo stack; returns what it was and the workspace before it.
    public mutating func undo(current: Workspace) throws(UndoError) -> (description: String, workspace: Workspace) {
        guard !undoEntries.isEmpty else { throw .nothingToUndo }
        guard let done = Self.step(from: &undoEntries, to: &redoEntries, current: current) else { clear(); throw .outOfStep }
        return done
    }

    /// Takes the last undone change off the redo stack; returns it and the workspace after it.
    public mutating func redo(current: Workspace) throws(UndoError) -> (description: String, workspace: Workspace) {
        guard !redoEntries.isEmpty else { throw .nothingToRedo }
        guard let done = Self.step(from: &redoEntries, to: &undoEntries, current: current) else { clear(); throw .outOfStep }
        return done
    }

    /// Moves the last entry of one stack to the other, swapping which workspace it restores;
    /// nil when the entry no longer fits the current workspace.
    private static func step(from source: inout [Entry], to destination: inout [Entry],
                             current: Workspace) -> (description: String, workspace: Workspace)? {
        let entry = source[source.count - 1]
        guard let restored = entry.workspace(from: current) else { return nil }
        source.removeLast()
        destination.append(Entry(entry.description, target: current, other: restored))
        return (entry.description, restored)
    }

    public mutating func clear() {
        undoEntries = []
        redoEntries = []
    }
}

/// Why `undo` or `redo` could not run.
public enum UndoError: Error, CustomStringConvertible, Equatable {
    case nothingToUndo
    case nothingToRedo
    /// The annotations changed without being recorded; the history was cleared.
    case outOfStep

    public var description: String {
        switch self {
        case .nothingToUndo: "undo: nothing to undo"
        case .nothingToRedo: "redo: nothing to redo"
        case .outOfStep: "undo: the annotations changed outside the undo history; history cleared"
        }
    }
}

/// One annotation list expressed against another: the elements they share at the start and the
/// end, and the differing middle of the target list.
struct AnnotationDelta: Sendable {
    var prefix: Int
    var suffix: Int
    var middle: [Annotation]
    var otherCount: Int
    /// A hash of the other list's IDs, to refuse a list that is not the one the delta was made against.
    var otherIDs: Int

    init(target: [Annotation], other: [Annotation]) {
        let n = min(target.count, other.count)
        var p = 0
        while p < n, target[p] == other[p] { p += 1 }
        var s = 0
        while s < n - p, target[target.count - 1 - s] == other[other.count - 1 - s] { s += 1 }
        prefix = p
        suffix = s
        middle = Array(target[p..<(target.count - s)])
        otherCount = other.count
        otherIDs = Self.idHash(other)
    }

    static func idHash(_ list: [Annotation]) -> Int {
        var h = Hasher()
        for a in list { h.combine(a.id) }
        return h.finalize()
    }

    /// The target list, rebuilt from `other`; nil when `other` is not the list it was made against.
    func apply(to other: [Annotation]) -> [Annotation]? {
        guard other.count == otherCount, Self.idHash(other) == otherIDs else { return nil }
        var out = other
        out.replaceSubrange(prefix..<(other.count - suffix), with: middle)
        return out
    }
}
