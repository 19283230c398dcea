import Testing
@testable import DossierKit

/// The data behind each terminal chart, and how charts draw in Unicode and in plain ASCII.
@Suite struct ChartTests {
    static func entry(_ date: String, _ id: String) -> TimelineEntry {
        TimelineEntry(date: date, id: id, document: DocumentID(1), text: "")
    }

    @Test func timelineBinsByMonthWithGapsAndNotes() throws {
        let entries = [Self.entry("2022-09-21", "d1"), Self.entry("2022-09-30", "f1"), Self.entry("2022-11-02", "f2"),
                       Self.entry("--03-04", "f3"), Self.entry("2022-11", "f4")]
        let chart = try TimelineChart(entries, by: .month)
        #expect(chart.bins == [.init(period: "2022-09", documents: 1, figures: 1), .init(period: "2022-10", documents: 0, figures: 0),
                               .init(period: "2022-11", documents: 0, figures: 2)])
        #expect(chart.withoutYear == 1)
        #expect(chart.table.rows.map { $0.map(\.text) } == [["2022-09", "1", "1", "2"], ["2022-10", "0", "0", "0"], ["2022-11", "0", "2", "2"]])
    }

    @Test func timelineByWeekAndDayCountsCoarseDatesApart() throws {
        let entries = [Self.entry("2022-09-21", "d1"), Self.entry("2022-09-26", "d2"), Self.entry("2022-09", "f1")]
        let weeks = try TimelineChart(entries, by: .week)
        #expect(weeks.bins.map(\.period) == ["2022-W38", "2022-W39"])
        #expect(weeks.bins.last?.documents == 1 && weeks.tooCoarse == 1)
        let days = try TimelineChart(entries, by: nil)
        #expect(days.period == .day && days.bins.count == 6)
        #expect(days.notes().contains { $0.contains("less precise than a day") && $0.hasSuffix("--by year)") })
        #expect(days.notes(hints: false) == ["1 date less precise than a day not shown"])
    }

    @Test func aYearOnlyDateDoesNotStretchTheSpan() throws {
        let chart = try TimelineChart([Self.entry("2021", "f1"), Self.entry("2022-09-21", "d1"), Self.entry("2022-11-30", "f2")], by: nil)
        #expect(chart.period == .week && chart.bins.first?.period == "2022-W38" && chart.tooCoarse == 1)
        #expect(try TimelineChart([Self.entry("2021", "f1"), Self.entry("2022-09-21", "d1")], by: .year).bins.map(\.period) == ["2021", "2022"])
    }

    @Test func timelineRefusesTooManyBars() {
        #expect(throws: CommandError.self) { try TimelineChart([Self.entry("1990-01-01", "d1"), Self.entry("2020-01-01", "d2")], by: .day) }
    }

    @Test func strayDatesDoNotStretchTheChart() throws {
        // 200 dates in 2004-2005 and two read from stray numbers ("1030", "2050").
        let usual = (0..<200).map { Self.entry("200\(4 + $0 % 2)-0\(1 + $0 % 9)-1\($0 % 10)", "f\($0 + 1)") }
        let chart = try TimelineChart(usual + [Self.entry("1030", "f900"), Self.entry("2050-01-01", "f901")], by: nil)
        #expect(chart.period == .month && chart.bins.first?.period == "2004-01" && chart.bins.last?.period == "2005-09")
        #expect(chart.outside == 1 && chart.tooCoarse == 1)
        #expect(chart.notes().contains("1 outlying date before 2004-01 or after 2005-09 not shown"))
        let years = try TimelineChart(usual + [Self.entry("1030", "f900")], by: .year)
        #expect(years.bins.map(\.period) == ["2004", "2005"] && years.outside == 1)
    }

    @Test func automaticPeriodFollowsTheSpan() throws {
        #expect(try TimelineChart([Self.entry("2001-01-01", "d1"), Self.entry("2020-06-01", "d2")], by: nil).period == .year)
        #expect(try TimelineChart([Self.entry("2020-01-01", "d1"), Self.entry("2020-06-01", "d2")], by: nil).period == .week)
    }

    @Test func barsFitTheWidthInUnicodeAndASCII() {
        let chart = BarChart(title: "t", bars: [.init(label: "a very long label that must be cut short", value: 10, valueText: "10"),
                                                 .init(label: "b", value: 2.5, valueText: "2.5"), .init(label: "c", value: 0, valueText: "0")])
        let unicode = chart.render(ChartStyle(unicode: true, width: 40))
        let ascii = chart.render(ChartStyle(unicode: false, width: 40))
        for line in (unicode + ascii).split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 40, "\(line)") }
        #expect(unicode.contains("█") && unicode.contains("…"))
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
        let asciiBars = ascii.split(separator: "\n").dropFirst().map { $0.filter { $0 == "#" }.count }
        #expect(asciiBars[0] > asciiBars[1] * 3 && asciiBars[1] > 0 && asciiBars[2] == 0)
    }

    @Test func stackedBarsShowALegendAndColourOnlyWhenAsked() {
        let chart = BarChart(bars: [.init(label: "x", parts: [2, 1], valueText: "3")], legend: ["docs", "dates"])
        let plain = chart.render(ChartStyle(unicode: false, color: false, width: 30))
        #expect(plain.contains("#") && plain.contains("+") && plain.contains("# docs   + dates"))
        #expect(!plain.contains("\u{1B}"))
        #expect(chart.render(ChartStyle(unicode: true, color: true, width: 30)).contains("\u{1B}[36m"))
    }

    @Test func sparklineLevels() {
        #expect(Sparkline.render([0, 1, 5, 10], unicode: true) == "▁▂▄█")
        #expect(Sparkline.render([0, 1, 5, 10], unicode: false) == "_.-#")
        #expect(Sparkline.render([0, 0], unicode: true) == "▁▁")
    }

    @Test func localeDecidesTheCharacters() {
        #expect(ChartStyle.localeName(in: ["LANG": "en_US.UTF-8", "LC_ALL": "C"]) == "C")
        #expect(ChartStyle.localeName(in: ["LANG": "de_DE.utf8", "LC_CTYPE": ""]) == "de_DE.utf8")
        #expect(ChartStyle.isUTF8Locale("de_DE.utf8") && ChartStyle.isUTF8Locale("C.UTF-8"))
        #expect(!ChartStyle.isUTF8Locale(ChartStyle.localeName(in: [:])))
        #expect(!ChartStyle.isUTF8Locale("en_US.ISO-8859-1"))
    }

    @Test func figuresAreGroupedByKindAndUnit() {
        func fig(_ n: Int, _ kind: FigureKind, _ value: Double?, currency: String? = nil, counts: String? = nil) -> Figure {
            Figure(id: FigureID(n), document: DocumentID(n), facts: FigureFacts(start: 0, end: 1, text: "x\(n)", kind: kind, value: value,
                                                                             currency: currency, counts: counts))
        }
        let chart = FigureChart([fig(1, .money, 5, currency: "USD", counts: "fees"), fig(2, .money, 9, currency: "USD"),
                                 fig(3, .money, 100, currency: "EUR"), fig(4, .date, nil), fig(5, .percent, 35)])
        #expect(chart.groups.map(\.name) == ["money (USD)", "money (EUR)", "percent"])
        #expect(chart.groups[0].figures.map(\.id) == [FigureID(2), FigureID(1)])
        #expect(chart.notComparable == 1)
        #expect(FigureChart.label(chart.groups[0].figures[1]) == "d1 f1 fees")
        #expect(chart.table.rows.count == 4)
        let drawn = chart.render(ChartStyle(unicode: false, width: 60))
        #expect(drawn.contains("money (USD): 2 figures") && drawn.contains("d1 f1 fees") && drawn.contains("(1 figure not drawn"))
        #expect(FigureChart([fig(1, .number, 1), fig(2, .number, 2), fig(3, .number, 3)], perGroup: 2).groups[0].omitted == 1)
    }
}
