/// An entity's mentions counted per period of its documents' dates, for the sparkline on its
/// card. The periods span every dated document in the workspace, so two cards compare.
public struct MentionTimeline: Sendable, Equatable {
    public var period: TimePeriod
    /// Every period from the workspace's first dated document to its last, with the count.
    public var bins: [(period: String, mentions: Int)]
    /// Mentions in documents without a date.
    public var undated: Int

    public static func == (a: Self, b: Self) -> Bool {
        a.period == b.period && a.undated == b.undated && a.bins.elementsEqual(b.bins) { $0 == $1 }
    }

    /// Nil when none of the entity's mentions is in a dated document.
    public init?(_ e: Entity, in w: Workspace) {
        var dates: [DocumentID: CivilDate] = [:]
        for d in w.documents { if let s = d.date, let p = PartialDate(iso: s) { dates[d.id] = p.earliest } }
        guard let first = dates.values.min(), let last = dates.values.max(),
              e.mentions.contains(where: { dates[$0.document] != nil }) else { return nil }
        let period = TimePeriod.automatic(from: first, to: last)
        guard let labels = period.labels(from: first, to: last) else { return nil }
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() { index[l] = i }
        var counts = [Int](repeating: 0, count: labels.count)
        var undated = 0
        for m in e.mentions {
            guard let day = dates[m.document], let label = period.label(of: PartialDate(day)), let i = index[label] else {
                undated += 1
                continue
            }
            counts[i] += 1
        }
        self.period = period
        bins = zip(labels, counts).map { ($0, $1) }
        self.undated = undated
    }

    /// `▁▁▃█▂ 2022-09 … 2023-01 by month` (plus how many mentions are undated).
    public func line(unicode: Bool) -> String {
        let spark = Sparkline.render(bins.map(\.mentions), unicode: unicode)
        let span = bins.count == 1 ? bins[0].period : "\(bins[0].period) \(unicode ? "…" : "..") \(bins[bins.count - 1].period)"
        return "\(spark)  \(span) by \(period.rawValue)" + (undated > 0 ? "; \(undated) in undated documents" : "")
    }

    /// `2022-09 3` for every period with mentions, for JSON and CSV cards.
    public var data: [String] { bins.filter { $0.mentions > 0 }.map { "\($0.period) \($0.mentions)" } }
}

extension PartialDate {
    init(_ day: CivilDate) {
        year = day.year
        month = day.month
        self.day = day.day
    }
}
