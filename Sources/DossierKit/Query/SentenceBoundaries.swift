/// Where sentences start in a text, as code-point offsets: after `.`, `!` or `?` (and any closing
/// quote or bracket) followed by space and a capital, digit or opening quote, and at every line
/// break. Common abbreviations (`Mr.`, `U.S.`, initials) do not end a sentence.
public struct SentenceBoundaries: Sendable, Equatable {
    /// Start offsets, ascending; the first is 0.
    public let starts: [Int]

    public init(_ text: String) {
        let s = Array(text.unicodeScalars)
        var starts = [0]
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                var j = i + 1
                while j < s.count, s[j].properties.isWhitespace { j += 1 }
                if j < s.count, j > starts.last! { starts.append(j) }
                i = j
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < s.count, Self.closers.contains(s[j]) { j += 1 }
                var k = j
                while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
                if k > j, k < s.count, Self.canStart(s[k]), !(c == "." && Self.isAbbreviation(s, endingAt: i)) {
                    starts.append(k)
                    i = k
                    continue
                }
            }
            i += 1
        }
        self.starts = starts
    }

    /// The number of the sentence holding `offset` (0-based).
    public func sentence(containing offset: Int) -> Int {
        var low = 0, high = starts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid } else { high = mid }
        }
        return low
    }

    /// The code-point range of sentence `n` in a text of `length` code points.
    public func range(of n: Int, length: Int) -> Range<Int> {
        starts[n]..<(n + 1 < starts.count ? starts[n + 1] : length)
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}"]
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
        "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "mt", "ft", "approx", "dept", "est",
    ]

    private static func canStart(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || c.properties.numericType != nil || "\"'(\u{201C}\u{2018}".unicodeScalars.contains(c)
    }

    /// Whether the word before the `.` at `end` is a known abbreviation or a single letter (initial, U.S.).
    private static func isAbbreviation(_ s: [Unicode.Scalar], endingAt end: Int) -> Bool {
        var b = end
        while b > 0, s[b - 1].properties.isAlphabetic { b -= 1 }
        let word = String(String.UnicodeScalarView(s[b..<end]))
        return word.count == 1 || abbreviations.contains(word.lowercased())
    }
}
