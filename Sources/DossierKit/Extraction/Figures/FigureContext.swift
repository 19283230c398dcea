/// What a figure counts and who is said to have stated it, read from its sentence:
/// "around 98,000 Russians entered the country since …" counts "Russians entered the country";
/// "According to X, … the Y news agency reported" gives the source "X (via Y news agency)".
struct FigureContext {
    let scalars: [Unicode.Scalar]
    let tokens: [FigureToken]
    /// For each token, the index of the first token of its sentence.
    let sentenceStart: [Int]

    init(scalars: [Unicode.Scalar], tokens: [FigureToken]) {
        self.scalars = scalars
        self.tokens = tokens
        var starts = [Int](repeating: 0, count: tokens.count)
        var current = 0
        for j in tokens.indices {
            if j > 0, Self.isBoundary(before: j, tokens, scalars) { current = j }
            starts[j] = current
        }
        sentenceStart = starts
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "co", "corp", "ltd",
    ]

    private static func isBoundary(before j: Int, _ t: [FigureToken], _ s: [Unicode.Scalar]) -> Bool {
        let prev = t[j - 1]
        var k = prev.end
        while k < t[j].start {
            if s[k] == "\n" { return true }
            k += 1
        }
        guard prev.kind == .symbol, [".", "!", "?", "…"].contains(prev.text), t[j].spaceBefore else { return false }
        if prev.text == ".", j >= 2, t[j - 2].kind == .word, !t[j - 1].spaceBefore,
           abbreviations.contains(t[j - 2].text) || t[j - 2].length == 1 && !(j >= 3 && t[j - 3].kind == .number && !t[j - 2].spaceBefore) {
            return false
        }
        return t[j].isCapitalized || t[j].kind != .word
    }

    func sentence(of i: Int) -> Range<Int> {
        let start = sentenceStart[i]
        var end = i + 1
        while end < tokens.count, sentenceStart[end] == start { end += 1 }
        return start..<end
    }

