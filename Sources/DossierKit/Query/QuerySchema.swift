/// The tables of the query database. They mirror the workspace (derived state, rebuilt at will);
/// `documents` is also the content table of the `fulltext` FTS5 index. Column lists here are what
/// `help sql` documents.
enum QuerySchema {
    static let tables = """
        CREATE TABLE documents(id TEXT, title TEXT, source TEXT, format TEXT, date TEXT, authors TEXT,
            site TEXT, url TEXT, language TEXT, words INTEGER, sha256 TEXT, loaded_at TEXT, text TEXT);
        CREATE VIRTUAL TABLE fulltext USING fts5(title, text, content='documents', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2');
        INSERT INTO fulltext(fulltext, rank) VALUES('rank', 'bm25(\(titleWeight), 1.0)');
        CREATE TABLE entities(id TEXT, name TEXT, type TEXT, aliases TEXT, mentions INTEGER,
            documents INTEGER, origin TEXT, rejected INTEGER);
        CREATE TABLE mentions(entity TEXT, document TEXT, start INTEGER, "end" INTEGER, text TEXT);
        CREATE TABLE figures(id TEXT, document TEXT, text TEXT, kind TEXT, value REAL, low REAL, high REAL,
            unit TEXT, currency TEXT, date TEXT, qualifier TEXT, counts TEXT, source TEXT,
            start INTEGER, "end" INTEGER);
        CREATE TABLE quotes(id TEXT, document TEXT, kind TEXT, text TEXT, cue TEXT, speaker TEXT, entity TEXT,
            start INTEGER, "end" INTEGER);
        CREATE TABLE annotations(id TEXT, kind TEXT, target TEXT, target_type TEXT, document TEXT,
            start INTEGER, "end" INTEGER, quote TEXT, body TEXT, author TEXT, created TEXT, modified TEXT);
        """

    /// The indexes the tables' joins and lookups need, by table. `documents` keeps its index from
    /// the start (it is synced row by row); the others are dropped before their table is refilled
    /// and created again after, which is faster than updating them row by row.
    static let indexes: [(table: String, name: String, columns: String)] = [
        ("documents", "documents_id", "documents(id)"),
        ("entities", "entities_id", "entities(id)"),
        ("entities", "entities_name", "entities(name)"),
        ("entities", "entities_name_nocase", "entities(name COLLATE NOCASE)"),
        ("mentions", "mentions_document", "mentions(document, entity)"),
        ("mentions", "mentions_entity", "mentions(entity, document)"),
        ("figures", "figures_id", "figures(id)"),
        ("figures", "figures_document", "figures(document)"),
        ("quotes", "quotes_id", "quotes(id)"),
        ("quotes", "quotes_document", "quotes(document)"),
        ("quotes", "quotes_entity", "quotes(entity)"),
        ("annotations", "annotations_id", "annotations(id)"),
        ("annotations", "annotations_target", "annotations(target)"),
        ("annotations", "annotations_document", "annotations(document)"),
    ]

    /// Names this schema (tables and indexes), so an index cached for another one is never used.
    static let fingerprint = SHA256Digest.hex(Array((tables + indexes.map { "\($0.name) \($0.columns)" }.joined(separator: ";")).utf8))

    /// The statements creating the indexes of `tables`.
    static func createIndexes(on tables: Set<String>) -> String {
        indexes.filter { tables.contains($0.table) }.map { "CREATE INDEX \($0.name) ON \($0.columns);" }.joined(separator: "\n")
    }

    /// The statements dropping the indexes of `tables`.
    static func dropIndexes(on tables: Set<String>) -> String {
        indexes.filter { tables.contains($0.table) }.map { "DROP INDEX IF EXISTS \($0.name);" }.joined(separator: "\n")
    }

    /// How much more a match in the title counts than one in the text (bm25 column weight).
    static let titleWeight = 4.0

    /// What `help sql` shows: each table and its columns (lines kept under 80 columns).
    static let reference = """
        documents    id, title, source, format, date, authors, site, url, language,
                     words, sha256, loaded_at, text
        entities     id, name, type, aliases, mentions, documents, origin, rejected
        mentions     entity, document, start, end, text
        figures      id, document, text, kind, value, low, high, unit, currency,
                     date, qualifier, counts, source, start, end
        quotes       id, document, kind, text, cue, speaker (the words), entity (eN
                     the speaker resolved to), start, end
        annotations  id, kind, target, target_type, document, start, end, quote,
                     body, author, created, modified
        fulltext     title, text: the full-text index; WHERE fulltext MATCH 'words';
                     its rowid is the document number (d12 is 12); bm25(fulltext)
        Indexed: every id; mentions by document and by entity; figures, quotes
        and annotations by document; quotes by entity; annotations by target;
        entities by name (also COLLATE NOCASE, for LIKE 'Prefix%').
        """
}
