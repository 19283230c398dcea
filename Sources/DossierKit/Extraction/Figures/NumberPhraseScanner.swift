import Foundation

/// Reads one number starting at a token: digits with sign, glued "k" suffix, exponent ("1.1^23"),
/// slash fractions ("-4/5", "2 1/4"), vulgar fractions ("¾"), words ("one hundred and three and two
/// thirds"), ratios ("1 over 3", "1 in twenty-one") and "… of a million".
struct NumberPhraseScanner {
    let tokens: [FigureToken]

    static let vulgarFractions: [String: Double] = [
        "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
        "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
        "⅑": 1 / 9, "⅒": 1 / 10,
    ]

    /// Pronoun uses of "one" ("the one you mentioned", "which one") are not numbers.
    static let pronounDeterminers: Set<String> = [
        "the", "that", "this", "which", "each", "every", "any", "no", "another", "only", "last", "next",
        "little", "big", "new", "old", "right", "wrong", "other", "such", "a", "one", "someone", "anyone",
    ]

    func glued(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

    func isSymbol(_ i: Int, _ s: String) -> Bool { i < tokens.count && tokens[i].kind == .symbol && tokens[i].text == s }

    func isWord(_ i: Int, _ w: String) -> Bool { i < tokens.count && tokens[i].kind == .word && tokens[i].text == w }

    /// A number starting exactly at token `i`, if one does.
    func phrase(at i: Int) -> NumberPhrase? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        var p: NumberPhrase?
        switch t.kind {
        case .number:
            p = digits(at: i)
        case .symbol:
            if (t.text == "-" || t.text == "−"), glued(i + 1), i + 1 < tokens.count, tokens[i + 1].kind == .number,
               i == 0 || t.spaceBefore || tokens[i - 1].kind == .symbol && tokens[i - 1].text != "^",
               !(i > 0 && tokens[i - 1].kind == .number),
               var q = digits(at: i + 1), let v = q.value {
                q.start = i; q.value = -v; q.isBareInteger = false
                p = q
            } else if let v = Self.vulgarFractions[t.text] {
                p = NumberPhrase(start: i, end: i + 1, value: v)
            }
        case .word:
            p = words(at: i)
        }
        guard var phrase = p else { return nil }
        extendRatio(&phrase)
        return phrase
    }

    /// A digit token with what is glued to it.
    private func digits(at i: Int) -> NumberPhrase? {
        let t = tokens[i]
        guard !t.isDottedIdentifier else { return nil }
        var p = NumberPhrase(start: i, end: i + 1, value: t.value, isBareInteger: !t.hasFraction && !t.text.contains(","),
                             isImprecise: t.isImprecise)
        // exponent: 1.1^23, 2.5^-1
        if isSymbol(i + 1, "^"), glued(i + 1) {
            var k = i + 2
            var negative = false
            while isSymbol(k, "-"), glued(k) { negative.toggle(); k += 1 }
            if k < tokens.count, tokens[k].kind == .number, glued(k), let e = tokens[k].value, let b = t.value {
                p.value = pow(b, negative ? -e : e)
                p.end = k + 1
                p.isBareInteger = false
                return p
            }
        }
        // scientific: 6.23x10^-4
        if isWord(i + 1, "x"), glued(i + 1), glued(i + 2), i + 2 < tokens.count, tokens[i + 2].text == "10",
           isSymbol(i + 3, "^"), glued(i + 3), let b = t.value {
            var k = i + 4
            var negative = false
            while isSymbol(k, "-"), glued(k) { negative.toggle(); k += 1 }
            if k < tokens.count, tokens[k].kind == .number, glued(k), let e = tokens[k].value {
                return NumberPhrase(start: i, end: k + 1, value: b * pow(10, negative ? -e : e))
            }
        }
        // scientific: 2.48×10−5, 3 x 10^8, 6.0 × 10⁻³
        if let sci = scientific(at: i) { return sci }
        // slash fraction: 4/5 (but not dates like 5/17/2018)
        if isSymbol(i + 1, "/"), glued(i + 1), glued(i + 2), i + 2 < tokens.count, tokens[i + 2].kind == .number,
           !(isSymbol(i + 3, "/") && glued(i + 3)), let a = t.value, let b = tokens[i + 2].value, b != 0,
           !t.hasFraction, !tokens[i + 2].hasFraction {
            return NumberPhrase(start: i, end: i + 3, value: a / b)
        }
        // mixed: 2 1/4, 2½
        if i + 1 < tokens.count, let v = t.value, !t.hasFraction {
            if let f = Self.vulgarFractions[tokens[i + 1].text] {
                p.value = v + f; p.end = i + 2; p.isBareInteger = false
                return p
            }
            if tokens[i + 1].kind == .number, isSymbol(i + 2, "/"), glued(i + 2), glued(i + 3),
               i + 3 < tokens.count, tokens[i + 3].kind == .number, let a = tokens[i + 1].value,
               let b = tokens[i + 3].value, b > a, !(isSymbol(i + 4, "/") && glued(i + 4)) {
                p.value = v + a / b; p.end = i + 4; p.isBareInteger = false
                return p
            }
        }
        // 10M views: a glued capital M is million (a lower-case m may be metres)
        if isWord(i + 1, "m"), glued(i + 1), tokens[i + 1].isCapitalized, let v = p.value,
           !(i + 2 < tokens.count && glued(i + 2) && tokens[i + 2].kind == .word) {
            p.value = v * 1e6; p.end = i + 2; p.isBareInteger = false
            return p
        }
        // 100k, 2.33 k (a spaced capital K is a name: "1625 K Street")
        if isWord(i + 1, "k"), glued(i + 1) || !tokens[i + 1].isCapitalized, !(i + 2 < tokens.count && tokens[i + 2].kind == .word && glued(i + 2)), let v = p.value {
            p.value = v * 1000; p.end = i + 2; p.isBareInteger = false
            return p
        }
        // 3 hundred, 1.5 million, 35 lakh, 3 dozens (words may follow digits)
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, let atom = NumberLexicon.atom(tokens[i + 1].text),
           case .cardinal(_, let c) = atom, c == .hundred || c == .scale {
            let (atoms, map) = atomRun(from: i)
            if let r = WordNumberParser.longest(atoms[...]), r.count > 1 {
                return NumberPhrase(start: i, end: map[r.count - 1] + 1, value: r.value, isOrdinal: r.isOrdinal)
            }
        }
        return p
    }

