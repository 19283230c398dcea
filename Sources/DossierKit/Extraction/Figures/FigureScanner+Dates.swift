/// Dates: absolute ("21 September 2022", "Sept. 21", "2022-09-21", "5/17/2018", "in 1988") and
/// relative ("Tuesday", "last week", "yesterday"), resolved against the document date when known.
/// Without a year the ISO form is `--MM-DD`.
extension FigureScanner {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// Words before a bare year that make it a date ("in 1988", "since 2001").
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "to", "through",
        "the", "early", "late", "mid", "circa", "year", "summer", "autumn", "winter", "spring", "fall", "between",
    ]

    func date(at i: Int) -> Quantity? {
        let t = tokens[i]
        switch t.kind {
        case .number:
            if let q = dateFromChain(at: i) { return q }
            // "the 1990s": a decade, written as EDTF "199X"
            if isWord(i + 1, "s"), glued(i + 1), let y = year(at: i), y % 10 == 0, (1800...2099).contains(y) {
                return dateQuantity(i, i + 2, String(String(y).dropLast()) + "X")
            }
            return dayMonth(at: i) ?? bareYear(at: i)
        case .word:
            if let m = Self.months[t.text] { return monthFirst(at: i, month: m) }
            return relative(at: i)
        case .symbol:
            return nil
        }
    }

    /// The 4-digit bare integer at `k`, when it reads as a year.
    func year(at k: Int) -> Int? {
        guard k < tokens.count, tokens[k].kind == .number, tokens[k].length == 4,
              !tokens[k].hasFraction, let v = tokens[k].value, (1000...2999).contains(v), let y = Int(exactly: v) else { return nil }
        if k + 1 < tokens.count, glued(k + 1), tokens[k + 1].kind == .word, tokens[k + 1].text != "s" { return nil }
        return y
    }

    /// A day of the month at `k` ("21", "21st"); returns the day and the index after it.
    func day(at k: Int) -> (Int, Int)? {
        guard k < tokens.count, tokens[k].kind == .number, tokens[k].length <= 2, !tokens[k].hasFraction,
              let v = tokens[k].value, (1...31).contains(v), let d = Int(exactly: v) else { return nil }
        if k + 1 < tokens.count, glued(k + 1), ["st", "nd", "rd", "th"].contains(text(k + 1)) { return (d, k + 2) }
        if k + 1 < tokens.count, glued(k + 1), tokens[k + 1].kind == .word { return nil }
        if isSymbol(k + 1, ":") || isSymbol(k + 1, "%") { return nil }
        return (d, k + 1)
    }

    /// Words that put a sentence in the future ("is scheduled for Feb. 14", "will meet on March 3").
    static let futureWords: Set<String> = [
        "will", "ll", "shall", "scheduled", "due", "expected", "expects", "plans", "planned", "planning", "upcoming",
        "forthcoming", "next", "until", "till", "set", "going", "intends", "aims", "hopes", "deadline",
    ]
    /// Words that put it in the past ("said on Dec. 28", "was arrested on 30 December").
    static let pastWords: Set<String> = ["was", "were", "had", "did", "said", "told", "ago", "last", "since", "took", "came", "went", "began", "died"]

    enum Tense { case past, future, unknown }

    /// The tense of the clause around token `i`, from marker words up to ten tokens before it and three after.
    func tense(around i: Int) -> Tense {
        var past = false
        var k = i - 1
        while k >= 0, i - k <= 10, !(tokens[k].kind == .symbol && [".", "!", "?", ";"].contains(tokens[k].text)) {
            let w = tokens[k].text
            if tokens[k].kind == .word {
                if Self.futureWords.contains(w) { return .future }
                if Self.pastWords.contains(w) || w.count > 4 && w.hasSuffix("ed") { past = true }
            }
            k -= 1
        }
        for j in i..<min(tokens.count, i + 4) where tokens[j].kind == .word && Self.futureWords.contains(tokens[j].text) { return .future }
        return past ? .past : .unknown
    }

    /// The year a month (and day) without one takes: the document's year, the next one when the clause
    /// speaks of the future and that date has passed, the previous one when it speaks of the past and the
    /// date is still to come.
    func impliedYear(month m: Int, day: Int?, at i: Int) -> Int? {
        guard let dd = documentDate else { return nil }
        let d = min(day ?? 1, CivilDate.daysIn(month: m, year: dd.year))
        let candidate = CivilDate(year: dd.year, month: m, day: d)
        switch tense(around: i) {
        case .future:
            let passed = day == nil ? m < dd.month : candidate < dd
            return passed ? dd.year + 1 : dd.year
        case .past:
            let ahead = day == nil ? m > dd.month : candidate > dd
            return ahead ? dd.year - 1 : dd.year
        case .unknown:
            return dd.year
        }
    }

    func iso(year: Int?, month: Int, day: Int?, at i: Int? = nil) -> String {
        let y = year ?? i.flatMap { impliedYear(month: month, day: day, at: $0) } ?? documentDate?.year
        let md = CivilDate.pad(month, 2) + (day.map { "-" + CivilDate.pad($0, 2) } ?? "")
        if let y { return CivilDate.pad(y, 4) + "-" + md }
        return "--" + md
    }

    func dateQuantity(_ start: Int, _ end: Int, _ iso: String?) -> Quantity {
        Quantity(start: start, end: end, kind: .date, date: iso)
    }

    /// 2022-09-21, 1995-01, 5/17/2018, 21/09/2022, 21.09.2022.
    func dateFromChain(at i: Int) -> Quantity? {
        let c = chainEnd(from: i)
        let parts = stride(from: i, to: c.end, by: 2).map { tokens[$0] }
        let seps = stride(from: i + 1, to: c.end, by: 2).map { tokens[$0].text }
        // a part is a plain digit run of at most 4 digits ("1E46" is an exponent, not a date part)
        let ints = parts.compactMap { p -> Int? in
            guard !p.hasFraction, p.length <= 4, let x = p.value, (0...9999).contains(x) else { return nil }
            return Int(exactly: x)
        }
        guard ints.count == parts.count, Set(seps).count <= 1 else { return nil }
        let v = ints
        let w = parts.map(\.length)
        func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
            (1...12).contains(m) && d >= 1 && d <= CivilDate.daysIn(month: m, year: y)
        }
        if c.count == 3 {
            if w[0] == 4, valid(v[0], v[1], v[2]) {
                return dateQuantity(i, c.end, CivilDate(year: v[0], month: v[1], day: v[2]).iso)
            }
            guard w[2] == 4 || w[2] == 2 else { return nil }
            let y = w[2] == 4 ? v[2] : (v[2] < 50 ? 2000 + v[2] : 1900 + v[2])
            let usFirst = seps[0] == "/" && v[0] <= 12
            if usFirst, valid(y, v[0], v[1]) { return dateQuantity(i, c.end, CivilDate(year: y, month: v[0], day: v[1]).iso) }
            if valid(y, v[1], v[0]) { return dateQuantity(i, c.end, CivilDate(year: y, month: v[1], day: v[0]).iso) }
            return nil
        }
        if c.count == 2, seps[0] == "-", w[0] == 4, w[1] == 2, (1...12).contains(v[1]), parts[1].text.hasPrefix("0") || v[1] >= 10 && v[0] % 100 >= v[1] {
            return dateQuantity(i, c.end, CivilDate.pad(v[0], 4) + "-" + CivilDate.pad(v[1], 2))
        }
        return nil
    }

    static let fullMonthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july",
                                              "august", "september", "october", "november", "december"]

    /// "21 September 2022", "1 may", "21st of September".
    func dayMonth(at i: Int) -> Quantity? {
        guard let (d, k0) = day(at: i) else { return nil }
        var k = k0
        if isWord(k, "of") { k += 1 }
        guard k < tokens.count, let m = Self.months[text(k)] else { return nil }
        k += 1
        // "21 Sept." keeps its abbreviation's period; "on 21 September." ends the sentence.
        if isSymbol(k, "."), glued(k), !Self.fullMonthNames.contains(text(k - 1)) { k += 1 }
        var y: Int?
        var end = k
        if isSymbol(k, ",") { if let yy = year(at: k + 1) { y = yy; end = k + 2 } } else if let yy = year(at: k) { y = yy; end = k + 1 }
        return dateQuantity(i, end, iso(year: y, month: m, day: d, at: i))
    }

    /// "Sept. 21", "September 21, 2022", "dec . 12 , 1994", "October 2014", "in October".
    func monthFirst(at i: Int, month m: Int) -> Quantity? {
        var k = i + 1
        if isSymbol(k, ".") { k += 1 }
        if let (d, after) = day(at: k) {
            var end = after
            var y: Int?
            if isSymbol(after, ","), let yy = year(at: after + 1) { y = yy; end = after + 2 } else if let yy = year(at: after) { y = yy; end = after + 1 }
            return dateQuantity(i, end, iso(year: y, month: m, day: d, at: i))
        }
        if let y = year(at: k) ?? (isSymbol(k, ",") ? year(at: k + 1) : nil) {
            return dateQuantity(i, year(at: k) != nil ? k + 1 : k + 2, CivilDate.pad(y, 4) + "-" + CivilDate.pad(m, 2))
        }
        // a month alone: only full, unambiguous names
        let w = text(i)
        guard w.count > 3, w != "may", w != "march" else { return nil }
        guard tokens[i].isCapitalized || (i > 0 && ["in", "since", "until", "by", "last", "next", "this", "early", "late", "mid"].contains(text(i - 1))) else { return nil }
        var y = impliedYear(month: m, day: nil, at: i)
        if i > 0, let dd = documentDate {
            if text(i - 1) == "last" { y = m < dd.month ? dd.year : dd.year - 1 }
            if text(i - 1) == "next" { y = m > dd.month ? dd.year : dd.year + 1 }
        }
        let start = i > 0 && ["last", "next", "this"].contains(text(i - 1)) ? i - 1 : i
        return dateQuantity(start, i + 1, y.map { CivilDate.pad($0, 4) + "-" + CivilDate.pad(m, 2) } ?? "--" + CivilDate.pad(m, 2))
    }

    /// "in 1988", "since 2001": a bare year after a preposition.
    func bareYear(at i: Int) -> Quantity? {
        guard let y = year(at: i), i > 0, tokens[i - 1].kind == .word, Self.yearPrepositions.contains(text(i - 1)) else { return nil }
        if isSymbol(i + 1, "%") || isSymbol(i + 1, "-") && glued(i + 1) { return nil }
        if i + 1 < tokens.count, let _ = UnitLexicon.units[text(i + 1)] { return nil }
        if i + 1 < tokens.count, CurrencyLexicon.names[text(i + 1)] != nil { return nil }
        return dateQuantity(i, i + 1, CivilDate.pad(y, 4))
    }

    /// "Tuesday", "last Tuesday", "yesterday", "last week", "next month", "this year".
    func relative(at i: Int) -> Quantity? {
        let w = text(i)
        let dd = documentDate
        if let wd = Self.weekdays[w] {
            var start = i
            var direction = 0
            if i > 0, ["last", "next", "this", "past", "coming"].contains(text(i - 1)) {
                start = i - 1
                direction = ["last", "past"].contains(text(i - 1)) ? -1 : (text(i - 1) == "this" ? 0 : 1)
            }
            var iso: String?
            if let dd {
                var delta = wd - dd.weekday
                switch direction {
                case 1: if delta <= 0 { delta += 7 }
                case -1: if delta >= 0 { delta -= 7 }
                default: if delta > 0 { delta -= 7 }
                }
                iso = dd.adding(days: delta).iso
            }
            return dateQuantity(start, i + 1, iso)
        }
        switch w {
        case "yesterday": return dateQuantity(i, i + 1, dd?.adding(days: -1).iso)
        case "today", "tonight": return dateQuantity(i, i + 1, dd?.iso)
        case "tomorrow": return dateQuantity(i, i + 1, dd?.adding(days: 1).iso)
        case "last", "next", "this":
            guard i + 1 < tokens.count else { return nil }
            let step = w == "last" ? -1 : (w == "next" ? 1 : 0)
            switch text(i + 1) {
            case "week":
                return dateQuantity(i, i + 2, dd?.adding(days: 7 * step).isoWeek)
            case "month":
                return dateQuantity(i, i + 2, dd.map { d in
                    var y = d.year, m = d.month + step
                    if m == 0 { m = 12; y -= 1 }
                    if m == 13 { m = 1; y += 1 }
                    return CivilDate.pad(y, 4) + "-" + CivilDate.pad(m, 2)
                })
            case "year":
                return dateQuantity(i, i + 2, dd.map { CivilDate.pad($0.year + step, 4) })
            default:
                return nil
            }
        default:
            return nil
        }
    }
}
