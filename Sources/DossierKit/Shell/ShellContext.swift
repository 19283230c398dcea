/// Session-wide settings changed with `set`.
public struct ShellSettings: Sendable, Equatable {
    /// When colour is used: always, never, or on a terminal unless `NO_COLOR` is set.
    public enum ColorMode: String, Sendable, CaseIterable { case auto, on, off }
    /// When results go through the pager: always, never, or when longer than the screen.
    public enum PagerMode: String, Sendable, CaseIterable { case auto, on, off }

    public var format: OutputFormat = .table
    public var color: ColorMode = .auto
    /// Characters for charts: block characters, plain ASCII, or as the locale allows (`auto`).
    public enum Charset: String, Sendable, CaseIterable { case auto, unicode, ascii }
    public var charset: Charset = .auto
    /// Seconds a `sql` statement may run (0: no limit).
    public var sqlTimeout: Double = ShellSettings.defaultSQLTimeout
    public static let defaultSQLTimeout: Double = 30
    public var pager: PagerMode = .auto
    /// Text tables as columns, as vertical records (psql `\x`), or vertical when too wide.
    public var display: DisplayMode = .table

    public init() {}
}

/// Where status lines (`opened …`, `loaded …`, `saved …`, `format = …`) go: with the results on a
/// terminal, to standard error when standard output is a pipe or file, nowhere with `--quiet`.
public enum StatusDestination: String, Sendable, Equatable {
    case output, error, none
}

/// Facts about where output goes, decided once by the front end.
public struct TerminalInfo: Sendable, Equatable {
    /// Where status lines go (standard output unless the front end says otherwise).
    public var status: StatusDestination = .output
    /// Whether standard error is a terminal (control characters in messages are then escaped).
    public var stderrIsTTY = false
    public var isInteractive: Bool
    public var stdoutIsTTY: Bool
    public var width: Int?
    public var noColorEnv: Bool
    /// True when the shell reads its script from standard input, so `load -` cannot read a document there.
    public var stdinIsScript: Bool
    /// Whether the locale (`LC_ALL`, `LC_CTYPE`, `LANG`) is UTF-8, so charts may use block characters.
    public var utf8Locale: Bool = true

    public init(isInteractive: Bool = false, stdoutIsTTY: Bool = false, width: Int? = nil, noColorEnv: Bool = false,
                stdinIsScript: Bool = false) {
        self.isInteractive = isInteractive
        self.stdinIsScript = stdinIsScript
        self.stdoutIsTTY = stdoutIsTTY
        self.width = width
        self.noColorEnv = noColorEnv
    }
}

/// Everything a command may read or change: the workspace, where it is saved, settings, and the
/// extractors to run on new documents.
public struct ShellContext: Sendable {
    public var workspace: Workspace
    /// The file the session was opened from or last saved to.
    public var sessionPath: String?
    /// True when the workspace has changes not yet saved.
    public private(set) var isDirty = false
    public var settings = ShellSettings()
    public var store: SessionStore
    public var analyzer: TextAnalyzer
    public var terminal: TerminalInfo
    /// Warnings a command wants shown on standard error (e.g. files skipped); the shell prints them.
    public var warnings: [String] = []
    /// Errors that did not stop a command (e.g. one file of a batch); the shell prints them and the
    /// command counts as failed.
    public var errors: [String] = []
    /// Loads in progress may check this to stop early (set by Ctrl-C in the front end).
    public var interruption: Interruption
    /// Where long commands (loading many files) draw a status line; silent unless the front end
    /// sets it (standard error on a terminal).
    public var progress = ProgressSink()
    /// Where the next command's results go (`once FILE`); the shell takes it when that command runs.
    public var pendingRedirection: Redirection?
    /// The arguments of the running command exactly as typed (quotes kept), for `search` and `sql`.
    public var rawArguments = ""
    /// Counts workspace replacements (`open`, `new`), so the shell knows when history was replaced.
    public private(set) var workspaceGeneration = 0
    /// Counts `markChanged()` calls, so the shell can tell that a command changed the workspace.
    public private(set) var changeCount = 0
    /// Changes that `undo` and `redo` can step through; the shell records them.
    public var undoHistory = UndoHistory()
    /// The full-text index and SQL tables over the workspace: derived state, synced lazily before
    /// each query (`search`, `kwic`, `sql`, …) and rebuilt when the generation changes.
    public let searchIndex = SearchIndex()
    /// The session file's lock and the digest of its bytes (see `SessionFileState`).
    public var file = SessionFileState()

    public init(workspace: Workspace = Workspace(), sessionPath: String? = nil,
                store: SessionStore = SessionStore(), analyzer: TextAnalyzer = .standard,
                terminal: TerminalInfo = TerminalInfo(), interruption: Interruption = Interruption()) {
        self.workspace = workspace
        self.sessionPath = sessionPath
        self.store = store
        self.analyzer = analyzer
        self.terminal = terminal
        self.interruption = interruption
    }

    /// The name shown in the prompt: the session file's base name, or `untitled`.
    public var sessionName: String { sessionPath.map(SessionStore.name(ofPath:)) ?? "untitled" }

    /// Whether listings use colour now.
    public var useColor: Bool {
        switch settings.color {
        case .on: true
        case .off: false
        case .auto: terminal.stdoutIsTTY && !terminal.noColorEnv
        }
    }

    /// Records that the workspace changed since the last save.
    public mutating func markChanged() {
        isDirty = true
        changeCount += 1
    }

    /// Puts back a workspace from the undo or redo stack, keeping the command history.
    public mutating func restore(_ snapshot: Workspace) {
        var w = snapshot
        w.history = workspace.history
        workspace = w
        isDirty = true
    }

    /// Records that the workspace now matches `path` on disk.
    public mutating func markSaved(to path: String) {
        sessionPath = path
        isDirty = false
    }

    /// Replaces the workspace with one read from `path` (or a new one when `path` is nil).
    public mutating func replaceWorkspace(_ workspace: Workspace, path: String?) {
        self.workspace = workspace
        sessionPath = path
        isDirty = false
        workspaceGeneration += 1
        undoHistory.clear()
    }
}
