/// Qualifiers and ranges: hedges ("around 98,000", "just over 64,000"), bounds ("more than thirty"
/// → low 30, high open; "up to 700"), two-sided ranges ("between 20 and 30", "20-30", "from 200 to
/// 3000000", "more than 10 and less than 40") and vague amounts ("thousands of reservists").
///
/// A bound on a plain count becomes a `range` with one open end; a bound on money, a percentage or
/// a measure keeps its kind and says the bound in its qualifier. A hedged bound ("just over") is a
/// point estimate: it stays a number whose qualifier says on which side the truth lies.
extension FigureScanner {
    enum Bound: Equatable { case lower(inclusive: Bool), upper(inclusive: Bool), equal, hedge(FigureQualifier) }

    /// Longest patterns first, so "just over" wins over "over".
    static let boundPatterns: [([String], Bound)] = {
        let table: [(String, Bound)] = [
            ("greater than or equal to", .lower(inclusive: true)), ("more than or equal to", .lower(inclusive: true)),
            ("higher or equal than", .lower(inclusive: true)), ("greater or equal than", .lower(inclusive: true)),
            ("equal to or more than", .lower(inclusive: true)), ("equal to or greater than", .lower(inclusive: true)),
            ("equal to or higher than", .lower(inclusive: true)),
            ("less than or equal to", .upper(inclusive: true)), ("smaller or equal than", .upper(inclusive: true)),
            ("lower or equal than", .upper(inclusive: true)), ("less or equal than", .upper(inclusive: true)),
            ("equal to or less than", .upper(inclusive: true)), ("equal to or smaller than", .upper(inclusive: true)),
            ("equal to or lower than", .upper(inclusive: true)),
            ("slightly more than", .hedge(.moreThan)), ("a little more than", .hedge(.moreThan)),
            ("slightly less than", .hedge(.lessThan)), ("a little less than", .hedge(.lessThan)),
            ("slightly fewer than", .hedge(.lessThan)), ("just more than", .hedge(.moreThan)),
            ("just less than", .hedge(.lessThan)), ("just short of", .hedge(.lessThan)),
            ("just over", .hedge(.moreThan)), ("just above", .hedge(.moreThan)), ("slightly over", .hedge(.moreThan)),
            ("slightly above", .hedge(.moreThan)), ("a little over", .hedge(.moreThan)), ("just under", .hedge(.lessThan)),
            ("just below", .hedge(.lessThan)), ("slightly under", .hedge(.lessThan)), ("slightly below", .hedge(.lessThan)),
            ("a little under", .hedge(.lessThan)),
            ("larger than or equal to", .lower(inclusive: true)), ("bigger than or equal to", .lower(inclusive: true)),
            ("higher than or equal to", .lower(inclusive: true)), ("smaller than or equal to", .upper(inclusive: true)),
            ("lower than or equal to", .upper(inclusive: true)), ("fewer than or equal to", .upper(inclusive: true)),
            ("more or equal than", .lower(inclusive: true)), ("bigger or equal than", .lower(inclusive: true)),
            ("larger or equal than", .lower(inclusive: true)), ("less than or equal", .upper(inclusive: true)),
            ("greater than or equal", .lower(inclusive: true)), ("equal or greater than", .lower(inclusive: true)),
            ("equal or more than", .lower(inclusive: true)), ("equal or less than", .upper(inclusive: true)),
            ("equal or smaller than", .upper(inclusive: true)),
            ("no greater than", .upper(inclusive: true)), ("not greater than", .upper(inclusive: true)),
            ("no higher than", .upper(inclusive: true)), ("no larger than", .upper(inclusive: true)),
            ("not exceeding", .upper(inclusive: true)), ("no smaller than", .lower(inclusive: true)),
            ("no bigger than", .upper(inclusive: true)), ("not bigger than", .upper(inclusive: true)),
            ("not larger than", .upper(inclusive: true)), ("not higher than", .upper(inclusive: true)),
            ("not lower than", .lower(inclusive: true)), ("no fewer than", .lower(inclusive: true)),
            ("at or above", .lower(inclusive: true)), ("at or over", .lower(inclusive: true)),
            ("at or below", .upper(inclusive: true)), ("at or under", .upper(inclusive: true)),
            ("no lower than", .lower(inclusive: true)), ("not smaller than", .lower(inclusive: true)),
            ("as much as", .upper(inclusive: true)), ("as many as", .upper(inclusive: true)),
            ("no less than", .lower(inclusive: true)), ("not less than", .lower(inclusive: true)),
            ("no fewer than", .lower(inclusive: true)), ("not fewer than", .lower(inclusive: true)),
            ("a minimum of", .lower(inclusive: true)), ("no more than", .upper(inclusive: true)),
            ("not more than", .upper(inclusive: true)), ("a maximum of", .upper(inclusive: true)),
            ("in excess of", .lower(inclusive: false)), ("upwards of", .lower(inclusive: false)),
            ("more than", .lower(inclusive: false)), ("greater than", .lower(inclusive: false)),
            ("higher than", .lower(inclusive: false)), ("larger than", .lower(inclusive: false)),
            ("bigger than", .lower(inclusive: false)), ("well over", .lower(inclusive: false)),
            ("well above", .lower(inclusive: false)),
            ("at least", .lower(inclusive: true)), ("at most", .upper(inclusive: true)), ("up to", .upper(inclusive: true)),
            ("less than", .upper(inclusive: false)), ("fewer than", .upper(inclusive: false)),
            ("lower than", .upper(inclusive: false)), ("smaller than", .upper(inclusive: false)),
            ("close to", .hedge(.approximate)), ("an estimated", .hedge(.approximate)),
            ("equal to", .equal), ("equals to", .equal), ("equaling to", .equal), ("equalling to", .equal),
            ("> =", .lower(inclusive: true)), ("< =", .upper(inclusive: true)),
            ("over", .lower(inclusive: false)), ("above", .lower(inclusive: false)), ("exceed", .lower(inclusive: false)),
            ("exceeds", .lower(inclusive: false)), ("exceeded", .lower(inclusive: false)), ("exceeding", .lower(inclusive: false)),
            ("surpass", .lower(inclusive: false)), ("surpasses", .lower(inclusive: false)),
            ("surpassed", .lower(inclusive: false)), ("surpassing", .lower(inclusive: false)),
            (">", .lower(inclusive: false)), ("≥", .lower(inclusive: true)),
            ("under", .upper(inclusive: false)), ("below", .upper(inclusive: false)), ("<", .upper(inclusive: false)),
            ("lesser than", .upper(inclusive: false)), ("beyond", .lower(inclusive: false)),
            ("≤", .upper(inclusive: true)),
            ("about", .hedge(.approximate)), ("around", .hedge(.approximate)), ("approximately", .hedge(.approximate)),
            ("approx", .hedge(.approximate)), ("roughly", .hedge(.approximate)), ("nearly", .hedge(.approximate)),
            ("almost", .hedge(.approximate)), ("circa", .hedge(.approximate)), ("some", .hedge(.approximate)),
            ("estimated", .hedge(.approximate)), ("~", .hedge(.approximate)),
        ]
        return table.map { ($0.0.split(separator: " ").map(String.init), $0.1) }
    }()

