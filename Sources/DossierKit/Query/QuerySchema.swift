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
        """
}
