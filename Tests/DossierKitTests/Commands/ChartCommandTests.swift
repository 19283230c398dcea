import Foundation
import Testing
@testable import DossierKit

/// `timeline --chart`, `figures --chart`, `entities --chart` and the card's sparkline, through the
/// shell: drawings in table format, the data behind them with `--format json|csv`.
@Suite struct ChartCommandTests {
    static func harness() -> ShellHarness {
        var h = ShellHarness()
        h.run("open \(Fixtures.repositoryRoot)/Sessions/example.json")
        return h
    }

    @Test func timelineChartDrawsAndGivesItsData() throws {
        var h = Self.harness()
        let drawn = h.run("timeline --chart --by month").out
        #expect(drawn.hasPrefix("Dated items by month: 3 documents"))
        #expect(drawn.contains("2022-09  ") && drawn.contains("█") && drawn.contains("█ document dates"))
        let json = h.run("timeline --chart --by month --format json").out
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["period"] as? String } == ["2022-08", "2022-09", "2022-10", "2022-11"])
        #expect(rows.reduce(0) { $0 + ($1["documents"] as? Int ?? 0) } == 3)
        let w = h.workspace
        let dated = Timeline.entries(in: w, documents: nil).filter { PartialDate(iso: $0.date)?.month != nil }.count
        #expect(rows.reduce(0) { $0 + ($1["total"] as? Int ?? 0) } == dated)
        #expect(h.run("timeline --by week --format csv").out.hasPrefix("period,documents,figures,total\r\n2022-W38,"))
        #expect(h.run("timeline --chart --about pipeline --by month --format csv").out.contains("2022-11,1,"))
    }

    @Test func colourOnlyWhenEnabled() {
        var h = Self.harness()
        #expect(!h.run("timeline --chart\nentities --chart").out.contains("\u{1B}["))
        let coloured = h.run("set color on\ntimeline --chart\nentities --chart").out
        #expect(coloured.contains("\u{1B}[36m█") && coloured.contains("\u{1B}[33m▒"))
    }

    @Test func asciiFallbackUsesNoBlockCharacters() {
        var h = Self.harness()
        let out = h.run("set charset ascii\ntimeline --chart\nfigures --chart\nentities --chart").out
        #expect(out.contains("#") && out.contains("# document dates   + dates in the texts"))
        for ch in ["█", "▒", "▏", "▁", "…"] { #expect(!out.contains(ch), "\(ch)") }
        #expect(h.run("show Tokayev").out.contains("timeline     #____"))
        #expect(h.run("set").out.contains(/charset +ascii/))
        #expect(h.run("set charset klingon").err.contains("expected auto, unicode or ascii"))
    }

    @Test func figureChartGroupsComparableFigures() throws {
        var h = Self.harness()
        let drawn = h.run("figures --chart --kind money").out
        #expect(drawn.hasPrefix("money (USD): 3 figures\nd2 f21 "))
        let json = h.run("figures --chart --format json").out
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["group"] as? String }).isSuperset(of: ["number", "percent", "money (USD)"]))
        let usd = rows.filter { $0["group"] as? String == "money (USD)" }.compactMap { $0["value"] as? Double }
        #expect(usd == usd.sorted(by: >) && usd.count == 3)
    }

    @Test func entityChartRanksByMentionsOrDocuments() {
        var h = Self.harness()
        let drawn = h.run("entities --chart").out
        #expect(drawn.hasPrefix("Top entities by mentions\nKazakhstan (LOC)"))
        #expect(drawn.contains("(17 more entities not drawn)"))
        let csv = h.run("entities --chart --sort documents --format csv").out
        #expect(csv.hasPrefix("id,name,type,mentions,documents\r\ne1,Kazakhstan,LOC,7,3\r\ne8,Astana,LOC,3,3\r\n"))
        // The chart's data covers the same people the listing has (fewer than its 20 bars).
        let people = h.run("entities --type PER --format json").out.components(separatedBy: "\"PER\"").count - 1
        #expect(people >= 4)
        #expect(h.run("entities --chart --type PER --format json").out.components(separatedBy: "\"PER\"").count - 1 == people)
    }

    @Test func entityCardHasASparklineAndItsData() {
        var h = Self.harness()
        let card = h.run("show Kazakhstan").out
        #expect(card.contains("\ntimeline   █▁▁") && card.contains("▅  2022-09-28 … 2022-11-03 by day\n"))
        let json = h.run("show Kazakhstan --format json").out
        #expect(json.contains("\"timeline\": [\"2022-09-28 3\", \"2022-10-14 2\", \"2022-11-03 2\"]"))
    }
}
