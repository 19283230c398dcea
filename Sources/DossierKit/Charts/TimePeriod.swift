import ArgumentParser

/// The width of one bar of a timeline chart: a day, an ISO week, a month or a year.
public enum TimePeriod: String, Sendable, CaseIterable, ExpressibleByArgument {
    case day, week, month, year

    /// Most periods a chart draws; a finer `--by` over a longer span is refused with a hint.
    public static let maximumBins = 400

    /// The label of the period holding `date` (`2022-09-21`, `2022-W38`, `2022-09`, `2022`), or
    /// nil when the date is less precise than the period (a month-only date has no day).
    public func label(of date: PartialDate) -> String? {
        switch self {
        case .year: return CivilDate.pad(date.year, 4)
        case .month: return date.month.map { CivilDate.pad(date.year, 4) + "-" + CivilDate.pad($0, 2) }
        case .week: return date.civil?.isoWeek
        case .day: return date.civil?.iso
        }
    }

    /// Every period label from the one holding `first` to the one holding `last`, in order, gaps
    /// included; nil when there would be more than `maximumBins`.
    func labels(from first: CivilDate, to last: CivilDate) -> [String]? {
        var out: [String] = []
        switch self {
        case .day, .week:
            let step = self == .day ? 1 : 7
            let start = self == .day ? first : first.adding(days: 1 - first.weekday)
            var d = start
            while d <= last {
                out.append(self == .day ? d.iso : d.isoWeek)
                if out.count > Self.maximumBins { return nil }
                d = d.adding(days: step)
            }
        case .month:
            var (y, m) = (first.year, first.month)
            while (y, m) <= (last.year, last.month) {
                out.append(CivilDate.pad(y, 4) + "-" + CivilDate.pad(m, 2))
                if out.count > Self.maximumBins { return nil }
                (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
            }
        case .year:
            guard last.year - first.year < Self.maximumBins else { return nil }
            out = (first.year...max(first.year, last.year)).map { CivilDate.pad($0, 4) }
        }
        return out
    }

    /// The finest period that draws the span from `first` to `last` in at most about 40 bars.
    static func automatic(from first: CivilDate, to last: CivilDate) -> TimePeriod {
        let days = last.dayNumber - first.dayNumber
        if days < 40 { return .day }
        if days < 40 * 7 { return .week }
        if (last.year - first.year) * 12 + last.month - first.month < 40 { return .month }
        return .year
    }
}

/// An ISO date that may lack its day or month (`2022-09-21`, `2022-09`, `2022`); dates without a
/// year (`--09-21`) are not partial dates.
public struct PartialDate: Sendable, Equatable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init?(iso: String) {
        guard !iso.hasPrefix("-") else { return nil }
        let parts = iso.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let y = Int(first), (1...9999).contains(y) else { return nil }
        year = y
        if parts.count > 1 {
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count > 2, let m = month {
            guard let d = Int(parts[2]), (1...CivilDate.daysIn(month: m, year: y)).contains(d) else { return nil }
            day = d
        }
    }

    /// The calendar day, when the date names one.
    var civil: CivilDate? {
        guard let month, let day else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The first day the date can mean (`2022-09` → 2022-09-01).
    var earliest: CivilDate { CivilDate(year: year, month: month ?? 1, day: day ?? 1) }
}