    /// `boundPatterns` by first word, longest first.
    static let boundPatternsByFirstWord: [String: [([String], Bound)]] = Dictionary(grouping: boundPatterns) { $0.0[0] }

    /// The bound phrase at `i` and the token after it.
    func boundPhrase(at i: Int) -> (Bound, Int)? {
        guard tokens[i].kind != .number, let candidates = Self.boundPatternsByFirstWord[tokens[i].text] else { return nil }
        for (words, bound) in candidates {
            if let end = matches(words, at: i) { return (bound, end) }
        }
        return nil
    }

    /// A quantity after a bound word, allowing "the" before ordinals ("between the tenth and …").
    func boundedValue(at k: Int) -> Quantity? {
        guard k < tokens.count else { return nil }
        if isWord(k, "the"), let q = quantity(at: k + 1), q.kind == .ordinal { return q }
        return quantity(at: k)
    }

    func bounded(at i: Int) -> Quantity? {
        guard tokens[i].kind != .number else { return nil }
        if isWord(i, "between") { return between(at: i) }
        if isWord(i, "from") { return fromTo(at: i) }
        guard let (bound, k) = boundPhrase(at: i) else { return nil }
        if tokens[i].text == "some", k < tokens.count, tokens[k].kind == .word, NumberLexicon.cardinals[text(k)]?.1 == .unit { return nil }
        guard var q = boundedValue(at: k) else { return nil }
        guard q.kind != .date, q.kind != .time, q.kind != .score else { return nil }
        if bound == .equal, let t = trailingBound(after: q) {
            var r = t
            r.start = i
            return r
        }
        if case .hedge(let h) = bound, q.isPlainNumber, var r = infixRange(after: q) {
            r.start = i
            r.qualifier = h
            return r
        }
        q = apply(bound, to: q, start: i)
        if q.kind == .range, let combined = secondBound(after: q) { return combined }
        if let t = trailingBound(after: q) { return t }
        return q
    }

