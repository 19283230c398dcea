import Testing
@testable import DossierKit

@Suite struct TableRendererTests {
    let table = Table(
        columns: [.init("id"), .init("title"), .init("words", alignRight: true)],
        rows: [["d1", "Kazakhstan, \"safety\"", 412], ["d2", "中文 title", .int(7)]],
        footer: "2 documents")

    @Test func rendersAlignedText() {
        let text = TableRenderer.render(table, as: .table)
        #expect(text == """
            ID  TITLE                 WORDS
            d1  Kazakhstan, "safety"    412
            d2  中文 title                7
            2 documents

            """)
    }

    @Test func rendersJSONArrayOfObjectsInColumnOrder() {
        #expect(TableRenderer.render(table, as: .json) == """
            [
              {"id": "d1", "title": "Kazakhstan, \\"safety\\"", "words": 412},
              {"id": "d2", "title": "中文 title", "words": 7}
            ]

            """)
    }

    @Test func rendersCSVWithQuoting() {
        #expect(TableRenderer.render(table, as: .csv)
            == "id,title,words\r\nd1,\"Kazakhstan, \"\"safety\"\"\",412\r\nd2,中文 title,7\r\n")
    }

    @Test func emptyTablesSaySo() {
        let empty = Table(columns: [.init("id")], emptyMessage: "no documents loaded")
        #expect(TableRenderer.render(empty, as: .table) == "no documents loaded\n")
        #expect(TableRenderer.render(empty, as: .json) == "[]\n")
    }

    @Test func shrinksToTerminalWidth() {
        let wide = Table(columns: [.init("id"), .init("title")],
                         rows: [["d1", .string(String(repeating: "x", count: 200))]])
        let lines = TableRenderer.render(wide, as: .table, width: 40).split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 })
        #expect(lines[1].hasSuffix("…"))
    }

    @Test func repeatedColumnKeysStayDistinctInJSON() {
        let t = Table(columns: [.init("id"), .init("id"), .init("id")], rows: [["a", "b", "c"]])
        #expect(TableRenderer.render(t, as: .json) == "[\n  {\"id\": \"a\", \"id_2\": \"b\", \"id_3\": \"c\"}\n]\n")
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONText.quote("a\u{1}b\n") == "\"a\\u0001b\\n\"")
    }
}
