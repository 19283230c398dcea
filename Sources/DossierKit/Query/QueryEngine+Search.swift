/// Full-text queries: ranked hits with snippets, highlighted texts for key-word-in-context, and
/// plain document sets. The query expression is always a bound parameter.
extension QueryEngine {
    /// Tokens of context a snippet shows around the matches.
    static let snippetTokens = 14

    func search(_ query: SearchQuery, within: Set<DocumentID>?, limit: Int) throws(SQLiteError) -> SearchResults {
        if let within, within.isEmpty { return SearchResults(hits: [], total: 0) }
        let statement = try db.prepare("""
            SELECT rowid, rank
            FROM fulltext WHERE fulltext MATCH ?1\(Self.filterClause(within)) ORDER BY rank LIMIT ?2
            """)
        try statement.bind([.text(query.expression), .integer(limit)])
        try Self.bindFilter(within, to: statement)
        var hits: [SearchHit] = []
        while try statement.step() {
            let number = statement.int(0)
            let doc = documentsByNumber[number]
            hits.append(SearchHit(document: DocumentID(number), title: doc?.title ?? "",
                                  score: Self.score(statement.double(1)),
                                  snippet: Self.snippet(title: SnippetMarker.mark(doc?.title ?? "", terms: query.snippetTerms),
                                                        text: SnippetMarker.mark(doc?.text ?? "", terms: query.snippetTerms))))
        }
        let total = hits.count < limit ? hits.count : try count(query, within: within)
        return SearchResults(hits: hits, total: total)
    }

    /// The snippet of the column whose best window holds more matches (the title when equal).
    static func snippet(title: String, text: String) -> String {
        let t = SnippetWindow.cut(title, length: snippetTokens), b = SnippetWindow.cut(text, length: snippetTokens)
        return b.matches > t.matches ? b.text : t.text
    }

    /// How many documents match.
    func count(_ query: SearchQuery, within: Set<DocumentID>?) throws(SQLiteError) -> Int {
        let statement = try db.prepare(
            "SELECT count(*) FROM fulltext WHERE fulltext MATCH ?1\(Self.filterClause(within))")
        try statement.bind([.text(query.expression)])
        try Self.bindFilter(within, to: statement)
        return try statement.step() ? statement.int(0) : 0
    }

    /// The matching documents in ID order.
    func documents(matching query: SearchQuery, within: Set<DocumentID>? = nil) throws(SQLiteError) -> [DocumentID] {
        let statement = try db.prepare(
            "SELECT rowid FROM fulltext WHERE fulltext MATCH ?1\(Self.filterClause(within)) ORDER BY rowid")
        try statement.bind([.text(query.expression)])
        try Self.bindFilter(within, to: statement)
        var out: [DocumentID] = []
        while try statement.step() { out.append(DocumentID(statement.int(0))) }
        return out
    }

    /// Calls `body` with each matching document's text, matches wrapped in `MatchMarkers`, in ID
    /// order, until it returns false. The marks come from `SnippetMarker` (one pass), not FTS5's
    /// `highlight()`, which copies its whole output at every match.
    func forEachHighlighted(_ query: SearchQuery, within: Set<DocumentID>?,
                            _ body: (DocumentID, String) -> Bool) throws(SQLiteError) {
        for id in try documents(matching: query, within: within) {
            guard let doc = documentsByNumber[id.number] else { continue }
            if !body(id, SnippetMarker.mark(doc.text, terms: query.snippetTerms)) { return }
        }
    }

    /// bm25 is lower for better matches; users read "higher is better", two decimals.
    static func score(_ rank: Double) -> Double { (-rank * 100).rounded() / 100 }

    private static func filterClause(_ within: Set<DocumentID>?) -> String {
        within == nil ? "" : " AND rowid IN (SELECT value FROM json_each(?9))"
    }

    /// Binds the document numbers as a JSON array to parameter 9 (clear of the fixed ones).
    private static func bindFilter(_ within: Set<DocumentID>?, to statement: SQLiteStatement) throws(SQLiteError) {
        guard let within else { return }
        let json = "[" + within.map { String($0.number) }.joined(separator: ",") + "]"
        try statement.bind(json, at: 9)
    }
}