    func apply(_ bound: Bound, to q0: Quantity, start: Int) -> Quantity {
        var q = q0
        q.start = start
        let v = q.value
        switch bound {
        case .hedge(let h):
            q.qualifier = h
        case .equal:
            if q.isCountLike { q.kind = .range; q.low = v; q.high = v; q.value = nil }
        case .lower(let inclusive):
            q.qualifier = inclusive ? .atLeast : .moreThan
            if q.isCountLike { q.kind = .range; q.low = v; q.high = nil; q.value = nil }
        case .upper(let inclusive):
            q.qualifier = inclusive ? .atMost : .lessThan
            if q.isCountLike { q.kind = .range; q.low = nil; q.high = v; q.value = nil }
        }
        return q
    }

    /// "more than 10 and less than 40" → 10–40, when the two bounds face each other.
    func secondBound(after q: Quantity) -> Quantity? {
        var k = q.end
        var joined = false
        if isSymbol(k, ",") { k += 1; joined = true }
        if isWord(k, "and") || isWord(k, "but") || isWord(k, "or") { k += 1; joined = true }
        guard joined else { return nil }
        guard k < tokens.count, let (bound, after) = boundPhrase(at: k), let r0 = boundedValue(at: after), r0.isPlainNumber else { return nil }
        let r = apply(bound, to: r0, start: k)
        guard r.kind == .range else { return nil }
        let low = q.low ?? r.low, high = q.high ?? r.high
        guard let l = low, let h = high, (q.low == nil) != (r.low == nil), l < h else { return nil }
        return Quantity(start: q.start, end: r.end, kind: .range, low: l, high: h)
    }

    /// "200 or more", "five hundred or less", "200 or greater than" (with no number after).
    func trailingBound(after q: Quantity) -> Quantity? {
        let k = q.end
        if isSymbol(k, "+"), glued(k), q.isPlainNumber, let v = q.value, !(k + 1 < tokens.count && glued(k + 1)) {
            var r = q
            r.end = k + 1; r.kind = .range; r.value = nil; r.low = v; r.high = nil; r.qualifier = .atLeast
            return r
        }
        guard isWord(k, "or") || isWord(k, "and"), k + 1 < tokens.count else { return nil }
        let w = text(k + 1)
        var lower: Bool
        switch w {
        case "more", "greater", "above", "higher", "over", "larger": lower = true
        case "less", "fewer", "below", "lower", "under", "smaller": lower = false
        default: return nil
        }
        var end = k + 2
        if isWord(end, "than") {
            if end + 1 < tokens.count, numbers.phrase(at: end + 1) != nil { return nil }
            end += 1
        }
        var r = q
        r.end = end
        guard let v = q.value, q.kind != .range else { return nil }
        r.qualifier = lower ? .atLeast : .atMost
        if q.isCountLike {
            r.kind = .range; r.value = nil
            r.low = lower ? v : nil
            r.high = lower ? nil : v
        }
        return r
    }

