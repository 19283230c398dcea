import Testing
@testable import DossierKit

/// Written numbers, read whole.
@Suite struct WordNumberParserTests {
    static let cases: [(String, Double)] = [
        ("one hundred and sixteen", 116), ("a trillionth", 1e-12), ("twenty-three fifths", 4.6),
        ("one hundred thirty fifths", 100.0 / 35), ("one hundred and thirty fifths", 26), ("three twenty firsts", 3.0 / 21),
        ("two and fifty-four hundredths", 2.54), ("one billion and a half million", 1_000_500_000),
        ("one million and a half", 1_500_000), ("forty two and a third", 42 + 1.0 / 3), ("three lakh crore", 3e12),
        ("minus ninety - five hundred fifths", -1900), ("a hundred thousand trillionths", 1e-7),
    ]

    @Test(arguments: cases.indices)
    func readsWhole(_ i: Int) throws {
        let (words, value) = Self.cases[i]
        let figures = FigureTestSupport.figures(words)
        let f = try #require(figures.first)
        #expect(figures.count == 1)
        #expect(f.text == words)
        #expect(FigureTestSupport.close(f.value, value), "\(words) → \(String(describing: f.value))")
    }
}
