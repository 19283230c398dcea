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

/// Money in several currencies, changes in the listing, and week dates on the timeline.
@Suite struct FiguresCurrencyAndTimelineTests {
    static let text = "Santander bid £60bn for Abbey. HK$88bn was raised in Hong Kong. Sales rose from 5% to 7%. Another firm paid £2bn. It happened last week."

    static func workspace() -> Workspace {
        var w = Workspace()
        let analyzer = TextAnalyzer(figureExtractor: FigureExtractor())
        let draft = DocumentDraft(title: "t", source: "s", format: "text", sha256: "1", text: text, date: "2019-11-15")
        w.add(draft, analysis: analyzer.analyze(text, documentDate: draft.date), loadedAt: "2019-11-15T00:00:00Z")
        let second = "The deal closed on 15 December 2019."
        let d2 = DocumentDraft(title: "u", source: "u", format: "text", sha256: "2", text: second, date: nil)
        w.add(d2, analysis: analyzer.analyze(second, documentDate: nil), loadedAt: "2019-11-15T00:00:00Z")
        return w
    }

    func run(_ line: [String]) throws -> CommandOutput {
        var context = ShellContext(workspace: Self.workspace())
        guard case .run(var command) = try CommandRegistry.standard.parse(line) else { throw CommandError("not a command") }
        return try command.execute(in: &context)
    }

    @Test func moneyIsSortedWithinEachCurrencyAndTheFooterSaysSo() throws {
        guard case .table(let t, _) = try run(["figures", "--kind", "money", "--sort", "value"]) else { Issue.record("no table"); return }
        #expect(t.rows.map { $0[2].text } == ["£60bn", "£2bn", "HK$88bn"])
        let currency = try #require(t.columns.firstIndex { $0.key == "currency" })
        #expect(t.rows.map { $0[currency].text } == ["GBP", "GBP", "HKD"])
        #expect(t.footer?.contains("no exchange rates") == true)
    }

    @Test func listingShowsTheChange() throws {
        guard case .table(let t, _) = try run(["figures", "--kind", "percent"]) else { Issue.record("no table"); return }
        let change = try #require(t.columns.firstIndex { $0.key == "change" })
        #expect(t.rows.map { $0[change].text } == ["up 5 → 7", "up 5 → 7"])
    }

    @Test func weeksSortByTheirFirstDay() {
        let dates = Timeline.entries(in: Self.workspace(), documents: nil).map(\.date)
        let week = dates.firstIndex { $0.contains("-W") }, december = dates.firstIndex(of: "2019-12-15")
        #expect(week != nil && december != nil && week! < december!, "order \(dates)")
        #expect(CivilDate.sortKey("2019-W46") == "2019-11-11")
        #expect(CivilDate.sortKey("199X") == "1990-01-01")
    }
}
