/// Why a query over the workspace failed; messages are one line for the user.
public enum QueryError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A full-text query that cannot be run, with what is wrong and a hint.
    case query(SearchQueryError)
    /// `sql` was given something other than a query; the statement's first word.
    case notReadOnly(String)
    /// `sql` was given more than one statement.
    case severalStatements
    /// `sql` was given nothing.
    case emptySQL
    /// SQLite rejected the `sql` statement (its own message: `no such column: x`).
    case sql(String)
    /// Ctrl-C stopped the query.
    case interrupted
    /// A `sql` statement ran past the time limit (`set sql-timeout`).
    case timedOut(seconds: Double)
    /// The index could not be built; should not happen, but never crashes the shell.
    case index(String)

    public var description: String {
        switch self {
        case .query(let e): e.description
        case .notReadOnly(let verb):
            "only queries are allowed (SELECT or WITH …); '\(verb)' would change the database"
                + "; the workspace changes only through commands such as load, drop, tag"
        case .severalStatements: "one statement at a time, please (remove the text after the first ';')"
        case .emptySQL: "give a query, e.g. sql SELECT id, title FROM documents (help sql lists the tables)"
        case .sql(let message): message + " (help sql lists the tables and columns)"
        case .interrupted: "stopped by Ctrl-C; nothing was changed"
        case .timedOut(let seconds):
            "stopped after \(Format.seconds(seconds)) s, the time limit for a query; "
                + "set sql-timeout SECONDS raises it (0: no limit)"
        case .index(let message): "the search index failed: \(message)"
        }
    }
}
