/// Clock times ("10:30 p.m." → 22:30, "1130 GMT", "6pm"), durations and ages ("three days",
/// "a two-year period", "21-year-old") and scores ("won 3-1").
extension FigureScanner {
    /// Time-zone abbreviations that may follow a clock time (upper case as written).
    static let timeZones: Set<String> = [
        "gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "et", "pt",
        "ist", "jst", "msk", "aest", "hkt", "sgt", "z",
    ]

    /// "am"/"pm", "a.m."/"p.m." at `k`: whether it is afternoon, and the token after it.
    func meridiem(at k: Int) -> (pm: Bool, end: Int)? {
        guard k < tokens.count, tokens[k].kind == .word else { return nil }
        switch text(k) {
        case "am": return (false, k + 1)
        case "pm": return (true, k + 1)
        case "a", "p":
            guard isSymbol(k + 1, "."), glued(k + 1), isWord(k + 2, "m"), glued(k + 2) else { return nil }
            let end = isSymbol(k + 3, ".") && glued(k + 3) ? k + 4 : k + 3
            return (text(k) == "p", end)
        default: return nil
        }
    }

    /// A clock time starting at the number token `i`.
    func timeOfDay(at i: Int) -> Quantity? {
        let t = tokens[i]
        guard t.kind == .number, !t.isDottedIdentifier, let v = t.value, v >= 0, v < 10_000 else { return nil }
        if i > 0, glued(i), isSymbol(i - 1, ":") || isSymbol(i - 1, ".") { return nil }
        var hour: Int?, minute = 0, k = i + 1
        if !t.hasFraction, t.length <= 2, let h = Int(exactly: v), h <= 24, isSymbol(i + 1, ":"), glued(i + 1), glued(i + 2),
           i + 2 < tokens.count, tokens[i + 2].kind == .number, tokens[i + 2].length == 2,
           let m = tokens[i + 2].value.flatMap({ Int(exactly: $0) }), m < 60 {
            hour = h; minute = m; k = i + 3
            // seconds: 10:30:15
            if isSymbol(k, ":"), glued(k), glued(k + 1), k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].length == 2 { k += 2 }
        } else if t.hasFraction, t.length <= 5, t.text.contains("."), meridiem(at: i + 1) != nil {
            // 10.30am, 7.45 p.m.
            let parts = t.text.split(separator: ".")
            guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h <= 12, m < 60 else { return nil }
            hour = h; minute = m
        } else if !t.hasFraction, t.length == 4, let hm = Int(exactly: v), hm / 100 <= 23, hm % 100 < 60,
                  i + 1 < tokens.count, Self.timeZones.contains(text(i + 1)), tokens[i + 1].isCapitalized {
            // 1130 GMT
            hour = hm / 100; minute = hm % 100
        } else if !t.hasFraction, t.length <= 2, let h = Int(exactly: v), h <= 12, meridiem(at: i + 1) != nil {
            hour = h
        } else if !t.hasFraction, t.length <= 2, let h = Int(exactly: v), h <= 24, i + 1 < tokens.count,
                  Self.timeZones.contains(text(i + 1)), tokens[i + 1].isCapitalized, text(i + 1) != "z" {
            hour = h
        }
        guard var h = hour else { return nil }
        if let m = meridiem(at: k) {
            guard h >= 1, h <= 12 else { return nil }
            if m.pm, h < 12 { h += 12 } else if !m.pm, h == 12 { h = 0 }
            k = m.end
        }
        var zone: String?
        if k < tokens.count, Self.timeZones.contains(text(k)), tokens[k].isCapitalized {
            zone = text(k).uppercased()
            k += 1
        }
        var q = Quantity(start: i, end: k, kind: .time, unit: zone)
        q.time = CivilDate.pad(h % 24, 2) + ":" + CivilDate.pad(minute, 2)
        return q
    }

    /// Units of time → (unit name, how many of that unit one of these is).
    static let durationUnits: [String: (String, Double)] = {
        var d: [String: (String, Double)] = [:]
        func add(_ unit: String, _ factor: Double, _ forms: [String]) { for f in forms { d[f] = (unit, factor) } }
        add("Second", 1, ["second", "seconds", "sec", "secs"])
        add("Minute", 1, ["minute", "minutes", "min", "mins"])
        add("Hour", 1, ["hour", "hours", "hr", "hrs"])
        add("Day", 1, ["day", "days"])
        add("Week", 1, ["week", "weeks"])
        add("Week", 2, ["fortnight", "fortnights"])
        add("Month", 1, ["month", "months"])
        add("Year", 1, ["year", "years", "yr", "yrs"])
        add("Year", 10, ["decade", "decades"])
        add("Year", 100, ["century", "centuries"])
        return d
    }()

    /// "three days", "six months", "a two-year period", "21-year-old", "24-hour", "half an hour".
    func duration(_ p: NumberPhrase) -> Quantity? {
        guard let v = p.value, !p.isOrdinal, v >= 0 else { return nil }
        var k = p.end
        if v < 1, isWord(k, "of") { k += 1 }
        if v < 1, isWord(k, "a") || isWord(k, "an") { k += 1 }
        let hyphenated = isSymbol(k, "-") && glued(k) && glued(k + 1)
        if hyphenated { k += 1 }
        guard k < tokens.count, tokens[k].kind == .word, let (unit, factor) = Self.durationUnits[text(k)] else { return nil }
        // "1 sec" is a duration, "2 min read" too; but "3 min" glued to a code is not
        if text(k).count <= 4, glued(k), !hyphenated, tokens[p.end - 1].kind != .number { return nil }
        var end = k + 1
        // ages: "21-year-old", "21 years old", "a 21-year-old's"
        if isSymbol(end, "-"), glued(end), isWord(end + 1, "old"), glued(end + 1) { end += 2 } else if !hyphenated, isWord(end, "old") { end += 1 }
        var q = Quantity(start: p.start, end: end, kind: .duration, value: v * factor, unit: unit)
        if p.isImprecise { q.qualifier = .approximate }
        return q
    }

    /// Words near a score that say it is one ("won 3-1", "a 2-0 defeat", "6-4 in the final set").
    static let scoreWords: Set<String> = [
        "won", "win", "wins", "winning", "winner", "beat", "beats", "beating", "beaten", "lost", "lose", "loses", "losing",
        "drew", "draw", "draws", "drawn", "defeat", "defeated", "defeats", "victory", "victories", "lead", "led", "leads",
        "trail", "trailed", "trailing", "score", "scored", "scoreline", "set", "sets", "match", "game", "games", "final",
        "tie", "replay", "goal", "goals", "thrashed", "thrashing", "edged", "against", "v", "vs", "versus", "aggregate",
        "points", "half", "innings", "wickets", "runs", "rout", "routed", "triumph", "clash", "stunned", "held",
    ]

    /// "3-1", "6-4 6-3", "2–0": a score, when the first side is not smaller or a score word is near.
    func score(at i: Int) -> Quantity? {
        let t = tokens[i]
        guard t.kind == .number, !t.hasFraction, t.length <= 3, let a = t.value,
              isSymbol(i + 1, "-") || isSymbol(i + 1, "–"), glued(i + 1), glued(i + 2), i + 2 < tokens.count,
              tokens[i + 2].kind == .number, !tokens[i + 2].hasFraction, tokens[i + 2].length <= 3, let b = tokens[i + 2].value else { return nil }
        if i > 0, glued(i), tokens[i - 1].kind != .symbol || ["-", "/", "–", ".", "$", "£", "€"].contains(text(i - 1)) { return nil }
        let end = i + 3
        // not part of a longer chain ("12-05-2004"), a unit, a percentage, or a glued word ("3-1s")
        if end < tokens.count, glued(end) {
            if tokens[end].kind != .symbol || text(end) == "%" { return nil }
            if ["-", "/", "–", ".", ":"].contains(text(end)), end + 1 < tokens.count, glued(end + 1), tokens[end + 1].kind == .number { return nil }
        }
        if end < tokens.count, UnitLexicon.units[text(end)] != nil || Self.durationUnits[text(end)] != nil
            || CurrencyLexicon.names[text(end)] != nil || isWord(end, "per") || isWord(end, "percent") { return nil }
        let lo = max(0, i - 6), hi = min(tokens.count, end + 5)
        let cue = (lo..<hi).contains { tokens[$0].kind == .word && Self.scoreWords.contains(tokens[$0].text) }
        guard cue || a > b && a <= 30 else { return nil }
        return Quantity(start: i, end: end, kind: .score, low: a, high: b)
    }

    /// Street words after a house number: "1625 K Street", "10 Downing Street".
    static let streetWords: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "place", "square",
        "court", "terrace", "crescent", "row", "highway", "parkway", "plaza", "close", "gardens", "mews", "walk",
    ]

    /// A house number with its street ("1625 K Street"): the token after the street word.
    func addressEnd(at i: Int) -> Int? {
        guard tokens[i].kind == .number, !tokens[i].hasFraction, tokens[i].length <= 5 else { return nil }
        var k = i + 1
        while k < tokens.count, k <= i + 3, tokens[k].kind == .word, tokens[k].isCapitalized {
            if k > i + 1, Self.streetWords.contains(tokens[k].text) { return k + 1 }
            k += 1
        }
        return nil
    }
}
