import Testing
@testable import DossierKit

/// The `figures` listing and the `show fN` card, on a small workspace built from two documents.
@Suite struct FiguresCommandTests {
    static let kazakhstan = "According to Kazakhstan's interior ministry, around 98,000 Russians entered the country since the mobilization was announced on Sept. 21, while just over 64,000 left, the RIA Novosti news agency reported."
    static let money = "The club paid $2bn. Fans spent £300 on tickets, up 35%."

    static func workspace() -> Workspace {
        var w = Workspace()
        let analyzer = TextAnalyzer(figureExtractor: FigureExtractor())
        for (i, text) in [kazakhstan, money].enumerated() {
            let draft = DocumentDraft(title: "t\(i)", source: "s\(i)", format: "text", sha256: "\(i)", text: text, date: "2022-09-27")
            w.add(draft, analysis: analyzer.analyze(text, documentDate: draft.date), loadedAt: "2022-09-27T00:00:00Z")
        }
        return w
    }

    func run(_ line: [String]) throws -> CommandOutput {
        var context = ShellContext(workspace: Self.workspace())
        guard case .run(var command) = try CommandRegistry.standard.parse(line) else { throw CommandError("not a command") }
        return try command.execute(in: &context)
    }

    func texts(_ output: CommandOutput) -> [String] {
        guard case .table(let t, _) = output else { return [] }
        return t.rows.map { $0[2].text }
    }

    @Test func listsInPositionOrder() throws {
        #expect(try texts(run(["figures"])) == ["around 98,000", "Sept. 21", "just over 64,000", "$2bn", "£300", "35%"])
    }

    @Test func filtersByKindAndMinimum() throws {
        #expect(try texts(run(["figures", "--kind", "money", "--min", "1000"])) == ["$2bn"])
    }

    @Test func sortsByValueLargestFirst() throws {
        #expect(try texts(run(["figures", "--kind", "number", "--sort", "value"])) == ["around 98,000", "just over 64,000"])
    }

    @Test func filtersByAboutAndDocument() throws {
        #expect(try texts(run(["figures", "--about", "russians"])) == ["around 98,000"])
        #expect(try texts(run(["figures", "--doc", "d2", "--max", "100"])) == ["35%"])
    }

    @Test func rejectsUnknownKind() {
        #expect(throws: CommandError.self) { try run(["figures", "--kind", "bogus"]) }
    }

    @Test(arguments: [("--min", "nan"), ("--max", "inf"), ("--min=", "-infinity")])
    func rejectsBoundsThatAreNotFiniteNumbers(option: String, value: String) {
        let name = option.hasSuffix("=") ? String(option.dropLast()) : option
        #expect(throws: CommandError("figures: \(name) must be a finite number, not \(Double(value)!)")) {
            try run(option.hasSuffix("=") ? ["figures", option + value] : ["figures", option, value])
        }
    }

    @Test func cardMarksTheFigureInItsSentence() throws {
        guard case let .table(table, format) = try run(["show", "f3"]) else { Issue.record("no card"); return }
        let card = TableRenderer.render(table, as: format ?? .table)
        #expect(card.contains("sentence"))
        #expect(card.contains("while «just over 64,000» left, the RIA Novosti news agency reported."))
    }
}
