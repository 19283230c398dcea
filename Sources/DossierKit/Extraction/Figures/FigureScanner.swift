/// One pass over a text's tokens that finds figures: dates, bounds and ranges, money, percentages,
/// measures, plain and vague numbers. Built per text; the public entry is `FigureExtractor`.
struct FigureScanner {
    let scalars: [Unicode.Scalar]
    let tokens: [FigureToken]
    let numbers: NumberPhraseScanner
    let documentDate: CivilDate?

    init(text: String, documentDate: String?) {
        scalars = Array(text.unicodeScalars)
        tokens = FigureTokenizer.tokens(scalars)
        numbers = NumberPhraseScanner(tokens: tokens)
        self.documentDate = documentDate.flatMap(CivilDate.init(iso:))
    }

    /// Every figure, in text order, without overlaps.
    func scan() -> [Quantity] {
        var out: [Quantity] = []
        let flags = tokens.map(Self.flags)
        // the index of the next token that is a number (digits, number word, fraction sign)
        var nextNumber = [Int](repeating: Int.max, count: tokens.count + 1)
        for j in stride(from: tokens.count - 1, through: 0, by: -1) {
            nextNumber[j] = flags[j] & Self.numeric != 0 ? j : nextNumber[j + 1]
        }
        var i = 0
        while i < tokens.count {
            // a word like "in" or "over" starts a figure only with a number a few tokens on
            if flags[i] & Self.trigger == 0 || flags[i] & Self.standsAlone == 0 && nextNumber[i] - i > 6 {
                i += 1
                continue
            }
            if let skip = identifierEnd(at: i) {
                i = skip
                continue
            }
            if let skip = addressEnd(at: i) {
                i = skip
                continue
            }
            if let q = score(at: i) ?? timeOfDay(at: i) ?? date(at: i) ?? bounded(at: i) ?? standalone(at: i) ?? vague(at: i) {
                out.append(q)
                i = max(q.end, i + 1)
                continue
            }
            i += 1
        }
        return carryCurrency(out)
    }

    static let trigger: UInt8 = 1, numeric: UInt8 = 2, standsAlone: UInt8 = 4

    /// What a word can do, in one lookup: begin a figure, be a number itself, or be a figure
    /// without any number (months, weekdays, "yesterday", "thousands").
    static let wordFlags: [String: UInt8] = {
        var d: [String: UInt8] = [:]
        for w in triggerWords { d[w, default: 0] |= trigger }
        for w in NumberLexicon.cardinals.keys { d[w, default: 0] |= numeric | standsAlone }
        for w in NumberLexicon.ordinals.keys { d[w, default: 0] |= numeric | standsAlone }
        for w in NumberLexicon.ordinals.keys { d[w + "s", default: 0] |= numeric }
        for w in ["half", "halves", "quarter", "quarters"] { d[w, default: 0] |= numeric | standsAlone }
        for w in Array(months.keys) + Array(weekdays.keys) + Array(vagueBases.keys)
            + ["yesterday", "today", "tonight", "tomorrow", "last", "next", "this"] {
            d[w, default: 0] |= standsAlone
        }
        for w in ["couple", "pair"] { d[w, default: 0] |= numeric }
        return d
    }()

    static func flags(_ t: FigureToken) -> UInt8 {
        switch t.kind {
        case .number: trigger | numeric | standsAlone
        case .word: t.end - t.start <= 13 ? wordFlags[t.text] ?? 0 : 0
        case .symbol:
            NumberPhraseScanner.vulgarFractions[t.text] != nil ? trigger | numeric | standsAlone
                : triggerSymbols.contains(t.text) ? trigger | standsAlone : 0
        }
    }

    /// Words that can begin a figure.
    static let triggerWords: Set<String> = {
        var s = Set(NumberLexicon.cardinals.keys).union(NumberLexicon.ordinals.keys)
        s.formUnion(["half", "halves", "quarter", "quarters", "a", "an", "minus", "negative", "between", "from", "per",
                     "percent", "u", "yesterday", "today", "tonight", "tomorrow", "last", "next", "this"])
        s.formUnion(boundPatterns.map { $0.0[0] })
        s.formUnion(months.keys)
        s.formUnion(weekdays.keys)
        s.formUnion(CurrencyLexicon.codes.keys)
        s.formUnion(CurrencyLexicon.dollarPrefixes.keys)
        s.formUnion(CurrencyLexicon.upperCaseCodes.keys.map { $0.lowercased() })
        s.formUnion(vagueBases.keys)
        return s
    }()

    static let triggerSymbols: Set<String> = Set(CurrencyLexicon.symbols.keys)
        .union(NumberPhraseScanner.vulgarFractions.keys).union(["-", "−", "+", ">", "<", "≥", "≤", "~", "."])

    // MARK: token helpers

    func isWord(_ i: Int, _ w: String) -> Bool { numbers.isWord(i, w) }
    func isSymbol(_ i: Int, _ s: String) -> Bool { numbers.isSymbol(i, s) }
    func glued(_ i: Int) -> Bool { numbers.glued(i) }
    func text(_ i: Int) -> String { i < tokens.count ? tokens[i].text : "" }

    /// Matches a sequence of lower-case words or symbols starting at `i`; returns the end index.
    func matches(_ words: [String], at i: Int) -> Int? {
        var k = i
        for w in words {
            guard k < tokens.count, tokens[k].kind != .number, tokens[k].text == w else { return nil }
            k += 1
        }
        return k
    }

