/// The data behind `timeline --chart`: how many dated documents and dates in the texts fall in
/// each period, every period between the first and the last included.
public struct TimelineChart: Sendable, Equatable {
    /// One period's counts.
    public struct Bin: Sendable, Equatable {
        public var period: String
        public var documents: Int
        public var figures: Int
    }

    /// Most bars a chart with a period chosen from the span draws (outlying dates left out).
    public static let automaticBins = 60

    public var period: TimePeriod
    public var bins: [Bin]
    /// Dates without a year (`--09-21`), which no period can hold.
    public var withoutYear: Int
    /// Dates less precise than the period (a month-only date in a chart by day).
    public var tooCoarse: Int
    /// Outlying dates left out because the whole span would need too many bars.
    public var outside: Int

    /// Bins the entries by `period` (chosen from the span when nil); fails when the span holds
    /// more than `TimePeriod.maximumBins` periods.
    public init(_ entries: [TimelineEntry], by requested: TimePeriod?) throws {
        var dated: [(date: PartialDate, isDocument: Bool)] = []
        var withoutYear = 0
        for e in entries {
            guard let d = PartialDate(iso: e.date) else { withoutYear += 1; continue }
            dated.append((d, DocumentID(e.id) != nil))
        }
        self.withoutYear = withoutYear
        // The span comes from the dates precise enough for the period, so one year-only date does
        // not stretch a chart by day over a whole year; the chosen period comes from full dates.
        // Trimming leaves out the earliest and latest few (a stray "1030" read as a year): a chart
        // by a chosen period trims up to 1% to fit `maximumBins`; an automatic one up to 10% to fit
        // `automaticBins`, noting what it left out.
        func span(_ p: TimePeriod?, trim: Double) -> (CivilDate, CivilDate)? {
            let days = dated.filter { item in p.map { $0.label(of: item.date) != nil } ?? (item.date.civil != nil) }
                .map(\.date.earliest).sorted()
            guard !days.isEmpty else { return nil }
            let cut = min((days.count - 1) / 2, Int(Double(days.count) * trim))
            return (days[cut], days[days.count - 1 - cut])
        }
        let period = requested ?? span(nil, trim: 0.01).map { TimePeriod.automatic(from: $0.0, to: $0.1) }
            ?? (dated.contains { $0.date.month != nil } ? .month : .year)
        let trims = requested == nil ? [0, 0.01, 0.025, 0.05, 0.1] : [0, 0.01]
        let limit = requested == nil ? Self.automaticBins : TimePeriod.maximumBins
        guard let whole = span(period, trim: 0) else {
            self.period = period
            bins = []
            tooCoarse = dated.count
            outside = 0
            return
        }
        let candidates = trims.compactMap { span(period, trim: $0) }.map { period.labels(from: $0.0, to: $0.1) }
        guard let labels = candidates.first(where: { ($0?.count ?? .max) <= limit }) ?? candidates.last ?? nil,
              labels.count <= TimePeriod.maximumBins else {
            throw CommandError("timeline: \(whole.0.iso) to \(whole.1.iso) is more than \(TimePeriod.maximumBins) \(period.rawValue)s; "
                + "try --by \(period == .day ? "week" : period == .week ? "month" : "year")")
        }
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() { index[l] = i }
        var bins = labels.map { Bin(period: $0, documents: 0, figures: 0) }
        var tooCoarse = 0, outside = 0
        for item in dated {
            guard let label = period.label(of: item.date) else { tooCoarse += 1; continue }
            guard let i = index[label] else { outside += 1; continue }
            if item.isDocument { bins[i].documents += 1 } else { bins[i].figures += 1 }
        }
        self.period = period
        self.bins = bins
        self.tooCoarse = tooCoarse
        self.outside = outside
    }

    /// The data as a listing, for `--format json|csv`.
    public var table: Table {
        Table(columns: [.init("period"), .init("documents", alignRight: true), .init("figures", alignRight: true),
                        .init("total", alignRight: true)],
              rows: bins.map { [.string($0.period), .int($0.documents), .int($0.figures), .int($0.documents + $0.figures)] },
              emptyMessage: "no dates to chart")
    }

    /// Notes on what the chart could not place, with a hint at `--by` for the shell.
    public func notes(hints: Bool = true) -> [String] {
        var out: [String] = []
        if withoutYear > 0 { out.append("\(Format.plural(withoutYear, "date")) without a year not shown") }
        if outside > 0, let first = bins.first?.period, let last = bins.last?.period {
            out.append("\(Format.plural(outside, "outlying date")) before \(first) or after \(last) not shown")
        }
        if tooCoarse > 0 {
            out.append("\(Format.plural(tooCoarse, "date")) less precise than a \(period.rawValue) not shown"
                + (hints ? (period == .month ? " (try --by year)" : " (try --by month or --by year)") : ""))
        }
        return out
    }

    /// The drawing: one stacked bar per period, documents then dates in the texts.
    public func chart() -> BarChart {
        let docs = bins.reduce(0) { $0 + $1.documents }, figs = bins.reduce(0) { $0 + $1.figures }
        return BarChart(
            title: "Dated items by \(period.rawValue): \(Format.plural(docs, "document")), \(Format.plural(figs, "date")) in the texts",
            bars: bins.map { BarChart.Bar(label: $0.period, parts: [Double($0.documents), Double($0.figures)],
                                          valueText: String($0.documents + $0.figures)) },
            legend: ["document dates", "dates in the texts"], notes: notes())
    }
}
