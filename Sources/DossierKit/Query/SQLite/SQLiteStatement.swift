import CSQLite

/// A compiled statement: bind parameters (1-based), step through rows, read typed columns (0-based).
final class SQLiteStatement {
    let handle: OpaquePointer
    /// Keeps the connection open for as long as the statement lives.
    private let database: SQLiteDatabase

    init(_ handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// SQLite's "copy the value now" destructor, which Swift does not import.
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }

    // MARK: Binding

    func bind(_ value: String?, at index: Int32) throws(SQLiteError) {
        guard var value else { return try check(sqlite3_bind_null(handle, index)) }
        let rc = value.withUTF8 { bytes -> Int32 in
            guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
            }
        }
        try check(rc)
    }

    func bind(_ value: Int?, at index: Int32) throws(SQLiteError) {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    func bind(_ value: Double?, at index: Int32) throws(SQLiteError) {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds values in order to parameters 1, 2, …
    func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .text(let s): try bind(s, at: index)
            case .integer(let n): try bind(n, at: index)
            case .real(let d): try bind(d, at: index)
            case .null: try check(sqlite3_bind_null(handle, index))
            }
        }
    }

    private func check(_ rc: Int32) throws(SQLiteError) {
        guard rc == SQLITE_OK else { throw database.error(rc) }
    }

    // MARK: Stepping

    /// Advances to the next row; false when there are no more.
    func step() throws(SQLiteError) -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw database.error(rc)
    }

    /// Runs a statement that returns no rows, then resets it for reuse.
    func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        defer { reset() }
        try bind(values)
        while try step() {}
    }

    /// Makes the statement ready to run again and clears its bindings.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// True when the statement cannot change the database (`sqlite3_stmt_readonly`).
    var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: Columns

    var columnCount: Int32 { sqlite3_column_count(handle) }

    func columnName(_ i: Int32) -> String { sqlite3_column_name(handle, i).map { String(cString: $0) } ?? "?" }

    func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }

    func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }

    func text(_ i: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The column's value as stored, with its dynamic type.
    func value(_ i: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: .integer(int(i))
        case SQLITE_FLOAT: .real(double(i))
        case SQLITE_NULL: .null
        case SQLITE_BLOB: .text("<\(sqlite3_column_bytes(handle, i)) bytes>")
        default: .text(text(i))
        }
    }
}
