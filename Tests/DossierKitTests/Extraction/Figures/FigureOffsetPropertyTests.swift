import Testing
@testable import DossierKit

/// On random Unicode text (digits, letters, currency signs, emoji, CJK, combining marks), every
/// figure's offsets lie inside the text and its `text` is exactly the code points at those offsets.
@Suite struct FigureOffsetPropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [String] = [
        "0", "1", "2", "5", "9", ",", ".", "-", "/", "%", "$", "€", "£", "¥", "元", "½", "^", "+", " ", " ", " ", "\n",
        "one", "twenty", "hundred", "million", "and", "a", "half", "thirds", "between", "more than", "per cent",
        "km", "m", "bn", "k", "Sept", "May", "Tuesday", "last", "week", "😀", "👩‍👩‍👧", "東京", "é", "e\u{301}", "\u{202F}",
        "according to", "said", "The", "of", "thousands", "x", "e", "(", ")", "\"", "'",
    ]

    @Test(arguments: 0..<200)
    func offsetsStayInside(_ seed: Int) {
        var rng = SplitMix(state: UInt64(seed))
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &rng) { text += Self.alphabet.randomElement(using: &rng)! }
        let scalars = Array(text.unicodeScalars)
        for f in FigureExtractor().figures(in: text, documentDate: "2022-09-27") {
            #expect(f.start >= 0 && f.start < f.end && f.end <= scalars.count, "\(f) in \(text.debugDescription)")
            guard f.start >= 0, f.start < f.end, f.end <= scalars.count else { continue }
            var slice = ""
            slice.unicodeScalars.append(contentsOf: scalars[f.start..<f.end])
            #expect(slice == f.text)
        }
    }
}
