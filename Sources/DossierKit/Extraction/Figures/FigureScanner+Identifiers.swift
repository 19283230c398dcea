/// Numbers that are not figures: versions and IP addresses ("3.2.1"), phone numbers
/// ("+1-222-2222-2222", "555-1234"), codes glued to words ("COVID-19", "24703L202").
extension FigureScanner {
    /// When an identifier starts at `i`, the token index after it.
    func identifierEnd(at i: Int) -> Int? {
        let t = tokens[i]
        if t.kind == .number, t.isDottedIdentifier { return chainEnd(from: i).end }
        // international phone numbers: "+1-222-2222-2222", "+44 20 7946 0958", "+44 (0)20 7946 0958"
        if t.kind == .symbol, t.text == "+", glued(i + 1), i + 1 < tokens.count, tokens[i + 1].kind == .number,
           tokens[i + 1].length <= 3 {
            var k = i + 1
            var groups = 0
            while k < tokens.count, tokens[k].kind == .number || ["-", "(", ")", "/", "."].contains(tokens[k].text) && k + 1 < tokens.count && tokens[k + 1].kind != .word {
                if tokens[k].kind == .number { groups += 1 }
                k += 1
            }
            if groups >= 2 { return k }
        }
        guard t.kind == .number else { return nil }
        if let end = codeChunkEnd(at: i) { return end }
        // national phone numbers: "0800 123 4567", "020 7946 0958"
        if t.text.hasPrefix("0"), t.length >= 3, !t.hasFraction, i + 1 < tokens.count, tokens[i + 1].kind == .number,
           tokens[i + 1].spaceBefore, (3...4).contains(tokens[i + 1].length) {
            var k = i + 1
            while k < tokens.count, tokens[k].kind == .number, (3...4).contains(tokens[k].length) { k += 1 }
            return k
        }
        let c = chainEnd(from: i)
        if c.count >= 3 { return dateFromChain(at: i) == nil ? c.end : nil }
        if c.count == 2, isSymbol(i + 1, "-"), t.length == 3, tokens[i + 2].length == 4 { return c.end }
        return nil
    }

    /// The glued run of tokens (no spaces) around `i`: its first and end token.
    func chunk(around i: Int) -> Range<Int> {
        var a = i, b = i + 1
        while a > 0, glued(a) { a -= 1 }
        while b < tokens.count, glued(b) { b += 1 }
        return a..<b
    }

    /// Letters and digits mixed in one run, nothing else ("7B38", "91CF").
    func isMixedCode(_ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 8 else { return false }
        var words = false, numbers = false
        for k in r {
            switch tokens[k].kind {
            case .word: words = true
            case .number: numbers = true
            case .symbol: return false
            }
        }
        return words && numbers
    }

    /// A letter-digit code among other such codes ("… 7B38 148C DDD6 …", a key fingerprint or a
    /// serial number): the token after its run.
    func codeChunkEnd(at i: Int) -> Int? {
        let r = chunk(around: i)
        guard r.lowerBound == i, isMixedCode(r) else { return nil }
        let before = r.lowerBound > 0 ? chunk(around: r.lowerBound - 1) : nil
        let after = r.upperBound < tokens.count ? chunk(around: r.upperBound) : nil
        let codeLike: (Range<Int>?) -> Bool = { c in
            guard let c else { return false }
            if self.isMixedCode(c) { return true }
            // an upper-case letter group such as "DDD6" or "CAFE" next to digits
            return c.count == 1 && self.tokens[c.lowerBound].kind == .word && self.tokens[c.lowerBound].length == 4
                && self.wordAsWritten(c.lowerBound).allSatisfy { $0.isUppercase }
        }
        return codeLike(before) || codeLike(after) ? r.upperBound : nil
    }

    /// The end of a run `number (sep number)*` with separators - / . glued on both sides.
    func chainEnd(from i: Int) -> (end: Int, count: Int) {
        var k = i + 1
        var count = 1
        while k + 1 < tokens.count, tokens[k].kind == .symbol, ["-", "/", "."].contains(tokens[k].text),
              glued(k), glued(k + 1), tokens[k + 1].kind == .number {
            k += 2
            count += 1
        }
        return (k, count)
    }

    /// Glued suffixes a number may carry and still be a figure.
    static let allowedSuffixes: Set<String> = [
        "k", "m", "bn", "b", "mn", "tn", "st", "nd", "rd", "th", "s", "pm", "am", "p", "x",
    ]

    /// A number that is part of a code or name rather than a quantity.
    func isIdentifierPart(_ p: NumberPhrase) -> Bool {
        let i = p.start
        guard tokens[i].kind == .number else { return false }
        if i > 0, tokens[i - 1].kind == .word, glued(i), !isCurrencyWord(tokens[i - 1].text) { return true }
        if i > 1, isSymbol(i - 1, "-"), glued(i), glued(i - 1), tokens[i - 2].kind == .word,
           NumberLexicon.atom(tokens[i - 2].text) == nil,
           !(i > 2 && tokens[i - 3].kind == .number && glued(i - 2)) { return true }
        if i > 0, isSymbol(i - 1, "^"), glued(i) { return true }
        // inside a glued chunk that began as a code: "scp2-173m", "A4-300"
        var j = i - 1
        while j >= 0, glued(j + 1) {
            if tokens[j].kind == .word, tokens[j + 1].kind == .number, !isCurrencyWord(tokens[j].text) { return true }
            j -= 1
        }
        let e = p.end
        if e < tokens.count, glued(e), tokens[e].kind == .word {
            let w = tokens[e].text
            if w.count == 1, tokens[e].isCapitalized, !["m", "k", "b", "l", "c", "f"].contains(w) { return true }   // "3G", "3D"
            if e + 1 < tokens.count, glued(e + 1), tokens[e + 1].kind == .number, !["km", "m", "sq"].contains(w) { return true }
            if !(Self.allowedSuffixes.contains(w) || UnitLexicon.units[w] != nil || isCurrencyWord(w)
                 || CurrencyLexicon.names[w] != nil) { return true }
        }
        return false
    }

    func isCurrencyWord(_ w: String) -> Bool {
        CurrencyLexicon.codes[w] != nil
            || (w.count == 4 && w.hasPrefix("m") && CurrencyLexicon.codes[String(w.dropFirst())] != nil)
    }
}
