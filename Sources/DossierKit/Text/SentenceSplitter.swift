/// Groups tokens into sentences: a line break always ends one, and so does a `.`, `!` or `?` token
/// followed by a token that starts with a capital, digit, quote or bracket.
public enum SentenceSplitter {
    /// Token index ranges, one per sentence, covering every token in order.
    public static func sentences(_ scalars: [Unicode.Scalar], tokens: [TokenSpan]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for k in tokens.indices where k + 1 < tokens.count {
            let next = tokens[k + 1]
            var boundary = false
            for p in tokens[k].end..<next.start where scalars[p] == "\n" || scalars[p] == "\r" || scalars[p] == "\u{2029}" {
                boundary = true
                break
            }
            // `He said "no." She left`: the closing quote after the period ends the sentence
            let closesQuote = k > 0 && tokens[k].end - tokens[k].start == 1 && closing.contains(scalars[tokens[k].start])
                && tokens[k - 1].end == tokens[k].start && isFinal(scalars[tokens[k - 1].start])
            if !boundary, closesQuote || tokens[k].end - tokens[k].start <= 3 && isFinal(scalars[tokens[k].start]),
               next.start > tokens[k].end {
                let first = scalars[next.start]
                boundary = ScalarClass.isUpper(first) || ScalarClass.isDigit(first)
                    || "\"'\u{201C}\u{2018}([".unicodeScalars.contains(first)
            }
            if boundary {
                result.append(start..<(k + 1))
                start = k + 1
            }
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    static func isFinal(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" }

    static let closing: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")"]
}
