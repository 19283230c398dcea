/// Measures: a number with a unit ("200 km", "75ml", "3-inch", "1.5 million gallon", "10km/hr",
/// "188 miles an hour", "5 ft 2 in", "20 {kg}").
extension FigureScanner {
    /// Words after a glued "m" that make it "million" rather than "metre" ("3m people").
    static let notPluralNouns: Set<String> = ["is", "was", "has", "as", "its", "this", "his", "us", "yes", "plus", "across"]

    func measure(_ p: NumberPhrase) -> Quantity? {
        guard let v = p.value, !p.isOrdinal else { return nil }
        var k = p.end
        // "a quarter of a mile", "three quarters of an hour" (durations stay numbers)
        if v < 1, isWord(k, "of"), isWord(k + 1, "a") || isWord(k + 1, "an") { k += 2 }
        var closing: String?
        if k < tokens.count, isSymbol(k, "-"), glued(k), glued(k + 1) { k += 1 }
        else if isSymbol(k, "{") || isSymbol(k, "<") || isSymbol(k, "(") || isSymbol(k, "[") {
            closing = ["{": "}", "<": ">", "(": ")", "[": "]"][text(k)]
            k += 1
        }
        if v < 1, k == p.end, isWord(k, "a") || isWord(k, "an") { k += 1 }   // "half a mile"
        guard let (unit, end0) = unit(at: k, gluedToNumber: glued(k) && k == p.end) ?? inches(at: k, after: p) else { return nil }
        var end = end0
        if let closing {
            guard isSymbol(end, closing) else { return nil }
            end += 1
        }
        // "14m customers", "3m people": a glued "m" before a plural noun is million, not metres
        if text(k) == "m", glued(k), !isLengthContext(number: p, after: end), end < tokens.count, tokens[end].kind == .word,
           tokens[end].text.hasSuffix("s") && !Self.notPluralNouns.contains(tokens[end].text)
            || ["of", "people", "children", "men", "women"].contains(tokens[end].text) {
            return Quantity(start: p.start, end: end, kind: .number, value: v * 1e6)
        }
        var q = Quantity(start: p.start, end: end, kind: .measure, value: v, unit: unit)
        if unit == "Foot" { addInches(to: &q) }
        return q
    }

    static let lengthWords: Set<String> = [
        "tall", "high", "long", "wide", "deep", "away", "above", "below", "x", "by", "race", "sprint", "hurdles",
        "freestyle", "final", "dash", "relay", "metres", "meters", "high", "thick", "square",
    ]

    /// "a 1.8m wall", "1.8m tall", "400m race", "1m is equal to 10 dm": a glued "m" read as metres.
    func isLengthContext(number p: NumberPhrase, after end: Int) -> Bool {
        if end >= tokens.count || tokens[end].kind == .symbol && [".", "!", "?", ")", ";"].contains(tokens[end].text)
            && (end + 1 >= tokens.count) { return true }
        if p.start > 0, ["a", "the", "an"].contains(text(p.start - 1)) { return true }
        if Self.lengthWords.contains(text(end)) { return true }
        // another measure close by: "1m is equal to 10 dm"
        for k in end..<min(end + 5, tokens.count) where tokens[k].kind == .number {
            if k + 1 < tokens.count, let u = UnitLexicon.units[text(k + 1)], u.hasSuffix("meter") || u == "Meter" { return true }
        }
        return false
    }

    /// The unit starting at `k` and the token after it.
    func unit(at k: Int, gluedToNumber: Bool) -> (String, Int)? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        if t.kind == .symbol {
            if t.text == "°" {
                if glued(k + 1), ["c", "f"].contains(text(k + 1)) { return (UnitLexicon.units["°" + text(k + 1)]!, k + 2) }
                return ("Degree", k + 1)
            }
            // 12" screen, 10 " long: an inch mark stands apart from the next word ("2.5 million "robots" opens a quotation)
            if t.text == "\"", k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].spaceBefore { return ("Inch", k + 1) }
            return nil
        }
        guard t.kind == .word else { return nil }
        // km/h, km/hr, m/s
        if isSymbol(k + 1, "/"), glued(k + 1), glued(k + 2), let u = UnitLexicon.units[t.text + "/" + text(k + 2)] {
            return (u, k + 3)
        }
        // km2, m2, m3
        if k + 1 < tokens.count, glued(k + 1), tokens[k + 1].kind == .number, let u = UnitLexicon.units[t.text + tokens[k + 1].text] {
            return (u, k + 2)
        }
        if k + 1 < tokens.count, glued(k + 1), tokens[k + 1].kind == .word { return nil }
        for n in stride(from: 3, through: 2, by: -1) where k + n <= tokens.count {
            let phrase = (k..<k + n).map { tokens[$0].text }.joined(separator: " ")
            if let u = UnitLexicon.units[phrase] { return (u, k + n) }
        }
        guard let u = UnitLexicon.units[t.text] else { return nil }
        // single capital letters are names ("3G", "10M"), except L for litres
        if t.length == 1, t.isCapitalized, !["l", "c", "f"].contains(t.text) { return nil }
        if UnitLexicon.abbreviationsNeedingDigits.contains(t.text), !gluedToNumber, t.text != "m" {
            // a spaced abbreviation of two letters or more right after digits: "930,000 mi", "40 ha"
            guard t.length >= 2, k > 0, tokens[k - 1].kind == .number else { return nil }
        }
        if t.length == 1, isSymbol(k + 1, "."), k + 2 < tokens.count, tokens[k + 2].kind == .word, glued(k + 1) { return nil }
        if (t.text == "pound" || t.text == "pounds"), isWord(k + 1, "sterling") { return nil }
        return (u, k + 1)
    }

    static let sizeWords: Set<String> = ["long", "wide", "tall", "thick", "deep", "high", "x", "by", "across", "diameter", "thin"]

    /// "in" as inches: after a fraction ("2 1/2 in"), before a size word ("6 in long") or ending a
    /// clause ("a 2 in."); elsewhere "in" is the preposition ("3 in 10", "5 in the morning").
    func inches(at k: Int, after p: NumberPhrase) -> (String, Int)? {
        guard k == p.end, isWord(k, "in"), let v = p.value else { return nil }
        if v != v.rounded(), !p.isWords { return ("Inch", isSymbol(k + 1, ".") && glued(k + 1) ? k + 2 : k + 1) }
        if isSymbol(k + 1, ".") && glued(k + 1) && !(k + 2 < tokens.count && tokens[k + 2].isCapitalized) { return ("Inch", k + 2) }
        if k + 1 < tokens.count, Self.sizeWords.contains(text(k + 1)) { return ("Inch", k + 1) }
        return nil
    }

    /// "5 ft 2 in", "5 feet and 2 inches" → 5.1667 feet.
    func addInches(to q: inout Quantity) {
        var k = q.end
        if isWord(k, "and") { k += 1 }
        guard k + 1 < tokens.count, tokens[k].kind == .number, let inches = tokens[k].value,
              ["in", "inch", "inches", "\""].contains(text(k + 1)) else { return }
        q.value = (q.value ?? 0) + inches / 12
        q.end = k + 2
    }
}
