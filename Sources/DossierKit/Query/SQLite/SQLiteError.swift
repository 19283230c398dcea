/// A failure reported by SQLite: its result code and its own message. Internal: commands turn it
/// into words for the user (`search` never shows SQLite's text; `sql` shows it, as sqlite3 does).
struct SQLiteError: Error, CustomStringConvertible, Equatable {
    /// The primary result code (`SQLITE_ERROR`, `SQLITE_AUTH`, `SQLITE_INTERRUPT`, …).
    var code: Int32
    /// SQLite's message, e.g. `no such column: foo`.
    var message: String

    var description: String { message }
}
