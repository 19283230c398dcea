import Testing
@testable import DossierKit

/// `CMD > FILE`, `CMD >> FILE` and `CMD | SHELLCMD`: what the splitter reads as a redirection and
/// what it keeps literal (quotes, `search`/`sql` queries, backslashes).
@Suite struct RedirectionSplittingTests {
    let verbatim: Set<String> = ["search", "sql"]

    func split(_ line: String) throws -> [SplitCommand] {
        try CommandLineSplitter.split(line, verbatim: verbatim)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let line: String
        let words: [String]
        let raw: String
        let redirection: Redirection?
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "docs > out.txt", words: ["docs"], raw: "", redirection: .file("out.txt", append: false)),
        Case(line: "docs>out.txt", words: ["docs"], raw: "", redirection: .file("out.txt", append: false)),
        Case(line: "entities --type PER >> 'my list.txt'", words: ["entities", "--type", "PER"], raw: "--type PER",
             redirection: .file("my list.txt", append: true)),
        Case(line: "entities | sort -k2 | head -3", words: ["entities"], raw: "",
             redirection: .pipe("sort -k2 | head -3")),
        Case(line: "note d1 \"a > b | c\"", words: ["note", "d1", "a > b | c"], raw: "d1 \"a > b | c\"", redirection: nil),
        Case(line: "note d1 'x>y'", words: ["note", "d1", "x>y"], raw: "d1 'x>y'", redirection: nil),
        Case(line: "note d1 a\\>b", words: ["note", "d1", "a>b"], raw: "d1 a\\>b", redirection: nil),
        Case(line: "sql SELECT id FROM figures WHERE value > 1000", words: ["sql", "SELECT", "id", "FROM", "figures", "WHERE", "value", ">", "1000"],
             raw: "SELECT id FROM figures WHERE value > 1000", redirection: nil),
        Case(line: "search tax | rates", words: ["search", "tax", "|", "rates"], raw: "tax | rates", redirection: nil),
    ])
    func splits(_ c: Case) throws {
        let commands = try split(c.line)
        #expect(commands.count == 1)
        #expect(commands.first?.words == c.words)
        #expect(commands.first?.rawArguments == c.raw)
        #expect(commands.first?.redirection == c.redirection)
    }

    @Test func aPipeEndsAtTheNextSemicolonOutsideItsQuotes() throws {
        let commands = try split("entities | grep -c 'a;b'; docs > d.txt; figures")
        #expect(commands.map(\.words) == [["entities"], ["docs"], ["figures"]])
        #expect(commands.map(\.redirection) == [.pipe("grep -c 'a;b'"), .file("d.txt", append: false), nil])
    }

    @Test(arguments: [
        ("docs >", SplitError.missingRedirectTarget(">")),
        ("docs >>  ", SplitError.missingRedirectTarget(">>")),
        ("docs |  ", SplitError.missingRedirectTarget("|")),
        ("> out.txt", SplitError.nothingToRedirect(">")),
        ("| cat", SplitError.nothingToRedirect("|")),
        ("docs > a.txt b.txt", SplitError.wordAfterRedirectTarget("b.txt")),
    ])
    func rejects(_ line: String, _ error: SplitError) {
        #expect(throws: error) { try split(line) }
    }

    @Test func errorsSayWhatIsMissing() {
        #expect(SplitError.missingRedirectTarget(">").description == "expected a file name after '>'")
        #expect(SplitError.missingRedirectTarget("|").description == "expected a command after '|'")
    }
}
