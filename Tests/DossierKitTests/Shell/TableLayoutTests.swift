import Testing
@testable import DossierKit

/// Text tables on a terminal: sized to its width, cut at words and marked `…`, vertical records,
/// control characters escaped, and linear in the size of a cell.
@Suite struct TableLayoutTests {
    let notes = Table(columns: [.init("id"), .init("kind"), .init("body")],
                      rows: [["a1", "note", "compare with the Georgian border data from the interior ministry"],
                             ["a2", "tag", "border"]],
                      footer: "2 annotations")

    @Test func aHugeCellRendersWholeOffATerminalAndFitsOnOne() {
        let huge = String(repeating: "word ", count: 8_000) + "end"   // 40,003 characters
        let table = Table(columns: [.init("id"), .init("body")], rows: [["a1", .string(huge)], ["a2", "short"]])
        let plain = TableRenderer.render(table, as: .table).split(separator: "\n")
        #expect(plain.count == 3)
        #expect(plain[1] == "a1  " + Substring(huge))
        #expect(plain[2] == "a2  short")   // no padding after the last column
        let fitted = TableRenderer.render(table, as: .table, width: 80).split(separator: "\n")
        #expect(fitted.count == 3)
        #expect(fitted.allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        #expect(fitted[1].hasSuffix("word…"))
    }

    @Test func cutTextEndsAtAWordBoundary() {
        let lines = TableRenderer.render(notes, as: .table, width: 40).split(separator: "\n")
        #expect(lines[1] == "a1  note  compare with the Georgian…")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 })
    }

    @Test func verticalDisplayShowsOneBlockPerRow() {
        let text = TableRenderer.render(notes, as: .table, width: 30, display: .vertical)
        #expect(text == """
            -[ RECORD 1 ]-----------------
            id    a1
            kind  note
            body  compare with the
                  Georgian border data
                  from the interior
                  ministry
            -[ RECORD 2 ]-----------------
            id    a2
            kind  tag
            body  border
            2 annotations

            """)
    }

    @Test func cardsWrapLongValuesAtWordsOnATerminal() {
        let card = Table(columns: [.init("id"), .init("sentence")],
                         rows: [["f1", "Traffic stretched for «more than 20 kilometres» on Wednesday."]], layout: .card)
        #expect(TableRenderer.render(card, as: .table, width: 34) == """
            id        f1
            sentence  Traffic stretched for
                      «more than 20
                      kilometres» on
                      Wednesday.

            """)
        #expect(TableRenderer.render(card, as: .table) == "id        f1\nsentence  Traffic stretched for «more than 20 kilometres» on Wednesday.\n")
    }

    @Test func autoDisplayTurnsVerticalOnlyWhenColumnsCannotFit() {
        let wide = Table(columns: (1...12).map { Table.Column("column\($0)") }, rows: [(1...12).map { .string("value \($0) here") }])
        #expect(TableRenderer.render(wide, as: .table, width: 60, display: .auto).hasPrefix("-[ RECORD 1 ]"))
        #expect(TableRenderer.render(notes, as: .table, width: 60, display: .auto).hasPrefix("ID  KIND"))
        // Off a terminal auto keeps the table.
        #expect(TableRenderer.render(wide, as: .table, display: .auto).hasPrefix("COLUMN1"))
    }

    @Test func controlCharactersAreEscapedForATerminal() {
        let table = Table(columns: [.init("title")], rows: [["evil\u{1B}]0;pwned\u{07}\ttitle"]])
        let shown = TableRenderer.render(table, as: .table, width: 80, escapeControls: true)
        #expect(shown == "TITLE\nevil\u{241B}]0;pwned\u{2407} title\n")
        #expect(!TableRenderer.render(table, as: .csv, escapeControls: true).contains("\u{1B}"))
    }

    @Test func numbersKeepTheirWidthWhileTextShrinks() {
        let fitted = ColumnFitter.fit([2, 60, 5, 40], shrinkable: [true, true, false, true], into: 50, minimum: 8)
        #expect(fitted[2] == 5)
        #expect(ColumnFitter.total(fitted) == 50)
        #expect(fitted[0] == 2)
        #expect(abs(fitted[1] - fitted[3]) <= 1)
    }

    @Test func wrappingNeverSplitsAWord() {
        #expect(DisplayWidth.wrap("alpha beta gamma", to: 11) == ["alpha beta", "gamma"])
        #expect(DisplayWidth.wrap("supercalifragilistic x", to: 8) == ["superca…", "x"])
    }
}
