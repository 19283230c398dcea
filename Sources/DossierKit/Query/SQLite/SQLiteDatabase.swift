import CSQLite

/// One SQLite connection (in memory unless a path is given). Not thread-safe by itself:
/// `SearchIndex` keeps it behind a mutex, and nothing else holds one.
final class SQLiteDatabase {
    let handle: OpaquePointer

    init(path: String = ":memory:") throws(SQLiteError) {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
    }

    deinit { sqlite3_close_v2(handle) }

    /// The message of the most recent failure on this connection.
    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(_ code: Int32) -> SQLiteError { SQLiteError(code: code & 0xFF, message: lastErrorMessage) }

    /// Runs one or more statements that return no rows (schema, pragmas, transactions).
    func execute(_ sql: String) throws(SQLiteError) {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc) }
    }

    /// Compiles the first statement of `sql`; `tail` receives whatever text follows it.
    func prepare(_ sql: String, tail: UnsafeMutablePointer<String>? = nil) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        var rest = ""
        let rc: Int32 = sql.withCString { start in
            var end: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v2(handle, start, -1, &statement, &end)
            if let end { rest = String(cString: end) }
            return rc
        }
        guard rc == SQLITE_OK else { throw error(rc) }
        tail?.pointee = rest
        guard let statement else { throw SQLiteError(code: SQLITE_MISUSE, message: "no statement in the text") }
        return SQLiteStatement(statement, database: self)
    }

    /// Replaces this (new, empty) database with the image in `bytes` (from `sqlite3_malloc64`), which
    /// it takes over; nil throws. The image may then grow up to 64 GB (SQLite's default is 1 GB).
    func deserialize(_ bytes: (bytes: UnsafeMutablePointer<UInt8>, count: Int)?) throws(SQLiteError) {
        guard let bytes else { throw SQLiteError(code: SQLITE_CANTOPEN, message: "no database image") }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        let rc = sqlite3_deserialize(handle, "main", bytes.bytes, Int64(bytes.count), Int64(bytes.count), flags)
        guard rc == SQLITE_OK else { throw error(rc) }
        var limit: Int64 = 64 << 30
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_SIZE_LIMIT, &limit)
    }

    /// A copy of the whole database as the bytes of a database file; nil when it cannot be made.
    func serialize() -> SerializedDatabase? {
        var size: Int64 = 0
        guard let bytes = sqlite3_serialize(handle, "main", &size, 0), let count = Int(exactly: size) else { return nil }
        return SerializedDatabase(bytes: bytes, count: count)
    }

    /// Runs `body` inside one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}
