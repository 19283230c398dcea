/// A calendar date (proleptic Gregorian) with the arithmetic relative dates need.
struct CivilDate: Sendable, Equatable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// Parses `YYYY-MM-DD` (a longer timestamp is cut to its date).
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CivilDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        year = y; month = m; day = d
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    static func < (a: Self, b: Self) -> Bool { a.dayNumber < b.dayNumber }

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    var iso: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }

    /// ISO 8601 week date of this day: `2022-W38`.
    var isoWeek: String {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return Self.pad(thursday.year, 4) + "-W" + Self.pad(week, 2)
    }

    /// The Monday that starts ISO week `week` of `year` (week 1 holds 4 January).
    static func weekStart(year: Int, week: Int) -> CivilDate {
        let jan4 = CivilDate(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
    }

    /// The first day an ISO or EDTF date string covers, as `YYYY-MM-DD`, for sorting: `2019-W46` →
    /// `2019-11-11`, `2019-12` → `2019-12-01`, `199X` → `1990-01-01`; other strings as they are.
    static func sortKey(_ date: String) -> String {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), parts[1].hasPrefix("W"),
           let w = Int(parts[1].dropFirst()), (1...53).contains(w) {
            return weekStart(year: y, week: w).iso
        }
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2 { return date + "-01" }
        if parts.count == 1, date.count == 4, date.hasSuffix("X") { return date.dropLast() + "0-01-01" }
        if parts.count == 1, date.count == 4, Int(date) != nil { return date + "-01-01" }
        return date
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
