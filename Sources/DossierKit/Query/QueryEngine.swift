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

    init(generation: Int) throws(SQLiteError) {
        db = try SQLiteDatabase()
        self.generation = generation
        try db.execute(QuerySchema.tables)
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
