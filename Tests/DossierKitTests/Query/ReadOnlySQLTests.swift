import Testing
@testable import DossierKit

@Suite("sql: read-only queries over tables built from the workspace")
struct ReadOnlySQLTests {
    func sql(_ text: String, _ w: Workspace = QueryFixtures.richWorkspace(), limit: Int = 100,
             index: SearchIndex = SearchIndex()) throws -> (table: Table, truncated: Bool) {
        try index.sql(text, in: w, generation: 0, limit: limit, interruption: Interruption())
    }

    @Test("every table is filled from the workspace")
    func tables() throws {
        #expect(try sql("SELECT id, title, date FROM documents ORDER BY rowid").table.rows.map { $0[0] }
                == [.string("d1"), .string("d2"), .string("d3")])
        let entities = try sql("SELECT id, name, type, aliases, mentions, documents, rejected FROM entities WHERE id = 'e1'").table
        #expect(entities.rows == [[.string("e1"), .string("Kazakhstan"), .string("LOC"), .string("Kazakhstan's"),
                                   .int(3), .int(2), .int(0)]])
        let mentions = try sql("SELECT entity, document, start, end, text FROM mentions WHERE entity = 'e2'").table
        let span = QueryFixtures.span("Tokayev", in: QueryFixtures.texts[1].text)
        #expect(mentions.rows == [[.string("e2"), .string("d2"), .int(span.start), .int(span.end), .string("Tokayev")]])
        let figures = try sql("SELECT id, kind, value, date, counts FROM figures ORDER BY id").table
        #expect(figures.rows.first == [.string("f1"), .string("number"), .double(98000), .null,
                                       .string("Russians entered the country")])
        let notes = try sql("SELECT id, kind, target, target_type, document, body FROM annotations ORDER BY id").table
        #expect(notes.rows == [
            [.string("a1"), .string("tag"), .string("d1"), .string("document"), .string("d1"), .string("economy")],
            [.string("a2"), .string("note"), .string("f1"), .string("figure"), .string("d2"), .string("check this number")],
            [.string("a3"), .string("tag"), .string("e4"), .string("entity"), .null, .string("places")],
        ])
    }

    @Test("the full-text table can be joined")
    func fulltext() throws {
        let t = try sql("SELECT id FROM documents WHERE rowid IN (SELECT rowid FROM fulltext WHERE fulltext MATCH 'almaty')").table
        #expect(t.rows == [[.string("d3")]])
    }

    @Test("anything but a query is refused and changes nothing", arguments: [
        "DELETE FROM documents", "UPDATE documents SET title = 'x'", "INSERT INTO entities(id) VALUES('e9')",
        "DROP TABLE documents", "CREATE TABLE x(a)", "ATTACH DATABASE '/tmp/x.db' AS x", "PRAGMA writable_schema = 1",
        "CREATE TEMP VIEW v AS SELECT 1", "BEGIN", "VACUUM", "REPLACE INTO documents(id) VALUES('d9')",
        "WITH x AS (SELECT 1) DELETE FROM documents", "INSERT INTO fulltext(fulltext) VALUES('delete-all')",
    ])
    func refusesWrites(_ statement: String) throws {
        let index = SearchIndex()
        let w = QueryFixtures.richWorkspace()
        #expect(throws: QueryError.self) { try sql(statement, w, index: index) }
        #expect(try sql("SELECT count(*) FROM documents", w, index: index).table.rows == [[.int(3)]])
        #expect(try sql("SELECT count(*) FROM fulltext WHERE fulltext MATCH 'kazakhstan'", w, index: index).table.rows == [[.int(2)]])
        #expect(try index.search(SearchQuery("budget"), in: w, generation: 0, limit: 5).hits.count == 1)
    }

    @Test("a write is reported as not read-only with its verb")
    func notReadOnlyMessage() {
        #expect(throws: QueryError.notReadOnly("DELETE")) { try sql("delete from documents") }
    }

    @Test("two statements are refused; a trailing semicolon or comment is fine")
    func oneStatement() throws {
        #expect(throws: QueryError.severalStatements) { try sql("SELECT 1; SELECT 2") }
        #expect(throws: QueryError.self) { try sql("SELECT 1; DROP TABLE documents") }
        #expect(try sql("SELECT 1;").table.rows == [[.int(1)]])
        #expect(try sql("SELECT 1; -- done").table.rows == [[.int(1)]])
    }

    @Test("errors are SQLite's message, empty input is explained")
    func errors() {
        #expect(throws: QueryError.sql("no such column: nope")) { try sql("SELECT nope FROM documents") }
        #expect(throws: QueryError.emptySQL) { try sql("  ; ") }
    }

    @Test("large results are cut at the limit and say so")
    func limit() throws {
        let r = try sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 5000) SELECT i FROM n", limit: 1000)
        #expect(r.table.rows.count == 1000)
        #expect(r.truncated)
        #expect(r.table.columns.map(\.key) == ["i"])
        #expect(r.table.columns[0].alignRight)
    }

    @Test("huge values are refused with SQLite's message")
    func hugeValues() {
        #expect(throws: QueryError.sql("string or blob too big")) { try sql("SELECT length(randomblob(1000000000))") }
    }

    @Test("Ctrl-C stops a long query")
    func interrupt() {
        let stop = Interruption()
        stop.request()
        #expect(throws: QueryError.interrupted) {
            try SearchIndex().sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n",
                                  in: QueryFixtures.workspace(), generation: 0, limit: 10, interruption: stop)
        }
    }

    @Test("an endless query stops at the time limit with a message naming the setting")
    func timeLimit() {
        #expect(throws: QueryError.timedOut(seconds: 0.2)) {
            try SearchIndex().sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n",
                                  in: QueryFixtures.workspace(), generation: 0, limit: 10, interruption: Interruption(),
                                  timeout: 0.2)
        }
        #expect(QueryError.timedOut(seconds: 30).description
            == "stopped after 30 s, the time limit for a query; set sql-timeout SECONDS raises it (0: no limit)")
    }

    @Test("sql takes the rest of the line: a ';' inside it never runs the shell's own drop")
    func semicolonStaysInTheStatement() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let r = h.run("sql SELECT 1; drop d1")
        #expect(r.err.contains("one statement at a time"), "\(r.err)")
        #expect(h.workspace.document(DocumentID(1)) != nil)
        let failed = h.run("sql SELECT * FROM nosuch; docs").err
        #expect(failed.contains("no such table") && failed.contains("sql reads the rest of its line, '; docs' included"), "\(failed)")
        #expect(h.run("set sql-timeout 0.5").out == "sql-timeout = 0.5\n")
        #expect(h.session.context.settings.sqlTimeout == 0.5)
        #expect(h.run("set sql-timeout soon").err == "test:1: set sql-timeout: expected a number of seconds (0: no limit)\n")
    }

    @Test("tables follow workspace changes")
    func followsChanges() throws {
        let index = SearchIndex()
        var w = QueryFixtures.richWorkspace()
        #expect(try sql("SELECT count(*) FROM figures", w, index: index).table.rows == [[.int(3)]])
        _ = w.drop(DocumentID(3))
        #expect(try sql("SELECT count(*) FROM figures", w, index: index).table.rows == [[.int(1)]])
        #expect(try sql("SELECT count(*) FROM documents", w, index: index).table.rows == [[.int(2)]])
        #expect(try sql("SELECT count(*) FROM mentions WHERE document = 'd3'", w, index: index).table.rows == [[.int(0)]])
    }
}
