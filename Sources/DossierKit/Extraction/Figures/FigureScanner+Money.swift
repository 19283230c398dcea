/// Money ("$2", "US$ 150 million", "€10M", "125 million australian dollars", "thirteen dollars
/// forty-five cents", "30 MUSD") and percentages ("35%", "35 per cent", "per cent of 210").
extension FigureScanner {
    typealias Currency = CurrencyLexicon.Currency

    static let scaleSuffixes: [String: Double] = ["m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "trn": 1e12]

    /// The currency written before an amount at `i`, and the token after it.
    func currencyPrefix(at i: Int) -> (Currency, Int)? {
        let t = tokens[i]
        if t.kind == .symbol, let c = CurrencyLexicon.symbols[t.text] { return (c, i + 1) }
        guard t.kind == .word else { return nil }
        if t.text == "u", isSymbol(i + 1, "."), isWord(i + 2, "s") {
            var k = i + 3
            if isSymbol(k, ".") { k += 1 }
            if isSymbol(k, "$") { return (CurrencyLexicon.dollarPrefixes["us"]!, k + 1) }
        }
        if let c = CurrencyLexicon.dollarPrefixes[t.text], isSymbol(i + 1, "$"),
           glued(i + 1) || !["a", "s", "r"].contains(t.text) { return (c, i + 2) }
        if let c = CurrencyLexicon.codes[t.text] { return (c, i + 1) }
        if t.isCapitalized, t.length == 3, let c = CurrencyLexicon.upperCaseCodes[wordAsWritten(i)] { return (c, i + 1) }
        return nil
    }

    func wordAsWritten(_ i: Int) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[tokens[i].start..<tokens[i].end])
        return s
    }

    func prefixedMoney(at i: Int) -> Quantity? {
        guard let (cur, k) = currencyPrefix(at: i), k < tokens.count,
              let p = numbers.phrase(at: k), var v = p.value, !p.isOrdinal else { return nil }
        var end = p.end
        if end < tokens.count, glued(end), tokens[end].kind == .word, let s = Self.scaleSuffixes[text(end)] {
            v *= s; end += 1
        } else if end < tokens.count, tokens[end].kind == .word, ["m", "bn", "mn"].contains(text(end)), !tokens[end].isCapitalized,
                  end + 1 >= tokens.count || tokens[end + 1].kind == .symbol, let s = Self.scaleSuffixes[text(end)] {
            v *= s; end += 1   // "$458 m (£242.7m)": a spaced scale ending the amount
        }
        var q = Quantity(start: i, end: end, kind: .money, value: v, unit: cur.unit, currency: cur.code)
        if let name = currencyName(at: end), name.multiplier == 1, name.currency.code == cur.code,
           !name.currency.isSubunit { q.end = name.end }   // "$ 10 dollars"
        addSubunit(to: &q, currency: cur)
        if p.isImprecise { q.qualifier = .approximate }
        return q
    }

    /// A currency written after an amount, starting at `k`: a symbol ("10 €", "100元"), a code
    /// ("115usd", "40 rmb", "30 MUSD" = millions), a name ("dollars", "australian dollars", "pounds sterling").
    func currencyName(at k: Int) -> (currency: Currency, end: Int, multiplier: Double)? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        if t.kind == .symbol, let c = CurrencyLexicon.symbols[t.text] { return (c, k + 1, 1) }
        guard t.kind == .word else { return nil }
        let w = t.text
        if let c = CurrencyLexicon.codes[w] { return (c, k + 1, 1) }
        if t.isCapitalized, w.count == 3, let c = CurrencyLexicon.upperCaseCodes[wordAsWritten(k)] { return (c, k + 1, 1) }
        if w.count == 4, w.hasPrefix("m"), let c = CurrencyLexicon.codes[String(w.dropFirst())] { return (c, k + 1, 1e6) }
        // adjective + name: "us dollars", "swiss francs", "hong kong dollars", "new zealand dollars"
        if let table = CurrencyLexicon.qualified[w] {
            var n = k + 1
            if w == "u", isSymbol(n, "."), isWord(n + 1, "s") { n += 2 }
            if n < tokens.count, let c = table[CurrencyLexicon.base(text(n))] { return (c, n + 1, 1) }
        }
        if w == "u", isSymbol(k + 1, "."), isWord(k + 2, "s"), isWord(k + 3, "dollars") || isWord(k + 3, "dollar") {
            return (CurrencyLexicon.qualified["us"]!["dollar"]!, k + 4, 1)
        }
        if (w == "pound" || w == "pounds"), isWord(k + 1, "sterling") { return (CurrencyLexicon.symbols["£"]!, k + 2, 1) }
        if w == "p", !glued(k) { return nil }
        if let c = CurrencyLexicon.names[w] { return (c, k + 1, 1) }
        return nil
    }

    /// An amount followed by its currency.
    func suffixedMoney(_ p: NumberPhrase) -> Quantity? {
        guard let v = p.value, !p.isOrdinal else { return nil }
        var k = p.end
        var value = v
        if k < tokens.count, glued(k), tokens[k].kind == .word, let s = Self.scaleSuffixes[text(k)], text(k) != "m" || currencyName(at: k + 1) != nil {
            value *= s; k += 1
        }
        // "new zealand dollars", "hong kong dollars": start the name one word earlier
        var nameStart = k
        if isWord(k, "new") || isWord(k, "hong") { nameStart = k + 1 }
        guard let name = currencyName(at: nameStart) else { return nil }
        if nameStart != k, name.end <= nameStart + 1 { return nil }
        var q = Quantity(start: p.start, end: name.end, kind: .money, value: value * name.multiplier,
                         unit: name.currency.unit, currency: name.currency.code)
        addSubunit(to: &q, currency: name.currency)
        if p.isImprecise { q.qualifier = .approximate }
        return q
    }

    /// "thirteen dollars forty-five cents", "15 dollars and 50", "10 $ 30 cent", "17 USD 25".
    func addSubunit(to q: inout Quantity, currency: Currency) {
        guard !currency.isSubunit, let v = q.value, v == v.rounded() else { return }
        var k = q.end
        let hadAnd = isWord(k, "and")
        if hadAnd { k += 1 }
        guard k < tokens.count, let p = numbers.phrase(at: k), let c = p.value, !p.isOrdinal,
              c >= 1, c < 100, c == c.rounded() else { return }
        var end = p.end
        if let name = currencyName(at: end), name.currency.isSubunit {
            end = name.end
        } else {
            let endsSentence = end >= tokens.count || [".", ",", ";", "!", "?", ")"].contains(text(end))
            guard hadAnd ? endsSentence : (tokens[q.end - 1].kind != .number && endsSentence) else { return }
        }
        q.value = v + c / 100
        q.end = end
    }

    /// "1bn euros now, with another 550m to follow": an amount with a glued "m" or "bn" and no currency,
    /// a few words after money in the same sentence, is money in that currency (not 550 metres).
    func carryCurrency(_ found: [Quantity]) -> [Quantity] {
        var out = found
        var last: Quantity?
        for j in out.indices {
            let q = out[j]
            if q.kind == .money { last = q; continue }
            guard let m = last, q.start - m.end <= 20, q.end == q.start + 2, tokens[q.start].kind == .number,
                  let v = tokens[q.start].value, glued(q.start + 1), let scale = ["m": 1e6, "bn": 1e9, "mn": 1e6][text(q.start + 1)],
                  q.kind == .measure && q.unit == "Meter" || q.kind == .number,
                  !Self.lengthWords.contains(text(q.end)) else { continue }
            let crossesSentence = (m.end..<q.start).contains { k in
                tokens[k].kind == .symbol && [".", "!", "?"].contains(tokens[k].text) && k + 1 < tokens.count && tokens[k + 1].spaceBefore
            } || scalars[tokens[m.end - 1].end..<tokens[q.start].start].contains("\n")
            guard !crossesSentence else { continue }
            out[j] = Quantity(start: q.start, end: q.end, kind: .money, value: v * scale, unit: m.unit, currency: m.currency,
                              qualifier: q.qualifier)
        }
        return out
    }

    // MARK: percent

    /// "35%", "35 per cent", "35 percent", "100 percentage".
    func percent(_ p: NumberPhrase) -> Quantity? {
        guard let v = p.value, !p.isOrdinal else { return nil }
        let k = p.end
        var end: Int?
        if isSymbol(k, "%") || isSymbol(k, "٪") { end = k + 1 }
        else if isWord(k, "percent") || isWord(k, "percentage") || isWord(k, "pct") || isWord(k, "percents") { end = k + 1 }
        else if isWord(k, "per"), isWord(k + 1, "cent") { end = k + 2 }
        guard let end else { return nil }
        return Quantity(start: p.start, end: end, kind: .percent, value: v)
    }

    /// "per cent of 210": the word first.
    func prefixedPercent(at i: Int) -> Quantity? {
        var k: Int
        if isWord(i, "per"), isWord(i + 1, "cent") { k = i + 2 } else if isWord(i, "percent") { k = i + 1 } else { return nil }
        guard i == 0 || tokens[i - 1].kind != .number, isWord(k, "of") else { return nil }
        k += 1
        guard let p = numbers.phrase(at: k), let v = p.value, !p.isOrdinal else { return nil }
        return Quantity(start: i, end: p.end, kind: .percent, value: v)
    }
}
