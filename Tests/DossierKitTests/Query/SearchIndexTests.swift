import Testing
@testable import DossierKit

@Suite("SearchIndex: ranked full-text search kept in step with the workspace")
struct SearchIndexTests {
    func ids(_ r: SearchResults) -> [String] { r.hits.map(\.document.description) }

    func search(_ index: SearchIndex, _ w: Workspace, _ q: String, generation: Int = 0,
                within: Set<DocumentID>? = nil, limit: Int = 10) throws -> SearchResults {
        try index.search(SearchQuery(q), in: w, generation: generation, within: within, limit: limit)
    }

    @Test("words, phrases, boolean, NEAR, prefix and columns find the right documents", arguments: [
        ("budget", ["d1"]),
        (#""prime minister""#, ["d1", "d3"]),
        ("tax*", ["d1"]),
        ("kazakhstan", ["d2", "d3"]),
        ("Kazakhstan NOT café", ["d2"]),
        ("almaty OR budget", ["d1", "d3"]),
        ("NEAR(prime kazakhstan, 2)", ["d3"]),
        ("title:kazakhstan", ["d2"]),
        ("cafe", ["d3"]),
        ("U.S.", []),
        ("Britain's", []),
    ])
    func finds(_ query: String, _ expected: [String]) throws {
        let r = try search(SearchIndex(), QueryFixtures.workspace(), query)
        #expect(Set(ids(r)) == Set(expected))
        #expect(r.total == expected.count)
    }

    @Test("hits are ranked, scored and have a marked snippet")
    func rankedWithSnippet() throws {
        let filler = (1...6).map { (title: "Filler \($0)", text: "Nothing to see in filler \($0).", date: String?.none) }
        let r = try search(SearchIndex(), QueryFixtures.workspace(QueryFixtures.texts + filler), "kazakhstan")
        #expect(ids(r) == ["d2", "d3"]) // title match and two mentions rank d2 first
        #expect(r.hits[0].score > r.hits[1].score)
        #expect(r.hits[0].title == "Kazakhstan border")
        #expect(MatchMarkers.render(r.hits[1].snippet, style: .brackets).contains("[Kazakhstan]"))
        #expect(MatchMarkers.render(r.hits[1].snippet, style: .color).contains("\u{1B}[1;31mKazakhstan\u{1B}[0m"))
    }

    @Test("limit keeps the best and total counts all")
    func limit() throws {
        let r = try search(SearchIndex(), QueryFixtures.workspace(), "the", limit: 1)
        #expect(r.hits.count == 1)
        #expect(r.total == 3)
    }

    @Test("a filter narrows the documents searched")
    func filter() throws {
        let r = try search(SearchIndex(), QueryFixtures.workspace(), "kazakhstan", within: [DocumentID(3)])
        #expect(ids(r) == ["d3"])
        let none = try search(SearchIndex(), QueryFixtures.workspace(), "kazakhstan", within: [])
        #expect(none.hits.isEmpty)
    }

    @Test("documents loaded and dropped are picked up before the next query")
    func followsLoadAndDrop() throws {
        let index = SearchIndex()
        var w = QueryFixtures.workspace()
        #expect(ids(try search(index, w, "almaty")) == ["d3"])
        _ = w.drop(DocumentID(3))
        #expect(try search(index, w, "almaty").hits.isEmpty)
        w.add(DocumentDraft(title: "Almaty again", source: "x", format: "text", sha256: "new", text: "Almaty in winter."),
              analysis: DocumentAnalysis(), loadedAt: "t")
        #expect(ids(try search(index, w, "almaty")) == ["d4"])
    }

    @Test("a new generation (open, new) rebuilds from scratch")
    func rebuildsOnNewGeneration() throws {
        let index = SearchIndex()
        let first = QueryFixtures.workspace()
        #expect(ids(try search(index, first, "almaty", generation: 0)) == ["d3"])
        let other = QueryFixtures.workspace([("Other", "Almaty only here", nil)])
        #expect(ids(try search(index, other, "almaty", generation: 1)) == ["d1"])
        #expect(try search(index, other, "budget", generation: 1).hits.isEmpty)
    }

    @Test("a background build after open never leaves stale results")
    func background() throws {
        let index = SearchIndex()
        var w = QueryFixtures.workspace()
        index.prepareInBackground(w, generation: 1)
        _ = w.drop(DocumentID(3))
        #expect(try search(index, w, "almaty", generation: 1).hits.isEmpty)
        index.prepareInBackground(QueryFixtures.workspace(), generation: 1)
        index.prepareInBackground(QueryFixtures.workspace(), generation: 0)
        #expect(try search(index, w, "almaty", generation: 1).hits.isEmpty)
        #expect(ids(try search(index, w, "kazakhstan", generation: 1)) == ["d2"])
    }

    @Test("query text cannot reach SQL", arguments: [
        "'; DROP TABLE documents; --",
        #"x" OR 1=1 --"#,
        "budget) UNION SELECT sql FROM sqlite_master --",
        "\"budget\"; DELETE FROM documents",
    ])
    func injection(_ attack: String) throws {
        let index = SearchIndex()
        let w = QueryFixtures.workspace()
        let before = w
        _ = try? search(index, w, attack)
        #expect(w == before)
        #expect(ids(try search(index, w, "budget")) == ["d1"])
        let count = try index.sql("SELECT count(*) FROM documents", in: w, generation: 0, limit: 10,
                                  interruption: Interruption())
        #expect(count.table.rows == [[.int(3)]])
    }

    @Test("absurd queries end in a message or a result, never a crash")
    func absurd() throws {
        let index = SearchIndex()
        let w = QueryFixtures.workspace()
        let deep = String(repeating: "(", count: 3000) + "budget" + String(repeating: ")", count: 3000)
        do { _ = try search(index, w, deep) } catch let e as QueryError { #expect(e == .query(.notUnderstood)) }
        let long = Array(repeating: "budget", count: 500).joined(separator: " OR ")
        #expect(ids(try search(index, w, long)) == ["d1"])
        #expect(ids(try search(index, w, "budget\u{0}x")) == [])
    }

    @Test("many documents: results agree with the rows inserted")
    func many() throws {
        let texts = (1...300).map { i in (title: "Doc \(i)", text: "common word \(i % 7 == 0 ? "seventh" : "other") \(i)", date: String?.none) }
        let w = QueryFixtures.workspace(texts)
        let r = try search(SearchIndex(), w, "seventh", limit: 5)
        #expect(r.total == 300 / 7)
        #expect(r.hits.count == 5)
    }
}
