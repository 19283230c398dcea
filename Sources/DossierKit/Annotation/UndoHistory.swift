/// The undo and redo stacks: each entry is the command line that changed the workspace and the
/// workspace as it was on the other side of that change. Snapshots are cheap: `Workspace` is a
/// value type whose arrays are shared until changed.
public struct UndoHistory: Sendable {
    /// One change that can be undone or redone.
    public struct Entry: Sendable {
        /// The command line as typed, e.g. `note d1 "check this"`.
        public var description: String
        public var workspace: Workspace
    }

    /// How many changes are kept; older ones are forgotten.
    public static let limit = 100

    public private(set) var undoEntries: [Entry] = []
    public private(set) var redoEntries: [Entry] = []

    public init() {}

    /// Records that `description` changed the workspace from `before`; clears the redo stack.
    public mutating func record(_ description: String, before: Workspace) {
        undoEntries.append(Entry(description: description, workspace: before))
        if undoEntries.count > Self.limit { undoEntries.removeFirst(undoEntries.count - Self.limit) }
        redoEntries = []
    }

    /// Takes the last change off the undo stack; `current` goes on the redo stack.
    public mutating func undo(current: Workspace) -> Entry? {
        guard let entry = undoEntries.popLast() else { return nil }
        redoEntries.append(Entry(description: entry.description, workspace: current))
        return entry
    }

    /// Takes the last undone change off the redo stack; `current` goes back on the undo stack.
    public mutating func redo(current: Workspace) -> Entry? {
        guard let entry = redoEntries.popLast() else { return nil }
        undoEntries.append(Entry(description: entry.description, workspace: current))
        return entry
    }

    public mutating func clear() {
        undoEntries = []
        redoEntries = []
    }
}
