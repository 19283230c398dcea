import Foundation
import Testing
@testable import DossierKit

/// Durations, clock times, scores, addresses, scientific notation, unit ranges and dates by tense.
@Suite struct FigureNewKindsTests {
    static let cases: [FigureCase] = [
        FigureCase(text: "The strike lasted three days.", figure: "three days", kind: .duration, value: 3, unit: "Day"),
        FigureCase(text: "a two-year maintenance period", figure: "two-year", kind: .duration, value: 2, unit: "Year"),
        FigureCase(text: "He was twenty-one years old.", figure: "twenty-one years old", kind: .duration, value: 21, unit: "Year"),
        FigureCase(text: "A 34-year-old man was held.", figure: "34-year-old", kind: .duration, value: 34, unit: "Year"),
        FigureCase(text: "It stood for two decades.", figure: "two decades", kind: .duration, value: 20, unit: "Year"),
        FigureCase(text: "They waited half an hour.", figure: "half an hour", kind: .duration, value: 0.5, unit: "Hour"),
        FigureCase(text: "The rate was 2.48×10−5 per second.", figure: "2.48×10−5", kind: .number, value: 2.48e-5),
        FigureCase(text: "It holds 6.0 × 10²³ atoms.", figure: "6.0 × 10²³", kind: .number, value: 6.0e23),
        FigureCase(text: "The 8- to 16-meter telescopes", figure: "8- to 16-meter", kind: .range, low: 8, high: 16, unit: "Meter"),
        FigureCase(text: "The bolt is 2 1/2 in long.", figure: "2 1/2 in", kind: .measure, value: 2.5, unit: "Inch"),
        FigureCase(text: "It was 930,000 mi away.", figure: "930,000 mi", kind: .measure, value: 930_000, unit: "Mile"),
        FigureCase(text: "She bought half a dozen eggs.", figure: "half a dozen", kind: .number, value: 6),
        FigureCase(text: "A dozen and a half people came.", figure: "A dozen and a half", kind: .number, value: 18),
        FigureCase(text: "He is more than thirty years old.", figure: "more than thirty years old", kind: .range, low: 30, unit: "Year",
                   qualifier: .moreThan),
        FigureCase(text: "It lasted 2-3 years.", figure: "2-3 years", kind: .range, low: 2, high: 3, unit: "Year"),
        FigureCase(text: "Chelsea won 3-1 at home.", figure: "3-1", kind: .score, low: 3, high: 1),
    ]

    @Test(arguments: cases)
    func finds(_ c: FigureCase) throws {
        let f = try #require(FigureTestSupport.figure(c.figure, in: c.text, date: c.documentDate),
                             "found \(FigureTestSupport.figures(c.text).map(\.text))")
        #expect(f.kind == c.kind)
        #expect(FigureTestSupport.close(f.value, c.value))
        #expect(FigureTestSupport.close(f.low, c.low))
        #expect(FigureTestSupport.close(f.high, c.high))
        #expect(f.unit == c.unit)
        #expect(f.qualifier == c.qualifier)
    }

    @Test(arguments: [("The raid began at 1130 GMT.", "1130 GMT", "11:30"), ("It ended at 10:30 p.m. on Monday.", "10:30 p.m.", "22:30"),
                      ("We met at 6pm", "6pm", "18:00"), ("Doors open at 7.45am", "7.45am", "07:45")])
    func clockTimesAreTimes(_ text: String, _ surface: String, _ time: String) throws {
        let found = FigureTestSupport.figures(text)
        let f = try #require(found.first { $0.text == surface }, "found \(found.map(\.text))")
        #expect(f.kind == .time)
        #expect(f.time == time)
        #expect(!found.contains { $0.kind == .number || $0.kind == .date && $0.text.contains("1130") })
    }

    @Test func tennisScoresAreOneFigureEach() {
        let found = FigureTestSupport.figures("Federer won 6-4 6-3 7-6 in the final.")
        #expect(found.map(\.kind) == [.score, .score, .score])
    }

    @Test(arguments: ["The office is at 1625 K Street in Washington.", "He lives at 10 Downing Street.",
                      "PGP Fingerprint: 91CF B387 7B38 148C DDD6 38D2 6CBC 1E46 1DBF 22A8"])
    func addressesAndCodesAreNoFigures(_ text: String) {
        let found = FigureTestSupport.figures(text).filter { $0.kind != .date }
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func futureMonthDayTakesNextYear() throws {
        let f = try #require(FigureTestSupport.figure("Feb. 14", in: "Sentencing is scheduled for Feb. 14.", date: "2019-03-10"))
        #expect(f.date == "2020-02-14")
        let g = try #require(FigureTestSupport.figure("Dec. 28", in: "He was arrested on Dec. 28.", date: "2019-01-10"))
        #expect(g.date == "2018-12-28")
        let h = try #require(FigureTestSupport.figure("March 3", in: "The vote is on March 3.", date: "2019-01-10"))
        #expect(h.date == "2019-03-03")
    }
}

