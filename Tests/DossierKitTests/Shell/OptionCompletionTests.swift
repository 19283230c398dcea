import Testing
@testable import DossierKit

/// Tab after `-` offers the command's options; after an option, the values it takes.
@Suite struct OptionCompletionTests {
    let engine: CompletionEngine = {
        var w = Workspace()
        w.add(DocumentDraft(title: "T", source: "a.txt", format: "text", sha256: "1", text: "Tokayev spoke."),
              analysis: DocumentAnalysis(entities: [
                  EntityMentionFacts(start: 0, end: 7, text: "Tokayev", type: .person, canonical: "Kassym-Jomart Tokayev")]),
              loadedAt: "2026-01-01T00:00:00Z")
        return CompletionEngine(registry: .standard, context: ShellContext(workspace: w))
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        let line: String
        let word: String
        let expected: [String]
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "entities --", word: "--", expected: ["--chart", "--doc", "--format", "--help", "--limit", "--min-mentions", "--sort", "--tag", "--type"]),
        Case(line: "entities --f", word: "--f", expected: ["--format"]),
        Case(line: "docs --l", word: "--l", expected: ["--limit"]),
        Case(line: "entities --format ", word: "", expected: ["table", "json", "csv"]),
        Case(line: "entities --format j", word: "j", expected: ["json"]),
        Case(line: "entities --sort ", word: "", expected: ["mentions", "name", "first", "documents"]),
        Case(line: "entities --type ", word: "", expected: ["PER", "ORG", "LOC", "MISC"]),
        Case(line: "entities --doc ", word: "", expected: ["d1"]),
        Case(line: "set ", word: "", expected: ["format", "color", "pager", "display", "charset", "sql-timeout"]),
        Case(line: "set pa", word: "pa", expected: ["pager"]),
        Case(line: "set pager ", word: "", expected: ["auto", "on", "off"]),
        Case(line: "set display v", word: "v", expected: ["vertical"]),
        Case(line: "show e1 --format c", word: "c", expected: ["csv"]),
        Case(line: "figures --kind m", word: "m", expected: ["money", "measure"]),
    ])
    func completes(_ c: Case) {
        #expect(engine.complete(lineBeforeCursor: c.line, word: c.word) == c.expected)
    }

    @Test func argumentsStillCompleteAsBefore() {
        #expect(engine.complete(lineBeforeCursor: "show --format json e", word: "e") == ["e1"])
        #expect(engine.complete(lineBeforeCursor: "read d", word: "d") == ["d1"])
    }
}
