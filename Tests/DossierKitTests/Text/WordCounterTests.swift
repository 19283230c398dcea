import Testing
@testable import DossierKit

@Suite struct WordCounterTests {
    @Test(arguments: [
        ("", 0), ("   ", 0), ("one", 1), ("Kassym-Jomart Tokayev", 2), ("don't stop", 2),
        ("around 98,000 Russians", 3), ("3.5 — per cent", 3), ("中文 emoji 🎉 café", 3), ("-- ... !!", 0),
    ])
    func countsWords(text: String, expected: Int) {
        #expect(WordCounter.count(text) == expected)
    }
}
