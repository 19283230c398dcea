import Testing
@testable import DossierKit

@Suite struct CommandLineSplitterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let words: [[String]]
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "docs", words: [["docs"]]),
        Case(line: "  load   a.txt  b.txt ", words: [["load", "a.txt", "b.txt"]]),
        Case(line: "note f2 \"compare with Georgian border data\"", words: [["note", "f2", "compare with Georgian border data"]]),
        Case(line: "note d1 'it''s'", words: [["note", "d1", "its"]]),
        Case(line: "note d1 \"say \\\"hi\\\" \\\\ now\"", words: [["note", "d1", "say \"hi\" \\ now"]]),
        Case(line: "load my\\ file.txt", words: [["load", "my file.txt"]]),
        Case(line: "load a.txt; docs ;entities", words: [["load", "a.txt"], ["docs"], ["entities"]]),
        Case(line: "docs # list them", words: [["docs"]]),
        Case(line: "# only a comment", words: []),
        Case(line: "note d1 \"a;b # c\"", words: [["note", "d1", "a;b # c"]]),
        Case(line: "tag d1 c#", words: [["tag", "d1", "c#"]]),
        Case(line: "note d1 \"\"", words: [["note", "d1", ""]]),
        Case(line: "note d1 \"Ünïcödé 🎉 中文\"", words: [["note", "d1", "Ünïcödé 🎉 中文"]]),
        Case(line: ";;", words: []),
        Case(line: "search Kazakhstan's border", words: [["search", "Kazakhstan's", "border"]]),
        Case(line: "note d1 'don''t'", words: [["note", "d1", "dont"]]),
        Case(line: "sql SELECT 1; DROP documents", words: [["sql", "SELECT", "1;", "DROP", "documents"]]),
        Case(line: "docs; SQL select 1 ; drop d1", words: [["docs"], ["SQL", "select", "1", ";", "drop", "d1"]]),
    ])
    func splitsWords(_ c: Case) throws {
        #expect(try CommandLineSplitter.split(c.line).map(\.words) == c.words)
    }

    @Test func keepsRawArgumentsAsTyped() throws {
        let commands = try CommandLineSplitter.split("search \"prime minister\" tax*  ; docs")
        #expect(commands.map(\.rawArguments) == ["\"prime minister\" tax*", ""])
    }

    @Test func sqlKeepsItsSemicolonsInTheRawArgument() throws {
        let commands = try CommandLineSplitter.split("sql SELECT 1; DROP TABLE documents")
        #expect(commands.map(\.rawArguments) == ["SELECT 1; DROP TABLE documents"])
    }

    @Test func reportsUnterminatedQuotes() {
        #expect(throws: SplitError.unterminatedQuote("\"")) { try CommandLineSplitter.split("note d1 \"open") }
        #expect(throws: SplitError.unterminatedQuote("'")) { try CommandLineSplitter.split("note d1 'open") }
    }
}
