import Foundation
import Testing
@testable import DossierKit

@Suite("search, kwic, related, timeline and sql as typed in the shell")
struct QueryCommandsTests {
    @Test("search takes its query as typed: quotes are phrase quotes")
    func searchAsTyped() {
        let r = QueryFixtures.run([#"search "prime minister" kazakhstan"#])
        #expect(r.err == "")
        #expect(r.out.hasPrefix("d3  Café culture grows  ("))
        #expect(r.out.contains("[prime minister] of [Kazakhstan]"))
        #expect(r.out.hasSuffix("1 matching document\n"))
    }

    @Test("search JSON hits carry doc, title, score and snippet")
    func searchJSON() {
        let r = QueryFixtures.run(["search budget --format json"])
        #expect(r.err == "")
        #expect(r.out.hasPrefix(#"[\#n  {"doc": "d1", "title": "Budget sets scene for election", "score": "#))
        #expect(r.out.contains(#""snippet": "[Budget] sets scene"#))
    }

    @Test("options anywhere are taken out of the query")
    func options() {
        let r = QueryFixtures.run(["search --limit 1 the --format csv"])
        #expect(r.err == "")
        #expect(r.out.split(separator: "\r\n").count == 2) // header + one hit
        #expect(r.out.hasPrefix("doc,title,score,snippet\r\n"))
    }

    @Test("filters by document, tag and entity")
    func filters() {
        let w = QueryFixtures.richWorkspace()
        #expect(QueryFixtures.run(["search the --doc d2 --format csv"], workspace: w).out.contains("\r\nd2,"))
        let tagged = QueryFixtures.run(["search the --tag economy --format csv"], workspace: w).out
        #expect(tagged.split(separator: "\r\n").dropFirst().map { $0.prefix(3) } == ["d1,"])
        let entity = QueryFixtures.run(["search the --entity Almaty --format csv"], workspace: w).out
        #expect(entity.split(separator: "\r\n").dropFirst().map { $0.prefix(3) } == ["d3,"])
        let viaEntityTag = QueryFixtures.run(["search the --tag places --format csv"], workspace: w).out
        #expect(viaEntityTag.split(separator: "\r\n").dropFirst().map { $0.prefix(3) } == ["d3,"])
        #expect(QueryFixtures.run(["search the --tag nope"], workspace: w).err
                == "error: no document is tagged 'nope' (tags: economy, places)\n")
        #expect(QueryFixtures.run(["search the --doc d9"], workspace: w).err.contains("no document d9"))
    }

    @Test("bad queries: one line, what is wrong and a hint; the workspace is unchanged", arguments: [
        ("search NOT tax", "error: search: 'NOT' has nothing before it; NOT sits between two words: tax NOT vat finds tax but not vat\n"),
        ("search tax AND", "error: search: 'AND' has nothing after it; AND joins two words: tax AND vat (operators are upper case)\n"),
        ("search author:smith", "error: search: there is no column 'author' to search; the columns are title: and text:, e.g. title:budget\n"),
        (#"search "prime minister"#, "error: unterminated double quote\n"),
        ("search", "error: search: nothing to search for; try: search budget, search \"prime minister\", search tax* NOT vat\n"),
        ("search (tax", "error: search: a '(' is never closed; group words like this: (tax OR vat) AND budget\n"),
        ("search tax --limit 0", "error: search: --limit must be at least 1\n"),
    ])
    func badQueries(_ line: String, _ expected: String) {
        let w = QueryFixtures.workspace()
        let r = QueryFixtures.run([line], workspace: w)
        #expect(r.err == expected)
        #expect(r.out == "")
        #expect(r.session.context.workspace.documents == w.documents)
    }

    @Test("no hits says so, and points at lower-case operators")
    func noHits() {
        #expect(QueryFixtures.run(["search zebra", "kwic zebra"], workspace: Workspace()).out
                == "no documents loaded (try: load FILE)\nno documents loaded (try: load FILE)\n")
        #expect(QueryFixtures.run(["search zebra"]).out == "no documents match zebra\n")
        #expect(QueryFixtures.run(["search zebra or giraffe"]).out
                == "no documents match zebra or giraffe (operators are upper case: AND, OR, NOT)\n")
    }

