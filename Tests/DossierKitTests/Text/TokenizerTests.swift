import Testing
@testable import DossierKit

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return Tokenizer.tokenize(s).map { t in
            var w = ""
            w.unicodeScalars.append(contentsOf: s[t.start..<t.end])
            return w
        }
    }

    @Test func splitsLikeCoNLL() {
        #expect(words("England's U.S. economy, on 1996-08-30, grew 3.5% (Mr. Smith said).")
            == ["England", "'s", "U.S.", "economy", ",", "on", "1996-08-30", ",", "grew", "3.5", "%", "(", "Mr.", "Smith", "said", ")", "."])
        #expect(words("Kassym-Jomart Tokayev didn't say") == ["Kassym-Jomart", "Tokayev", "did", "n't", "say"])
    }
}
