import CSQLite

/// The `sql` command's read-only access: one statement, which SQLite confirms changes nothing, run
/// under an authorizer that allows only reading, with Ctrl-C checked while it runs.
extension QueryEngine {
    /// Rows of a read-only query, at most `limit`; `truncated` when there were more.
    struct SQLResult {
        var table: Table
        var truncated: Bool
    }

    /// `timeout` is in seconds (nil or 0: no limit); Ctrl-C stops the statement at any time.
    func runReadOnly(_ sql: String, limit: Int, interruption: Interruption, timeout: Double? = nil) throws(QueryError) -> SQLResult {
        guard sql.contains(where: { !$0.isWhitespace && $0 != ";" }) else { throw .emptySQL }
        sqlite3_set_authorizer(db.handle, { _, action, name, _, _, _ in
            QueryEngine.allows(action, on: name.map { String(cString: $0) }) ? SQLITE_OK : SQLITE_DENY
        }, nil)
        let watch = StatementWatch(interruption: interruption, seconds: timeout)
        sqlite3_progress_handler(db.handle, 1000, { context in
            Unmanaged<StatementWatch>.fromOpaque(context!).takeUnretainedValue().shouldStop() ? 1 : 0
        }, Unmanaged.passUnretained(watch).toOpaque())
        let lengthLimit = sqlite3_limit(db.handle, SQLITE_LIMIT_LENGTH, Self.valueLimit)
        defer {
            withExtendedLifetime(watch) {}
            sqlite3_set_authorizer(db.handle, nil, nil)
            sqlite3_progress_handler(db.handle, 0, nil, nil)
            sqlite3_limit(db.handle, SQLITE_LIMIT_LENGTH, lengthLimit)
        }
        let statement = try prepareSingle(sql)
        guard statement.isReadOnly else { throw .notReadOnly(Self.firstWord(sql)) }
        let count = statement.columnCount
        let names = (0..<count).map(statement.columnName)
        var rows: [[Cell]] = []
        var truncated = false
        do {
            while try statement.step() {
                if rows.count == limit { truncated = true; break }
                rows.append((0..<count).map { Self.cell(statement.value($0)) })
            }
        } catch {
            guard error.code == SQLITE_INTERRUPT else { throw .sql(error.message) }
            throw watch.timedOut ? .timedOut(seconds: timeout ?? 0) : .interrupted
        }
        let columns = names.enumerated().map { i, name in
            Table.Column(name, title: name, alignRight: !rows.isEmpty && rows.allSatisfy { $0[i].isNumberOrNull })
        }
        return SQLResult(table: Table(columns: columns, rows: rows, emptyMessage: "no rows"), truncated: truncated)
    }

    /// Compiles the one statement in `sql`; refuses writes (authorizer) and a second statement.
    private func prepareSingle(_ sql: String) throws(QueryError) -> SQLiteStatement {
        var tail = ""
        let statement: SQLiteStatement
        do {
            statement = try db.prepare(sql, tail: &tail)
        } catch {
            if error.code == SQLITE_AUTH { throw .notReadOnly(Self.firstWord(sql)) }
            if error.code == SQLITE_MISUSE { throw .emptySQL }
            throw .sql(error.message)
        }
        if tail.contains(where: { !$0.isWhitespace && $0 != ";" }) {
            do {
                _ = try db.prepare(tail)
            } catch where error.code == SQLITE_MISUSE {
                return statement // only comments follow
            } catch {}
            throw .severalStatements
        }
        return statement
    }

    /// The largest string or blob a `sql` statement may make (bytes), so `randomblob(1e9)` fails
    /// with a message instead of taking a gigabyte.
    static let valueLimit: Int32 = 64_000_000

    /// What the authorizer lets a `sql` statement do: read tables, call functions, recurse in CTEs,
    /// and the pragmas that only describe (FTS5 itself reads `data_version`). SQLite asks about
    /// updating `sqlite_master` when it sets up a table-valued function such as `json_each`; it
    /// never writes there for a read-only statement, which `sqlite3_stmt_readonly` checks as well.
    static func allows(_ action: Int32, on name: String?) -> Bool {
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE: true
        case SQLITE_PRAGMA: name.map(readOnlyPragmas.contains) ?? false
        case SQLITE_UPDATE: name == "sqlite_master"
        default: false
        }
    }

    static let readOnlyPragmas: Set<String> = ["data_version", "table_info", "table_xinfo", "table_list"]

    static func firstWord(_ sql: String) -> String {
        String(sql.trimmingWhitespace().prefix { !$0.isWhitespace && $0 != ";" && $0 != "(" }).uppercased()
    }

    static func cell(_ value: SQLiteValue) -> Cell {
        switch value {
        case .integer(let n): .int(n)
        case .real(let d): .double(d)
        case .text(let s): .string(s)
        case .null: .null
        }
    }
}

extension Cell {
    var isNumberOrNull: Bool {
        switch self {
        case .int, .double, .null: true
        default: false
        }
    }
}
