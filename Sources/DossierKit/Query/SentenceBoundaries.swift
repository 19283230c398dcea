/// Where sentences start in a text, as code-point offsets, from the shared tokenizer and
/// `SentenceSplitter` (the ones the entity tagger uses), so every feature agrees on sentences.
public struct SentenceBoundaries: Sendable, Equatable {
    /// Start offsets, ascending; the first is 0.
    public let starts: [Int]

    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let sentences = SentenceSplitter.sentences(scalars, tokens: tokens)
        var starts = [0]
        for s in sentences.dropFirst() where !s.isEmpty { starts.append(tokens[s.lowerBound].start) }
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
}
