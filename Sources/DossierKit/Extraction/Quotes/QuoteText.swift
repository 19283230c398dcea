/// A text prepared for quote extraction: its code points, tokens (the shared tokenizer), lower-cased
/// token words, the quotation regions, and the units quotes are looked for in: sentences (the shared
/// splitter), joined where a quotation runs over a sentence boundary.
struct QuoteText {
    let s: [Unicode.Scalar]
    let tokens: [TokenSpan]
    /// Each token lower-cased ("said", "'s", ",").
    let lower: [String]
    let regions: [QuotationMarks.Region]
    /// For each token, the index of the region it lies in, or -1.
    let region: [Int]
    /// Token ranges of the units, in order, covering every token.
    let units: [Range<Int>]

    init(_ text: String) {
        s = Array(text.unicodeScalars)
        tokens = Tokenizer.tokenize(s)
        var lower: [String] = []
        lower.reserveCapacity(tokens.count)
        for t in tokens {
            var w = ""
            w.unicodeScalars.reserveCapacity(t.end - t.start)
            for k in t.start..<t.end { w.unicodeScalars.append(ScalarClass.lower(s[k])) }
            lower.append(w)
        }
        self.lower = lower
        regions = QuotationMarks.regions(s)
        var region = [Int](repeating: -1, count: tokens.count)
        var r = 0, p = 0
        for (k, t) in tokens.enumerated() {
            while r < regions.count, regions[r].end <= t.start { r += 1; p = 0 }
            guard r < regions.count else { break }
            let parts = regions[r].parts
            while p < parts.count, parts[p].upperBound <= t.start { p += 1 }
            if p < parts.count, parts[p].contains(t.start) { region[k] = r }
        }
        self.region = region
        let s = s, tokens = tokens
        let sentences = Self.splitAfterQuotes(SentenceSplitter.sentences(s, tokens: tokens), region: region, lower: lower) { k in
            ScalarClass.isUpper(s[tokens[k].start])
        }
        units = Self.units(sentences, region: region, lower: lower) { a, b in
            (tokens[a].end..<tokens[b].start).contains { s[$0] == "\n" || s[$0] == "\r" || s[$0] == "\u{2029}" }
        }
    }

    /// Sentences also end after a quotation closing on a stop before a capital (`…conflicts.'' The
    /// reality is`), which the shared splitter leaves whole when the mark is a doubled apostrophe.
    static func splitAfterQuotes(_ sentences: [Range<Int>], region: [Int], lower: [String],
                                 capitalized: (Int) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for sentence in sentences {
            var start = sentence.lowerBound
            for k in sentence where k > start && k + 1 < sentence.upperBound {
                if lower[k].hasPrefix("''"), region[k] >= 0, region[k + 1] != region[k], [".", "!", "?"].contains(lower[k - 1]),
                   capitalized(k + 1) {
                    out.append(start..<(k + 1))
                    start = k + 1
                }
            }
            out.append(start..<sentence.upperBound)
        }
        return out
    }

    /// Sentences joined wherever one quotation region has tokens in both, and where a sentence
    /// ending in a quotation is followed by its attribution (`"…?" Freddy Ortega said.`).
    static func units(_ sentences: [Range<Int>], region: [Int], lower: [String],
                      sameParagraphBreak: (Int, Int) -> Bool) -> [Range<Int>] {
        var units: [Range<Int>] = []
        for sentence in sentences {
            if let last = units.last, let first = sentence.first, last.upperBound > 0,
               region[first] >= 0 && region[first] == region[last.upperBound - 1]
                || region[last.upperBound - 1] >= 0 && region[first] < 0 && startsWithAttribution(sentence, lower)
                && !sameParagraphBreak(last.upperBound - 1, first) {
                units[units.count - 1] = last.lowerBound..<sentence.upperBound
            } else {
                units.append(sentence)
            }
        }
        return units
    }

    /// Whether a sentence is only an attribution: a cue within its first six words, before any
    /// punctuation, and the sentence ending (or a comma coming) within four words after it.
    static func startsWithAttribution(_ sentence: Range<Int>, _ lower: [String]) -> Bool {
        for k in sentence.prefix(7) {
            if QuoteLexicon.cueVerbs.contains(lower[k]) {
                guard k > sentence.lowerBound else { return false }
                let rest = (k + 1)..<sentence.upperBound
                return rest.count <= 5 || rest.prefix(5).contains { lower[$0] == "," }
            }
            guard let c = lower[k].unicodeScalars.first, ScalarClass.isWord(c) else { return false }
        }
        return false
    }

    // MARK: Token tests

    func inQuote(_ k: Int) -> Bool { region[k] >= 0 }

    /// Whether a code point lies inside a quotation region's part.
    func inQuote(code c: Int) -> Bool {
        var lo = 0, hi = regions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if regions[mid].end <= c { lo = mid + 1 } else { hi = mid }
        }
        return lo < regions.count && regions[lo].parts.contains { $0.contains(c) }
    }

    func isWord(_ k: Int) -> Bool { ScalarClass.isWord(s[tokens[k].start]) }

    func isCapitalized(_ k: Int) -> Bool { ScalarClass.isUpper(s[tokens[k].start]) }

    func isPunctuation(_ k: Int, _ text: String) -> Bool { lower[k] == text }

    /// Whether token `k` is a quotation mark that closes a region part.
    func closesQuote(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, region[k] >= 0 else { return false }
        return regions[region[k]].parts.contains { $0.upperBound == tokens[k].end }
    }

    /// Whether token `k` is the opening mark of a region.
    func opensQuote(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, region[k] >= 0 else { return false }
        return regions[region[k]].start == tokens[k].start
    }

    // MARK: Spans

    func string(_ range: Range<Int>) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: s[range])
        return out
    }

    /// Code points from the first token's start to the last token's end.
    func span(tokens range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    func textSpan(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: range.lowerBound, end: range.upperBound, text: string(range))
    }
}
