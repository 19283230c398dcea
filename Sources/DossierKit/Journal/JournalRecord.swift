/// The first line of a journal file: which saved state its entries apply to.
struct JournalHeader: Codable, Sendable, Equatable {
    static let formatName = "dossier-journal"
    var format = formatName
    var version = 1
    /// The session file (absolute path) the entries apply to; nil for a session never saved.
    var session: String?
    /// SHA-256 of that file's bytes when the journal started; recovery refuses a file that changed.
    var base: String?
    /// When the journal (re)started, and which process wrote it.
    var started: String
    var pid: Int
}

/// One line after the header: a command that changed the workspace, and the change.
struct JournalEntry: Codable, Sendable, Equatable {
    /// When the command finished.
    var at: String
    /// The command line as typed.
    var command: String
    var delta: WorkspaceDelta
}
