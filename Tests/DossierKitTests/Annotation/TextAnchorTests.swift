import Testing
@testable import DossierKit

@Suite struct TextAnchorTests {
    @Test func spanOffsetsAreCodePointsWithEmojiCJKAndCombiningMarks() {
        let text = CodePointText("a🎉b 漢字 e\u{301}x")
        let places = text.occurrences(of: "漢字")
        #expect(places == [4])
        let span = TextAnchor.span(in: text, document: DocumentID(1), start: 4, end: 6)
        #expect(span == .span(document: DocumentID(1), start: 4, end: 6, quote: "漢字", prefix: "a🎉b ", suffix: " e\u{301}x"))
        #expect(text.slice(7, 9) == "e\u{301}")
    }

    @Test func reanchorFindsMovedQuoteByContext() {
        let old = CodePointText("one two cat. three four cat. five")
        let target = TextAnchor.span(in: old, document: DocumentID(1), start: 24, end: 27)
        let new = CodePointText("INSERTED TEXT one two cat. three four cat. five")
        let found = TextAnchor.reanchor(target, in: new)
        #expect(found?.label == "d1:38-41")
        #expect(found?.quote == "cat")
    }

    @Test func reanchorPrefersContextOverPosition() {
        let old = CodePointText("alpha cat beta. gamma cat delta.")
        let target = TextAnchor.span(in: old, document: DocumentID(1), start: 22, end: 25)
        let new = CodePointText("gamma cat delta. alpha cat beta.")
        #expect(TextAnchor.reanchor(target, in: new)?.label == "d1:6-9")
    }

    @Test func reanchorFailsWhenQuoteIsGone() {
        let target = TextAnchor.span(in: CodePointText("the quick fox"), document: DocumentID(1), start: 4, end: 9)
        #expect(TextAnchor.reanchor(target, in: CodePointText("the slow fox")) == nil)
    }

    @Test func wordOccurrencesRespectWordBoundaries() {
        let text = CodePointText("RIA Novosti, RIA Novostis and (RIA Novosti)")
        #expect(text.wordOccurrences(of: "RIA Novosti") == [0, 31])
    }
}