    func text(_ from: Int, _ to: Int) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[tokens[from].start..<tokens[to - 1].end])
        return s
    }

    static let countStops: Set<String> = [
        "since", "while", "when", "whereas", "after", "before", "because", "as", "that", "which", "who", "whom",
        "whose", "according", "but", "and", "or", "nor", "until", "if", "in", "on", "at", "for", "from", "to", "by",
        "with", "than", "per", "said", "says", "say", "reported", "told", "last", "this", "next", "ago", "a", "an",
        "the", "is", "are", "was", "were", "be", "been", "over", "under", "about", "around", "into", "out", "up",
        "down", "off", "each", "apiece", "more", "less", "fewer", "or", "so", "then", "also", "its", "their", "his",
        "her", "it", "they", "he", "she", "we", "you", "i",
    ]

    /// The words after a figure that say what it counts, up to a clause boundary (at most six words).
    func counts(after end: Int, skippingOf: Bool) -> String? {
        var k = end
        guard k < tokens.count, sentenceStart[k] == sentenceStart[max(0, end - 1)] else { return nil }
        if skippingOf, k < tokens.count, tokens[k].text == "of" {
            k += 1
            if k < tokens.count, tokens[k].text == "the" { k += 1 }
        }
        let first = k
        var last = k
        var words = 0
        while last < tokens.count, words < 6 {
            let t = tokens[last]
            if t.kind == .word {
                if words == 0 ? Self.countStops.contains(t.text) : Self.clauseStops.contains(t.text) { break }
                words += 1
            } else if t.kind == .symbol, (t.text == "-" || t.text == "'" || t.text == "’"), !t.spaceBefore, words > 0 {
                // inside a word: "year-old", "Kazakhstan's"
            } else {
                break
            }
            last += 1
        }
        while last > first, tokens[last - 1].kind == .symbol { last -= 1 }
        guard words > 0, last > first else { return nil }
        return text(first, last)
    }

    static let clauseStops: Set<String> = [
        "since", "while", "when", "whereas", "after", "before", "because", "as", "that", "which", "who", "whom",
        "according", "but", "and", "or", "until", "if", "than", "said", "says", "reported", "told", "though",
        "although", "whilst", "from", "by", "last", "ago", "on", "in", "at", "per", "is", "are", "was", "were",
        "will", "would", "has", "have", "had", "could", "can", "may", "might", "should", "must", "be", "been",
        "to", "for", "with", "of", "into", "over", "under", "during", "about",
    ]

    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "report", "told", "stated", "announced", "estimated",
        "estimates", "claimed", "claims", "added", "wrote", "noted", "confirmed", "showed", "shows", "show", "revealed", "suggest", "suggests", "suggested",
    ]
    static let timeWords: Set<String> = [
        "last", "next", "this", "on", "in", "yesterday", "today", "earlier", "later", "previously", "now", "then",
    ]
    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "this", "that", "who", "which", "his", "her", "their", "its", "our",
    ]

    /// The attribution stated in the sentence, if any.
    func source(inSentenceOf i: Int) -> String? {
        let range = sentence(of: i)
        var according: String?
        var reporter: String?
        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            if t.kind == .word, t.text == "according", k + 1 < range.upperBound, tokens[k + 1].text == "to" {
                according = phrase(from: k + 2, limit: range.upperBound)
                k += 2
                continue
            }
            if t.kind == .word, Self.reportingVerbs.contains(t.text), reporter == nil,
               !(k > 0 && ["was", "were", "been", "be", "is", "are", "being"].contains(tokens[k - 1].text)) {
                reporter = subject(before: k, from: range.lowerBound) ?? subjectAfter(k, limit: range.upperBound)
            }
            k += 1
        }
        if according == nil, reporter == nil { according = dataSource(in: range) }
        switch (according, reporter) {
        case let (a?, r?) where a != r: return a + " (via " + r + ")"
        case let (a?, _): return a
        case let (nil, r?): return r
        default: return nil
        }
    }

    /// A noun phrase from `k` up to punctuation (at most ten tokens), without a leading "the".
    private func phrase(from k0: Int, limit: Int) -> String? {
        var k = k0
        if k < limit, tokens[k].text == "the" { k += 1 }
        var end = k
        while end < limit, end - k < 10 {
            let t = tokens[end]
            // "a survey by Rightmove said …": the name ends at its verb
            if end > k, t.kind == .word, Self.reportingVerbs.contains(t.text) || ["that", "which", "who", "was", "were", "is", "are", "has", "had"].contains(t.text) { break }
            if t.kind == .symbol, !(t.text == "'" || t.text == "’" || t.text == "-" || t.text == "&" || t.text == "."), true { break }
            if t.kind == .symbol, t.text == ".", t.spaceBefore || end + 1 >= limit || tokens[end + 1].spaceBefore && tokens[end + 1].isCapitalized { break }
            end += 1
        }
        while end > k, tokens[end - 1].kind == .symbol { end -= 1 }
        return named(k, end)
    }

    /// The source in `k..<end`, cut before a time phrase ("Putin last week" → "Putin") and refused when
    /// it is a lone function word ("an", "already").
    func named(_ k0: Int, _ end0: Int) -> String? {
        var k = k0, end = end0
        while k < end, ["the", "a", "an"].contains(tokens[k].text) || tokens[k].kind == .symbol { k += 1 }
        if let j = (k..<end).first(where: { startsTimePhrase(at: $0, end: end) }) { end = j }
        while end > k, tokens[end - 1].kind == .symbol || FigureSource.functionWords.contains(tokens[end - 1].text) { end -= 1 }
        guard end > k else { return nil }
        if end - k == 1, FigureSource.functionWords.contains(tokens[k].text) || Self.pronouns.contains(tokens[k].text) { return nil }
        // "the ONS's figures" → ONS; "figures from the ONS" → ONS
        if FigureSource.dataNouns.contains(tokens[end - 1].text) {
            if let from = (k..<end).first(where: { tokens[$0].text == "from" }), from + 1 < end - 0 {
                return named(from + 1, end)
            }
            if end - k >= 3, tokens[end - 2].text == "s", ["'", "’"].contains(tokens[end - 3].text) { return named(k, end - 3) }
        }
        if let from = (k..<end).first(where: { tokens[$0].text == "from" }), from > k, FigureSource.dataNouns.contains(tokens[from - 1].text) {
            return named(from + 1, end)
        }
        return text(k, end)
    }

    /// A time phrase begins at `j`: "last week", "on Monday", "yesterday", "earlier", "already".
    func startsTimePhrase(at j: Int, end: Int) -> Bool {
        let w = tokens[j].text
        if FigureSource.timeStarts.contains(w) { return true }
        if ["last", "next", "this", "on", "in", "early", "late"].contains(w), j + 1 < end {
            let n = tokens[j + 1].text
            return FigureScanner.weekdays[n] != nil || FigureScanner.months[n] != nil || tokens[j + 1].kind == .number
                || ["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "summer", "winter",
                    "spring", "autumn", "time", "statement", "interview", "report", "letter", "speech"].contains(n)
        }
        return FigureScanner.weekdays[w] != nil && j > 0
    }

    /// "data from X", "figures from X", "statistics published by X": the body the numbers come from.
    func dataSource(in range: Range<Int>) -> String? {
        var k = range.lowerBound
        while k + 2 < range.upperBound {
            if FigureSource.dataNouns.contains(tokens[k].text), tokens[k + 1].text == "from" || tokens[k + 1].text == "by" {
                return phrase(from: k + 2, limit: range.upperBound)
            }
            k += 1
        }
        return nil
    }

    static let subjectStops: Set<String> = [
        "that", "and", "but", "while", "as", "which", "who", "since", "when", "after", "before", "because", "if",
        "than", "did", "does", "do", "is", "was", "were", "are", "has", "had", "have", "not", "will", "would",
        "could", "can", "also", "then", "so", "to", "in", "on", "at", "by", "for", "with",
    ]

    /// "the RIA Novosti news agency reported" → "RIA Novosti news agency".
    private func subject(before verb0: Int, from start: Int) -> String? {
        // "X has already said", "X also said", "X previously estimated"
        var verb = verb0
        while verb > start, FigureSource.beforeVerb.contains(tokens[verb - 1].text)
            || tokens[verb - 1].length > 4 && tokens[verb - 1].text.hasSuffix("ly") && tokens[verb - 1].kind == .word && !tokens[verb - 1].isCapitalized { verb -= 1 }
        var k = verb
        while k > start, verb - k < 8 {
            let t = tokens[k - 1]
            if t.kind == .symbol, !(t.text == "'" || t.text == "’" || t.text == "-" || t.text == "." || t.text == "&") { break }
            if t.kind == .word, Self.subjectStops.contains(t.text) { break }
            if t.kind == .number { return nil }
            k -= 1
        }
        var definite = false
        if k < verb, tokens[k].text == "the" || tokens[k].text == "a" || tokens[k].text == "an" { k += 1; definite = true }
        guard k < verb else { return nil }
        if verb - k == 1, NumberLexicon.cardinals[tokens[k].text] != nil { return nil }
        // "Last month it said": a pronoun subject, or a time phrase before it, names no one
        if Self.pronouns.contains(tokens[verb - 1].text) || Self.timeWords.contains(tokens[k].text) { return nil }
        // one word ("analysts", "Reuters"), "the …" ("the interior ministry"), or a name-like phrase
        guard verb - k == 1 ? tokens[k].kind == .word : definite || tokens[k].isCapitalized else { return nil }
        return named(k, verb)
    }

    /// "…, said Mr. Bowman of S&P" → "Mr. Bowman of S&P".
    private func subjectAfter(_ verb: Int, limit: Int) -> String? {
        guard verb > 0, tokens[verb - 1].kind == .symbol, verb + 1 < limit, tokens[verb + 1].isCapitalized else { return nil }
        return phrase(from: verb + 1, limit: limit)
    }
}
