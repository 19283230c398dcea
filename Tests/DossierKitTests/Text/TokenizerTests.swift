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
        #expect(words("1,000 AT&T O'Neill") == ["1,000", "AT&T", "O'Neill"])
    }

    @Test func offsetsAreCodePointsForEmojiCJKAndCombiningMarks() {
        // "👍🏽" is two scalars, "é" below is e + U+0301, the family emoji is joined by ZWJs
        let text = "Hi 👍🏽 Cafe\u{301} 東京都 👨\u{200D}👩\u{200D}👧 end"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        #expect(words(text) == ["Hi", "👍🏽", "Cafe\u{301}", "東京都", "👨\u{200D}👩\u{200D}👧", "end"])
        #expect(tokens.map(\.start) == [0, 3, 6, 12, 16, 22])
        #expect(tokens.last?.end == scalars.count)
    }

    @Test func everyNonSpaceScalarIsInOneToken() {
        let text = "«Привет», — сказал он. 😀😀 x\u{0}y ..."
        let scalars = Array(text.unicodeScalars)
        var covered = [Int](repeating: 0, count: scalars.count)
        for t in Tokenizer.tokenize(scalars) {
            #expect(t.start < t.end)
            for k in t.start..<t.end { covered[k] += 1 }
        }
        for (k, c) in scalars.enumerated() where !ScalarClass.isSpace(c) { #expect(covered[k] == 1) }
    }

    @Test func emptyAndWhitespaceOnly() {
        #expect(Tokenizer.tokenize([]).isEmpty)
        #expect(Tokenizer.tokenize(Array(" \n\t ".unicodeScalars)).isEmpty)
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [Int] {
        let s = Array(text.unicodeScalars)
        let t = Tokenizer.tokenize(s)
        return SentenceSplitter.sentences(s, tokens: t).map(\.count)
    }

    @Test func splitsOnFinalPunctuationAndLineBreaks() {
        #expect(sentences("He left. She stayed! Mr. Smith came\nNew line") == [3, 3, 3, 2])
        #expect(sentences("no sentence end here at all") == [6])
        #expect(sentences("").isEmpty)
    }
}

@Suite struct QuotedSentenceTests {
    @Test func closingQuoteAfterPeriodEndsSentence() {
        let s = Array("He said \"no.\" She left.".unicodeScalars)
        let t = Tokenizer.tokenize(s)
        #expect(SentenceSplitter.sentences(s, tokens: t).map(\.count) == [6, 3])
    }
}
