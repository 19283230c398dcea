import Foundation

/// Marks, in Swift and in one pass, the words of a text that a search query's terms match, for
/// snippets: FTS5's `snippet()` and `highlight()` are both quadratic in the number of matches in
/// a document (40,000 matches took seconds to minutes). Words are runs of letters and digits,
/// compared without case or diacritics as the `unicode61 remove_diacritics 2` tokenizer does;
/// a phrase matches as consecutive words, `word*` as a prefix; terms under NOT are not marked.
enum SnippetMarker {
    /// Consecutive words to match (folded); the last may be a prefix.
    struct Term: Equatable, Sendable {
        var words: [String]
        var prefix: Bool
    }

    /// The terms of a query that a matching document contains: every phrase not negated by NOT.
    static func terms(of tokens: [SearchQueryToken]) -> [Term] {
        var out: [Term] = []
        var skipDepth: Int? = nil // inside NOT (…): the depth the group started at
        var depth = 0
        var negateNext = false
        for token in tokens {
            switch token {
            case .not: negateNext = true
            case .open:
                depth += 1
                if negateNext, skipDepth == nil { skipDepth = depth }
                negateNext = false
            case .close:
                if skipDepth == depth { skipDepth = nil }
                depth -= 1
            case .phrase(let p):
                if !negateNext, skipDepth == nil, let t = term(p) { out.append(t) }
                negateNext = false
            case .near(let phrases, _):
                if !negateNext, skipDepth == nil { out += phrases.compactMap(term) }
                negateNext = false
            case .and, .or, .columns: break
            }
        }
        return out
    }

    private static func term(_ p: SearchQueryToken.Phrase) -> Term? {
        let words = wordRanges(p.text).map { fold(p.text[$0]) }
        return words.isEmpty ? nil : Term(words: words, prefix: p.prefix)
    }

    /// `text` with each match wrapped in `MatchMarkers`.
    static func mark(_ text: String, terms: [Term]) -> String {
        guard !terms.isEmpty else { return text }
        let ranges = wordRanges(text)
        let folded = ranges.map { fold(text[$0]) }
        var spans: [Range<String.Index>] = []
        var i = 0
        while i < ranges.count {
            var matched = 0
            for t in terms where i + t.words.count <= ranges.count && t.words.count > matched {
                let n = t.words.count
                var ok = true
                for k in 0..<n {
                    let w = folded[i + k]
                    if k == n - 1 && t.prefix ? !w.hasPrefix(t.words[k]) : w != t.words[k] { ok = false; break }
                }
                if ok { matched = n }
            }
            if matched > 0 {
                spans.append(ranges[i].lowerBound..<ranges[i + matched - 1].upperBound)
                i += matched
            } else {
                i += 1
            }
        }
        guard !spans.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + spans.count * 6)
        var at = text.startIndex
        for s in spans {
            out += text[at..<s.lowerBound]
            out.append(MatchMarkers.open)
            out += text[s]
            out.append(MatchMarkers.close)
            at = s.upperBound
        }
        out += text[at...]
        return out
    }

    /// Runs of letters and digits.
    static func wordRanges(_ text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var start: String.Index? = nil
        var i = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let s = scalars[i]
            let word = s.properties.isAlphabetic || s.properties.numericType != nil
            if word, start == nil { start = i }
            if !word, let b = start { out.append(b..<i); start = nil }
            i = scalars.index(after: i)
        }
        if let b = start { out.append(b..<scalars.endIndex) }
        return out
    }

    /// Lower case without diacritics (ASCII words take the fast path).
    static func fold(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
