/// The in-memory query database and the workspace state it was last brought up to date with.
/// Derived state only: it can be thrown away and rebuilt from the workspace at any time.
/// Not thread-safe; `SearchIndex` keeps it behind a mutex.
final class QueryEngine {
    let db: SQLiteDatabase
    /// The workspace generation (`open`, `new`) it was built for.
    let generation: Int
    /// The documents as last indexed, and the same by document number.
    private(set) var documents: [Document] = []
    private(set) var documentsByNumber: [Int: Document] = [:]
    /// What the entity, figure and annotation tables were last filled from (nil: never).
    var tableSources: (entities: [Entity], figures: [Figure], annotations: [Annotation], quotes: [Quote])?

    private let insertRow: SQLiteStatement
    private let insertIndex: SQLiteStatement
    private let deleteIndex: SQLiteStatement
    private let deleteRow: SQLiteStatement

    /// An empty database with the schema.
    convenience init(generation: Int) throws(SQLiteError) {
        let db = try SQLiteDatabase()
        try db.execute(QuerySchema.tables)
        try db.execute(QuerySchema.createIndexes(on: ["documents"]))
        try self.init(generation: generation, db: db)
    }

    /// The database kept in `cache`, taken as holding exactly `documents`; throws when the cache is
    /// missing, unreadable, or made for another session file or schema.
    convenience init(generation: Int, restoring cache: IndexCache, documents: [Document]) throws(SQLiteError) {
        let db = try SQLiteDatabase()
        try db.deserialize(cache.readBytes())
        let key = try db.prepare("SELECT key FROM \(IndexCache.keyTable)")
        guard try key.step(), key.text(0) == cache.key else { throw SQLiteError(code: 0, message: "stale index cache") }
        key.reset()
        let count = try db.prepare("SELECT count(*), coalesce(sum(rowid), 0) FROM documents")
        guard try count.step(), count.int(0) == documents.count,
              count.int(1) == documents.reduce(0, { $0 &+ $1.id.number }) else {
            throw SQLiteError(code: 0, message: "index cache holds other documents")
        }
        count.reset()
        try db.execute("DROP TABLE \(IndexCache.keyTable)")
        // Only this schema: a file with other tables, triggers or views is not ours to run.
        guard try Self.schema(of: db) == Self.schema(of: QueryEngine(generation: generation).db) else {
            throw SQLiteError(code: 0, message: "index cache has another schema")
        }
        try self.init(generation: generation, db: db)
        self.documents = documents
        documentsByNumber = Dictionary(documents.map { ($0.id.number, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every schema entry (type, name, table, SQL) in name order.
    static func schema(of db: SQLiteDatabase) throws(SQLiteError) -> [String] {
        let rows = try db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY name")
        var out: [String] = []
        while try rows.step() { out.append((0..<4).map { rows.text($0) }.joined(separator: "\u{1}")) }
        return out
    }

    init(generation: Int, db: SQLiteDatabase) throws(SQLiteError) {
        self.db = db
        self.generation = generation
        insertRow = try db.prepare("""
            INSERT INTO documents(rowid, id, title, source, format, date, authors, site, url, language,
                words, sha256, loaded_at, text) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        insertIndex = try db.prepare("INSERT INTO fulltext(rowid, title, text) VALUES(?, ?, ?)")
        deleteIndex = try db.prepare("""
            INSERT INTO fulltext(fulltext, rowid, title, text)
                SELECT 'delete', rowid, title, text FROM documents WHERE rowid = ?
            """)
        deleteRow = try db.prepare("DELETE FROM documents WHERE rowid = ?")
    }

    /// Brings the documents table and the full-text index in line with `docs`: adds new
    /// documents, removes dropped ones, replaces changed ones. Costs nothing when unchanged.
    func sync(_ docs: [Document]) throws(SQLiteError) {
        if docs == documents { return }
        var old = documentsByNumber
        var added: [Document] = []
        var removed: [Int] = []
        for d in docs {
            if let before = old.removeValue(forKey: d.id.number) {
                if before != d { removed.append(d.id.number); added.append(d) }
            } else {
                added.append(d)
            }
        }
        removed += old.keys
        try db.transaction { () throws(SQLiteError) in
            for number in removed {
                try deleteIndex.run([.integer(number)])
                try deleteRow.run([.integer(number)])
            }
            // A first build indexes the whole table in one statement, without copying texts again.
            let firstBuild = documentsByNumber.isEmpty
            for d in added { try insert(d, indexing: !firstBuild) }
            if firstBuild { try db.execute("INSERT INTO fulltext(rowid, title, text) SELECT rowid, title, text FROM documents") }
        }
        documents = docs
        for number in removed { documentsByNumber[number] = nil }
        for d in added { documentsByNumber[d.id.number] = d }
    }

    private func insert(_ d: Document, indexing: Bool) throws(SQLiteError) {
        let number = SQLiteValue.integer(d.id.number)
        try insertRow.run([
            number, .text(d.id.description), .text(d.title), .text(d.source), .text(d.format), SQLiteValue(d.date),
            SQLiteValue(d.authors?.joined(separator: "; ")), SQLiteValue(d.siteName), SQLiteValue(d.url),
            SQLiteValue(d.language), .integer(d.words), .text(d.sha256), .text(d.loadedAt), .text(d.text),
        ])
        if indexing { try insertIndex.run([number, .text(d.title), .text(d.text)]) }
    }
}