    /// A figure without a leading bound: a number, read with what follows it (%, currency, unit),
    /// and then with a trailing bound ("or more") or as the start of a range ("20-30", "20 to 30").
    func standalone(at i: Int) -> Quantity? {
        guard var q = quantity(at: i) else { return nil }
        if q.isPlainNumber, let r = suspendedHyphenRange(after: q) { return r }
        if q.isPlainNumber, let r = infixRange(after: q) { return r }
        if let r = trailingBound(after: q) { q = r }
        return q
    }

    /// A number with its unit, currency or percent sign (no qualifiers).
    func quantity(at i: Int) -> Quantity? {
        if let m = prefixedMoney(at: i) { return m }
        if let p = prefixedPercent(at: i) { return p }
        guard let p = numbers.phrase(at: i), p.value != nil || p.isImprecise || tokens[i].kind == .number else { return nil }
        if isIdentifierPart(p) { return nil }
        if let m = suffixedMoney(p) { return m }
        if let pc = percent(p) { return pc }
        if let m = measure(p) { return m }
        if let d = duration(p) { return d }
        if let t = timeOfDay(at: p.start) { return t }
        if isTimeOfDay(p) || isNumberUsedAsName(p) { return nil }
        if p.isOrdinal { return Quantity(start: p.start, end: p.end, kind: .ordinal, value: p.value) }
        if let y = yearLike(p) { return dateQuantity(p.start, p.end, CivilDate.pad(y, 4)) }
        var q = Quantity(start: p.start, end: p.end, kind: .number, value: p.value)
        if p.isImprecise { q.qualifier = .approximate }
        if let s = ordinalSuffix(p) { q.kind = .ordinal; q.end = s }
        // "1000s of people": a vague amount
        if p.end == p.start + 1, isWord(p.end, "s"), glued(p.end) { q.end = p.end + 1; q.qualifier = .vague }
        return q
    }

    /// "8- to 16-meter", "320- to 640-inch": a range whose first number shares the second's unit.
    func suspendedHyphenRange(after q: Quantity) -> Quantity? {
        let k = q.end
        guard isSymbol(k, "-"), glued(k), k + 2 < tokens.count, tokens[k + 1].spaceBefore,
              isWord(k + 1, "to") || isWord(k + 1, "or") || isWord(k + 1, "and"), let lo = q.value,
              let b = quantity(at: k + 2), b.kind == .measure || b.kind == .duration, let hi = b.value, lo < hi else { return nil }
        return Quantity(start: q.start, end: b.end, kind: .range, low: lo, high: hi, unit: b.unit)
    }

    /// A bare 1900–2099 integer not followed by a lower-case word reads as a year ("won in the 2004
    /// season" is caught by the prepositions; "2000 people" stays a count).
    func yearLike(_ p: NumberPhrase) -> Int? {
        guard p.isBareInteger, p.end == p.start + 1, let y = year(at: p.start), (1900...2099).contains(y) else { return nil }
        if p.start > 0, tokens[p.start - 1].kind == .symbol, CurrencyLexicon.symbols[text(p.start - 1)] != nil { return nil }
        if p.end < tokens.count {
            let next = tokens[p.end]
            if next.kind == .word, !next.isCapitalized { return nil }
            if next.kind == .symbol, ["%", "-", "–", "/", "^", "~"].contains(next.text) { return nil }
            if next.kind == .number { return nil }
        }
        return y
    }

    /// "Windows 2000", "Euro 2004": a year right after a capitalized name is part of the name.
    /// The same holds for any bare number right after a capitalized word inside a sentence:
    /// "Channel 4", "Article 5", "Apollo 11", "Formula One", "Room 101".
    func isNumberUsedAsName(_ p: NumberPhrase) -> Bool {
        let i = p.start
        guard p.end == i + 1, i > 1, p.isBareInteger || tokens[i].kind == .word && tokens[i].isCapitalized,
              tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, tokens[i].spaceBefore else { return false }
        let before = tokens[i - 1].text
        guard Self.months[before] == nil, Self.weekdays[before] == nil, !Self.yearPrepositions.contains(before),
              Self.wordFlags[before].map({ $0 & Self.trigger == 0 }) ?? true,
              NumberLexicon.cardinals[before] == nil else { return false }
        return ![".", "!", "?", "\"", "“", ":", "\n"].contains(tokens[i - 2].text)
    }

    /// "21st", "3rd": the token after the suffix, when one is glued on.
    func ordinalSuffix(_ p: NumberPhrase) -> Int? {
        guard p.end == p.start + 1, tokens[p.start].kind == .number, !tokens[p.start].hasFraction, p.end < tokens.count, glued(p.end), ["st", "nd", "rd", "th"].contains(text(p.end)) else { return nil }
        return p.end + 1
    }

    /// "6pm", "11 am", "10:30": times of day are not figures.
    func isTimeOfDay(_ p: NumberPhrase) -> Bool {
        if ["pm", "am", "p.m", "a.m", "gmt", "bst", "utc"].contains(text(p.end)) { return true }
        return isSymbol(p.end, ":") && glued(p.end) && p.end + 1 < tokens.count && tokens[p.end + 1].kind == .number
    }
}