    @Test("the index follows load, drop and new without an index command")
    func followsWorkspace() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-query-\(UUID().uuidString).txt").path
        try "Snow in Almaty\nAlmaty had snow today.".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = QueryFixtures.run(["search almaty --format csv", "drop d3", "search almaty", "new --force",
                                   "load \(path)", "search budget", "search almaty --format csv"])
        #expect(r.out.contains("d3,Café culture grows"))
        #expect(r.out.contains("no documents match almaty\n"))
        #expect(r.out.contains("no documents match budget\n"))
        #expect(r.out.contains("doc,title,score,snippet\r\nd1,Snow in Almaty,"))
    }

    @Test("kwic aligns matches across documents")
    func kwic() {
        let r = QueryFixtures.run(["kwic kazakhstan --width 12"])
        #expect(r.err == "")
        #expect(r.out == """
            d2              [Kazakhstan] border Kaza
            d2  stan border [Kazakhstan]'s interior
            d3  minister of [Kazakhstan] did not att

            """)
    }

    @Test("kwic on an entity uses its mentions; JSON gives offsets")
    func kwicEntity() {
        let r = QueryFixtures.run(["kwic e2 --format json --width 10"], workspace: QueryFixtures.richWorkspace())
        let start = QueryFixtures.span("Tokayev", in: QueryFixtures.texts[1].text).start
        #expect(r.out == #"[\#n  {"doc": "d2", "start": \#(start), "left": "country. ", "match": "Tokayev", "right": " promised"}\#n]\#n"#)
    }

    @Test("related ranks co-occurring entities by sentence, then document")
    func related() {
        let r = QueryFixtures.run(["related e1 --format csv"], workspace: QueryFixtures.richWorkspace())
        #expect(r.err == "")
        #expect(r.out == "id,name,type,sentences,documents\r\ne4,Almaty,LOC,0,1\r\ne2,Kassym-Jomart Tokayev,PER,0,1\r\ne3,Russia,LOC,0,1\r\n")
    }

    @Test("timeline lists dated documents and figures in date order")
    func timeline() {
        let w = QueryFixtures.richWorkspace()
        let all = QueryFixtures.run(["timeline --format csv"], workspace: w).out
        #expect(all == """
            date,id,doc,text\r
            2005-03-16,d1,d1,Budget sets scene for election\r
            2022-09-26,f2,d3,A new café opened in Almaty on Monday.\r
            2022-09-27,d2,d2,Kazakhstan border\r

            """)
        let about = QueryFixtures.run(["timeline --about café --format csv"], workspace: w).out
        #expect(about == "date,id,doc,text\r\n2022-09-26,f2,d3,A new café opened in Almaty on Monday.\r\n")
        let phrase = QueryFixtures.run([#"timeline --about "opened café" --format csv"#], workspace: w).out
        #expect(phrase == "date,id,doc,text\r\n")
        let bad = QueryFixtures.run(["timeline --about=-vat"], workspace: w).err
        #expect(bad.hasPrefix("error: timeline: '-vat': a leading '-' does not exclude words;"))
        let entity = QueryFixtures.run(["timeline e4 --format csv"], workspace: w).out
        #expect(entity == "date,id,doc,text\r\n2022-09-26,f2,d3,A new café opened in Almaty on Monday.\r\n")
    }

    @Test("sql runs queries, refuses writes, limits large results")
    func sql() {
        let w = QueryFixtures.richWorkspace()
        let ok = QueryFixtures.run(["sql SELECT id, words FROM documents WHERE title LIKE '%border%' --format csv"], workspace: w)
        #expect(ok.out == "id,words\r\nd2,\(w.documents[1].words)\r\n")
        let write = QueryFixtures.run(["sql DROP TABLE documents", "sql SELECT count(*) AS n FROM documents --format csv"], workspace: w)
        #expect(write.err.hasPrefix("error: sql: only queries are allowed"))
        #expect(write.out == "n\r\n3\r\n")
        let big = QueryFixtures.run(["sql SELECT value FROM json_each('[1,2,3,4,5]') --limit 2"], workspace: w)
        #expect(big.out.hasSuffix("showing the first 2 rows; add LIMIT to the query or use --limit N\n"))
        let json = QueryFixtures.run(["sql SELECT value FROM json_each('[1,2,3]') --limit 2 --format json"], workspace: w)
        #expect(json.err == "warning: showing the first 2 rows; add LIMIT to the query or use --limit N\n")
    }

    @Test("help sql documents every table's columns")
    func helpSQL() {
        let r = QueryFixtures.run(["help sql"])
        for table in ["documents    id, title", "entities     id, name", "mentions     entity, document, start, end",
                      "figures      id, document", "annotations  id, kind, target", "fulltext     title, text"] {
            #expect(r.out.contains("\n" + table))
        }
        #expect(r.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