    /// "between 20 and 30", "between the tenth and the fifteenth".
    func between(at i: Int) -> Quantity? {
        guard let a = boundedValue(at: i + 1), isWord(a.end, "and") || isWord(a.end, "to") || isSymbol(a.end, "-"),
              let b = boundedValue(at: a.end + 1) else { return nil }
        // "between 2001 and 2004": two years
        if a.kind == .date || b.kind == .date {
            func year(_ q: Quantity) -> Double? { q.kind == .date ? q.date.flatMap { $0.count == 4 ? Double($0) : nil } : q.value }
            guard let x = year(a), let y = year(b), x < y, (1000...2999).contains(x), (1000...2999).contains(y) else { return nil }
            return Quantity(start: i, end: b.end, kind: .range, low: x, high: y)
        }
        guard let lo = a.value, let hi = b.value, lo < hi, a.kind != .date, b.kind != .date else { return nil }
        let unit = b.unit ?? a.unit ?? (b.kind == .percent || a.kind == .percent ? "Percent" : nil)
        return Quantity(start: i, end: b.end, kind: .range, low: lo, high: hi, unit: unit, currency: b.currency ?? a.currency)
    }

    /// "from 200 to 3000000" (plain counts only: "from $1bn to $2bn" is a change, two figures).
    func fromTo(at i: Int) -> Quantity? {
        guard let a = boundedValue(at: i + 1), a.isPlainNumber, isWord(a.end, "to") || isSymbol(a.end, "-"),
              let b = boundedValue(at: a.end + 1), b.isPlainNumber, let lo = a.value, let hi = b.value, lo < hi else { return nil }
        return Quantity(start: i, end: b.end, kind: .range, low: lo, high: hi)
    }

    /// "20-30", "1000–5000", "20~100", "20 to 30", "5k-20k".
    func infixRange(after q: Quantity) -> Quantity? {
        let k = q.end
        guard k + 1 < tokens.count, let lo = q.value else { return nil }
        let sep = text(k)
        switch sep {
        case "-": guard glued(k), glued(k + 1), tokens[k - 1].kind != .word || text(k - 1) == "k",
                        tokens[k + 1].kind == .number else { return nil }
        case "–", "—", "~": break
        case "to", "through", "thru": guard tokens[k].kind == .word else { return nil }
        default: return nil
        }
        guard let b = quantity(at: k + 1), let hi = b.value, lo < hi else { return nil }
        // "10-20%", "5 to 10 percent": a range of percentages
        if b.kind == .percent, q.kind == .number {
            return Quantity(start: q.start, end: b.end, kind: .range, low: lo, high: hi, unit: "Percent")
        }
        // "12.8–13.0 TeV", "10-20 km": a range of measures, when the sign joins the two numbers tightly
        if b.kind == .measure, q.kind == .number, sep != "to", sep != "through", sep != "thru", glued(k) == glued(k + 1) {
            return Quantity(start: q.start, end: b.end, kind: .range, low: lo, high: hi, unit: b.unit)
        }
        // "2-3 years", "two to three days": a range of durations
        if b.kind == .duration, q.kind == .number {
            return Quantity(start: q.start, end: b.end, kind: .range, low: lo, high: hi, unit: b.unit)
        }
        guard b.isPlainNumber, b.kind == q.kind else { return nil }
        if sep == "to", let prev = q.start > 0 ? text(q.start - 1) : nil, ["from", "rose", "fell"].contains(prev) { return nil }
        return Quantity(start: q.start, end: b.end, kind: .range, low: lo, high: hi)
    }

    /// "thousands of reservists", "tens of thousands of", "dozens of homes": vague amounts.
    static let vagueBases: [String: Double] = ["dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
                                               "millions": 1e6, "billions": 1e9, "tens": 10]

    func vague(at i: Int) -> Quantity? {
        if isWord(i, "a"), isWord(i + 1, "couple") || isWord(i + 1, "pair"), isWord(i + 2, "of") {
            return Quantity(start: i, end: i + 2, kind: .number, value: 2, qualifier: text(i + 1) == "pair" ? .exact : .approximate)
        }
        let bases = Self.vagueBases
        guard let base = bases[text(i)], tokens[i].kind == .word else { return nil }
        var k = i + 1
        var value = base
        if base == 10 || base == 100, isWord(k, "of"), let more = bases[text(k + 1)], more >= 1000 {
            value = base * more
            k += 2
        }
        guard isWord(k, "of"), base != 10 || value > 10 else { return nil }
        return Quantity(start: i, end: k, kind: .number, value: value, qualifier: .vague)
    }
}