/// What figures count, the change they state, and their sources.
@Suite struct FigureCountsChangeSourceTests {
    static func fig(_ surface: String, _ text: String) throws -> FigureFacts {
        try #require(FigureTestSupport.figure(surface, in: text), "found \(FigureTestSupport.figures(text).map(\.text))")
    }

    @Test(arguments: [
        ("Santander made a £60bn takeover bid for Abbey.", "£60bn", "takeover bid"),
        ("The studio paid $2m for the rights to the film.", "$2m", "the rights"),
        ("Unemployment rose to 5% in May.", "5%", "Unemployment"),
        ("The firm built a 16-metre telescope.", "16-metre", "telescope"),
        ("Profits of £2bn were reported.", "£2bn", "Profits"),
        ("A deal worth $300m was signed.", "$300m", "deal"),
        ("Pre-tax profits rose 20% to £1.2bn.", "£1.2bn", "Pre-tax profits"),
        ("Inflation was 2.5% in June.", "2.5%", "Inflation"),
        ("The Tories promised £4bn in tax cuts.", "£4bn", "tax cuts"),
        ("Figures showed a 3% rise in prices.", "3%", "rise in prices"),
        ("It would cost Sony £9m ($17m) to make.", "$17m", "to make"),
        ("Yahoo earned $187m in the quarter.", "$187m", "Yahoo earned"),
        ("Wine sales in 2003 were up 25%.", "25%", "Wine sales"),
    ])
    func counts(_ text: String, _ surface: String, _ counts: String) throws {
        let f = try Self.fig(surface, text)
        #expect(f.counts?.contains(counts) == true, "counts \(f.counts ?? "nil")")
    }

    @Test func changes() throws {
        #expect(try Self.fig("76%", "Sales rose 76% last year.").change == .up)
        #expect(try Self.fig("£2m", "Profits fell by £2m.").change == .down)
        let level = try Self.fig("5%", "Unemployment rose to 5%.")
        #expect(level.change == .up && level.to == 5)
        let a = try Self.fig("5%", "Inflation went from 5% to 7%.")
        let b = try Self.fig("7%", "Inflation went from 5% to 7%.")
        #expect(a.from == 5 && a.to == 7 && b.from == 5 && b.to == 7 && b.change == .up)
        #expect(try Self.fig("£60bn", "Santander made a £60bn takeover bid.").change == nil)
    }

    @Test(arguments: [
        ("President Vladimir Putin last week said that 5,000 troops would leave.", "5,000", "President Vladimir Putin"),
        ("The ONS's figures show that 2.5% of workers were idle.", "2.5%", "ONS"),
        ("Figures from Eurostat showed a 3% rise.", "3%", "Eurostat"),
        ("Shell has already said it would spend $5bn.", "$5bn", "Shell"),
    ])
    func sources(_ text: String, _ surface: String, _ source: String) throws {
        #expect(try Self.fig(surface, text).source == source)
    }

    @Test(arguments: ["An analyst said it cost $5m.", "It has already said 20 jobs would go.", "Already, 30 people said no."])
    func noFunctionWordSource(_ text: String) {
        for f in FigureTestSupport.figures(text) {
            #expect(f.source.map { !FigureSource.functionWords.contains($0.lowercased()) } ?? true, "source \(f.source ?? "")")
        }
    }
}

/// The repository's own dev cases (Benchmarks/figures-extra.jsonl: durations, ages, scientific notation,
/// unit ranges), scored in process the way ../shared/tools/score_figures.py scores them.
@Suite struct FigureExtraDevCasesTests {
    @Test func extraDevCasesScoreAtLeastNinetyPercent() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/figures-extra.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 30)
        var tp = 0, fn = 0, fp = 0
        for line in lines {
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(row["text"] as? String)
            let expected = try #require(row["expected"] as? [[String: Any]])
            let kinds = Set(["number", "measure", "range", "duration", "money", "percent"])
            var predicted = FigureTestSupport.figures(text).filter { kinds.contains($0.kind.rawValue) }
            for e in expected {
                let start = e["start"] as? Int ?? -1, end = e["end"] as? Int ?? -1
                let hit = predicted.firstIndex { p in
                    guard p.kind.rawValue == e["kind"] as? String, p.start < end, start < p.end else { return false }
                    if p.kind == .range {
                        return FigureTestSupport.close(p.low, e["low"] as? Double) && FigureTestSupport.close(p.high, e["high"] as? Double)
                    }
                    return FigureTestSupport.close(p.value, e["value"] as? Double)
                }
                if let hit { tp += 1; predicted.remove(at: hit) } else { fn += 1 }
            }
            fp += predicted.count
        }
        let f1 = 2.0 * Double(tp) / Double(2 * tp + fn + fp)
        #expect(f1 >= 0.9, "F1 \(f1): tp \(tp) fn \(fn) fp \(fp)")
    }
}
