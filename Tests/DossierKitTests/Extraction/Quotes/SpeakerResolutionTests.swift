import Testing
@testable import DossierKit

/// Speakers resolved to entities: names, pronouns by gender, descriptions by role word, runs of quotes.
@Suite struct SpeakerResolutionTests {
    static func person(_ text: String, in doc: String, _ canonical: String, occurrence: Int = 0) -> EntityMentionFacts {
        let s = Array(doc.unicodeScalars), w = Array(text.unicodeScalars)
        var found = 0
        for i in 0...(s.count - w.count) where Array(s[i..<(i + w.count)]) == w {
            if found == occurrence { return EntityMentionFacts(start: i, end: i + w.count, text: text, type: .person, canonical: canonical) }
            found += 1
        }
        fatalError("\(text) not in test text")
    }

    static func speakers(_ text: String, _ mentions: [EntityMentionFacts]) -> [String?] {
        QuoteExtractor(genders: NameGenders(tsv: "John\tM\nMary\tF\n")).quotes(in: text, entities: mentions).map { $0.speaker?.entity }
    }

    @Test func pronounTakesThePersonOfTheRightGender() {
        let text = "John Smith met Mary Jones. \"It went well,\" she said. \"We agreed,\" he added."
        let entities = [Self.person("John Smith", in: text, "John Smith"), Self.person("Mary Jones", in: text, "Mary Jones")]
        #expect(Self.speakers(text, entities) == ["Mary Jones", "John Smith"])
    }

    @Test func pronounTakesTheLastSpeakerOfARun() {
        let text = "\"We will win,\" John Smith said. Mary Jones was not there.\n\n\"We will win again,\" he said."
        let entities = [Self.person("John Smith", in: text, "John Smith"), Self.person("Mary Jones", in: text, "Mary Jones")]
        #expect(Self.speakers(text, entities) == ["John Smith", "John Smith"])
    }

    @Test func descriptionTakesThePersonWithThatTitle() {
        let text = "President Kassym-Jomart Tokayev spoke. Photo: Gavriil Grigorov.\n\nThe border stays open to everyone, the president said."
        let entities = [Self.person("Kassym-Jomart Tokayev", in: text, "Kassym-Jomart Tokayev"),
                        Self.person("Gavriil Grigorov", in: text, "Gavriil Grigorov")]
        #expect(Self.speakers(text, entities) == ["Kassym-Jomart Tokayev"])
    }

    @Test func surnameMentionResolvesToItsEntity() {
        let text = "\"We must remember this,\" Tokayev added."
        #expect(Self.speakers(text, [Self.person("Tokayev", in: text, "Kassym-Jomart Tokayev")]) == ["Kassym-Jomart Tokayev"])
    }

    @Test func unnamedSpeakerStaysText() throws {
        let text = "The situation at the checkpoint was extremely tense, officials said."
        let q = try #require(QuoteExtractor().quotes(in: text, entities: []).first)
        #expect(q.speaker?.span.text == "officials")
        #expect(q.speaker?.entity == nil)
    }

    @Test func figureInAQuoteTakesItsSpeakerAsSource() {
        var analysis = DocumentAnalysis(
            figures: [FigureFacts(start: 1, end: 7, text: "98,000", kind: .number, value: 98000),
                      FigureFacts(start: 8, end: 10, text: "12", kind: .number, value: 12, source: "the ministry")],
            quotes: [QuoteFacts(parts: [TextSpan(start: 0, end: 20, text: "…")], kind: .direct,
                                speaker: QuoteSpeaker(span: TextSpan(start: 22, end: 24, text: "he"), entity: "Kassym-Jomart Tokayev"))])
        analysis.attributeFiguresToSpeakers()
        #expect(analysis.figures[0].source == "Kassym-Jomart Tokayev")
        #expect(analysis.figures[1].source == "the ministry", "a figure's own source stays")
    }
}