    static let superscripts: [String: Double] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]

    /// "2.48×10−5", "3 x 10^8", "6.0 × 10⁻³", "1.6x10-19": a mantissa times a power of ten.
    private func scientific(at i: Int) -> NumberPhrase? {
        guard let b = tokens[i].value, i + 2 < tokens.count else { return nil }
        let times = isSymbol(i + 1, "×") || isSymbol(i + 1, "·") || isWord(i + 1, "x")
        guard times, tokens[i + 2].text == "10", tokens[i + 2].kind == .number else { return nil }
        var k = i + 3
        if isSymbol(k, "^"), glued(k) { k += 1 }
        var negative = false
        if k < tokens.count, glued(k), ["-", "−", "⁻", "+", "⁺"].contains(tokens[k].text), tokens[k].kind == .symbol {
            negative = ["-", "−", "⁻"].contains(tokens[k].text)
            k += 1
        }
        var exponent: Double?
        var end = k
        if k < tokens.count, glued(k), tokens[k].kind == .number, !tokens[k].hasFraction, tokens[k].length <= 3 {
            exponent = tokens[k].value
            end = k + 1
        } else {
            var e = 0.0
            while end < tokens.count, glued(end), end - k < 3, let d = Self.superscripts[tokens[end].text] { e = e * 10 + d; end += 1 }
            if end > k { exponent = e }
        }
        // "3 x 10" with no exponent is a product, not a number in scientific notation
        guard let e = exponent, end > i + 3 else { return nil }
        let v = b * pow(10, negative ? -e : e)
        guard v.isFinite else { return nil }
        return NumberPhrase(start: i, end: end, value: v)
    }

    /// Written numbers: "twenty-one", "a dozen", "one hundred and three and two thirds".
    private func words(at i: Int) -> NumberPhrase? {
        let w = tokens[i].text
        let isArticle = w == "a" || w == "an"
        guard NumberLexicon.startsNumber(w) || isArticle else { return nil }
        if isArticle {
            guard i + 1 < tokens.count, tokens[i + 1].kind == .word, let next = NumberLexicon.atom(tokens[i + 1].text) else { return nil }
            switch next {
            case .cardinal, .fractionWord, .ordinal: break
            default: return nil
            }
        }
        // "half of the country", "a quarter of voters"
        if w == "half" || w == "quarter", isWord(i + 1, "of") {
            return NumberPhrase(start: i, end: i + 1, value: w == "half" ? 0.5 : 0.25, isWords: true)
        }
        // "a dozen and a half" = 18, "a million and a half"
        if w == "a" || w == "an" || w == "one", i + 4 < tokens.count, isWord(i + 2, "and"), isWord(i + 3, "a"), isWord(i + 4, "half"),
           case .cardinal(let s, let c)? = NumberLexicon.atom(tokens[i + 1].text), c == .scale || c == .hundred,
           // "one billion and a half million" is 1,000,500,000: the half belongs to the next scale
           !(i + 5 < tokens.count && NumberLexicon.cardinals[tokens[i + 5].text]?.1 == .scale) {
            return NumberPhrase(start: i, end: i + 5, value: 1.5 * s, isWords: true)
        }
        // "half an hour", "half a mile": the fraction before a unit
        if w == "half" || w == "quarter", isWord(i + 1, "a") || isWord(i + 1, "an"), i + 2 < tokens.count,
           UnitLexicon.units[tokens[i + 2].text] != nil || FigureScanner.durationUnits[tokens[i + 2].text] != nil {
            return NumberPhrase(start: i, end: i + 1, value: w == "half" ? 0.5 : 0.25, isWords: true)
        }
        // "half a dozen" = 6, "half a million", "a quarter of a million"
        if w == "half", isWord(i + 1, "a") || isWord(i + 1, "an"), i + 2 < tokens.count,
           case .cardinal(let s, let c)? = NumberLexicon.atom(tokens[i + 2].text), c == .scale || c == .hundred {
            return NumberPhrase(start: i, end: i + 3, value: 0.5 * s, isWords: true)
        }
        let (atoms, map) = atomRun(from: i)
        // "a third time" is an ordinal use; "a third of" and "two thirds" are fractions
        let singular = singularFractionAllowed(after: map)
        guard let r = WordNumberParser.longest(atoms[...], singularFractions: singular) else { return nil }
        let end = map[r.count - 1] + 1
        if r.count == 1, w == "one", i > 0, Self.pronounDeterminers.contains(tokens[i - 1].text) { return nil }
        if r.count == 1, w == "one", isWord(i + 1, "another") || isWord(i + 1, "of") && isWord(i + 2, "them") { return nil }
        if isArticle, r.isOrdinal { return nil }
        var p = NumberPhrase(start: i, end: end, value: r.value, isOrdinal: r.isOrdinal, isWords: true)
        // "a dozen and a half" = 18, "a million and a half"
        if !r.isOrdinal, isWord(end, "and"), isWord(end + 1, "a"), isWord(end + 2, "half"),
           case .cardinal(let s, let c)? = r.count <= atoms.count ? atoms[r.count - 1] : nil, c == .scale || c == .hundred, r.value == s {
            p.value = 1.5 * s; p.end = end + 3
        }
        // "two thirds of a million"
        if !r.isOrdinal, r.value < 1, isWord(end, "of") {
            var k = end + 1
            if isWord(k, "a") { k += 1 }
            if k < tokens.count, case .cardinal(let s, .scale)? = NumberLexicon.atom(tokens[k].text), s >= 1000 {
                p.value = r.value * s; p.end = k + 1
            }
        }
        return p
    }

    /// "a third" is a fraction before "of", "and", "or", "to", "than" or the end; else an ordinal use.
    private func singularFractionAllowed(after map: [Int]) -> Bool {
        guard let lastTok = map.last else { return true }
        let next = lastTok + 1
        guard next < tokens.count, tokens[next].kind == .word else { return true }
        return ["of", "and", "or", "to", "than"].contains(tokens[next].text)
    }

    /// The atoms of the number-word run starting at `i`, and the token index of each atom.
    func atomRun(from i: Int) -> ([NumberLexicon.Atom], [Int]) {
        var atoms: [NumberLexicon.Atom] = []
        var map: [Int] = []
        var k = i
        while k < tokens.count, atoms.count < 24 {
            let t = tokens[k]
            let atom: NumberLexicon.Atom?
            switch t.kind {
            case .number:
                atom = t.isDottedIdentifier || t.value == nil || t.hasFraction && !atoms.isEmpty ? nil : .cardinal(t.value!, .digits)
            case .word:
                atom = NumberLexicon.atom(t.text)
            case .symbol:
                atom = t.text == "-" ? .hyphen : nil
            }
            guard let a = atom else { break }
            if t.kind == .number, !atoms.isEmpty { atoms.append(a); map.append(k); break }
            atoms.append(a)
            map.append(k)
            k += 1
        }
        return (atoms, map)
    }

    /// "2000 over 3", "one over twenty", "1 in twenty-one" (only when the first is smaller).
    private func extendRatio(_ p: inout NumberPhrase) {
        guard !p.isOrdinal, let a = p.value, p.end + 1 < tokens.count else { return }
        let over = isWord(p.end, "over"), inWord = isWord(p.end, "in")
        guard over || inWord, let q = phrase(atSimple: p.end + 1), let b = q.value, b != 0, !q.isOrdinal else { return }
        if inWord {
            guard a < b, b <= 1000, a == a.rounded(), b == b.rounded(), !(q.isBareInteger && b >= 1000) else { return }
        }
        if over, q.end < tokens.count, UnitLexicon.durations.contains(tokens[q.end].text) { return }
        p.value = a / b
        p.end = q.end
        p.isBareInteger = false
    }

    private func phrase(atSimple i: Int) -> NumberPhrase? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number { return digits(at: i) }
        if tokens[i].kind == .word { return words(at: i) }
        return nil
    }
}
