/// What a text writes just before a name: for each whole-word occurrence of the name, the
/// capitalised word directly before it (on the same line), and whether that word opens a sentence.
enum NameContext {
    struct WordBefore: Equatable {
        var text: String
        var sentenceInitial: Bool
    }

    /// Capitalised words directly before whole-word occurrences of `name` (possessives skipped).
    static func wordsBefore(_ name: String, in text: String) -> [WordBefore] {
        let s = Array(text.unicodeScalars), n = Array(name.unicodeScalars)
        guard !n.isEmpty, s.count >= n.count else { return [] }
        var out: [WordBefore] = []
        var k = 0
        while k + n.count <= s.count {
            defer { k += 1 }
            guard s[k] == n[0], Array(s[k..<(k + n.count)]) == n else { continue }
            if k > 0, isWordScalar(s[k - 1]) { continue }
            if k + n.count < s.count, s[k + n.count].properties.isAlphabetic { continue }
            var end = k
            while end > 0, s[end - 1] == " " || s[end - 1] == "\t" || s[end - 1] == "\u{A0}" { end -= 1 }
            guard end < k else { continue }
            var start = end
            while start > 0, isWordScalar(s[start - 1]) { start -= 1 }
            guard start < end, s[start].properties.isUppercase else { continue }
            var word = ""
            word.unicodeScalars.append(contentsOf: s[start..<end])
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { continue }
            var before = start
            while before > 0, s[before - 1] == " " || s[before - 1] == "\t" { before -= 1 }
            let initial = before == 0 || opensSentence(s[before - 1])
            out.append(WordBefore(text: word, sentenceInitial: initial))
        }
        return out
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c == "-" || c == "'" || c == "\u{2019}" || c == "." || c.properties.numericType != nil
    }

    static func opensSentence(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || ".!?:;\"'(\u{201C}\u{2018}\u{2014}-".unicodeScalars.contains(c)
    }

    /// Capitalised words that often open a sentence before a name ("Yesterday Brown said").
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "when", "if", "while", "as", "after", "before", "since",
        "because", "although", "though", "then", "now", "yesterday", "today", "tonight", "meanwhile", "however",
        "also", "still", "even", "only", "here", "there", "this", "that", "in", "on", "at", "for", "from", "with",
        "by", "to", "of", "under", "over", "without", "like", "unlike", "where", "why", "how", "what", "who", "did",
        "does", "do", "is", "was", "has", "had", "will", "would", "could", "should", "can", "said", "says", "asked",
        "earlier", "later", "once", "instead", "indeed", "perhaps", "both", "neither", "nor", "last", "next",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but,", "said:",
    ]
}
