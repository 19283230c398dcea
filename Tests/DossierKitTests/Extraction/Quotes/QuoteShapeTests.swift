import Testing
@testable import DossierKit

/// One quote shape: a text, and the one quote expected in it (content, kind, cue, speaker words).
struct QuoteCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var content: String
    var kind: QuoteKind
    var cue: String?
    var speaker: String?
    var testDescription: String { name }
}

@Suite struct QuoteShapeTests {
    static func quotes(_ text: String, _ mentions: [EntityMentionFacts] = []) -> [QuoteFacts] {
        QuoteExtractor(genders: NameGenders(tsv: "John\tM\nMary\tF\n")).quotes(in: text, entities: mentions)
    }

    @Test(arguments: [
        QuoteCase(name: "straight quotes, speaker after", text: "\"We will win,\" Smith said.",
                  content: "\"We will win,\"", kind: .direct, cue: "said", speaker: "Smith"),
        QuoteCase(name: "curly quotes, inverted speaker", text: "“We will win,” said the mayor.",
                  content: "“We will win,”", kind: .direct, cue: "said", speaker: "the mayor"),
        QuoteCase(name: "TeX quotes", text: "``We will win,'' Smith said.",
                  content: "``We will win,''", kind: .direct, cue: "said", speaker: "Smith"),
        QuoteCase(name: "doubled apostrophes", text: "''We will win,'' Smith said.",
                  content: "''We will win,''", kind: .direct, cue: "said", speaker: "Smith"),
        QuoteCase(name: "nested single quotes", text: "“They called it ‘a disaster’ today,” Smith said.",
                  content: "“They called it ‘a disaster’ today,”", kind: .direct, cue: "said", speaker: "Smith"),
        QuoteCase(name: "speaker and colon before", text: "Smith said: \"We will win the vote.\"",
                  content: "\"We will win the vote.\"", kind: .direct, cue: "said", speaker: "Smith"),
        QuoteCase(name: "indirect with that", text: "Smith said that the vote would be held in May.",
                  content: "the vote would be held in May", kind: .indirect, cue: "said", speaker: "Smith"),
        QuoteCase(name: "indirect told reporters", text: "The minister told reporters the border would stay open.",
                  content: "the border would stay open", kind: .indirect, cue: "told", speaker: "The minister"),
        QuoteCase(name: "according to, first", text: "According to the ministry, 98,000 people crossed the border.",
                  content: "98,000 people crossed the border", kind: .indirect, cue: "According to", speaker: "the ministry"),
        QuoteCase(name: "according to, last", text: "Some 98,000 people crossed the border, according to the ministry.",
                  content: "Some 98,000 people crossed the border", kind: .indirect, cue: "according to", speaker: "the ministry"),
        QuoteCase(name: "clause before the speaker", text: "Queues at the border grew longer on Monday, officials said.",
                  content: "Queues at the border grew longer on Monday", kind: .indirect, cue: "said", speaker: "officials"),
        QuoteCase(name: "mixed", text: "Smith said the situation was \"extremely tense\" at the crossing.",
                  content: "the situation was \"extremely tense\" at the crossing", kind: .mixed, cue: "said", speaker: "Smith"),
        QuoteCase(name: "appositive speaker", text: "Reid, the minority leader, said that he spoke with the senator.",
                  content: "he spoke with the senator", kind: .indirect, cue: "said", speaker: "Reid, the minority leader"),
        QuoteCase(name: "party and state after the name", text: "\"We will win,\" Sen. Jane Doe (D-Md.) said.",
                  content: "\"We will win,\"", kind: .direct, cue: "said", speaker: "Sen. Jane Doe"),
        QuoteCase(name: "organisation name with of", text: "The Association of Flight Attendants said it backs the plan fully.",
                  content: "it backs the plan fully", kind: .indirect, cue: "said", speaker: "The Association of Flight Attendants"),
        QuoteCase(name: "signed with a dash", text: "“He is the most unqualified candidate ever.” ― Francisco Herrero\n",
                  content: "“He is the most unqualified candidate ever.”", kind: .direct, cue: "―", speaker: "Francisco Herrero"),
        QuoteCase(name: "infinitive cue", text: "O'Malley, who signed gun laws, interjected to say: \"They have both been inconsistent.\"",
                  content: "\"They have both been inconsistent.\"", kind: .direct, cue: "say", speaker: "O'Malley"),
        QuoteCase(name: "urged someone to", text: "He urged Democrats to vote for the deal instead.",
                  content: "Democrats to vote for the deal instead", kind: .indirect, cue: "urged", speaker: "He"),
        QuoteCase(name: "nested quote closing with three apostrophes", text: "''They say, 'it is special,''' Mr. Putin said.",
                  content: "''They say, 'it is special,'''", kind: .direct, cue: "said", speaker: "Mr. Putin"),
        QuoteCase(name: "adverb between speaker and cue", text: "Carter however said he would welcome the plan.",
                  content: "he would welcome the plan", kind: .indirect, cue: "said", speaker: "Carter"),
        QuoteCase(name: "passive cue is not speech", text: "The call-up was announced on Sept. 21 by the Kremlin.",
                  content: "", kind: .indirect, cue: nil, speaker: nil),
        QuoteCase(name: "scare quotes are not a quote", text: "The so-called \"red line\" was crossed last year.",
                  content: "", kind: .indirect, cue: nil, speaker: nil),
    ])
    func shape(_ c: QuoteCase) {
        let found = Self.quotes(c.text)
        guard !c.content.isEmpty else {
            #expect(found.isEmpty, "expected no quote, found \(found.map(\.text))")
            return
        }
        #expect(found.count == 1, "found \(found.map(\.text))")
        guard let q = found.first else { return }
        #expect(q.text == c.content)
        #expect(q.kind == c.kind)
        #expect(q.cue?.text == c.cue)
        #expect(q.speaker?.span.text == c.speaker)
    }

    @Test func interruptedQuoteHasTwoParts() throws {
        let text = "“If he thinks that makes him smart,” the narrator says, “what does he think of you?”"
        let q = try #require(Self.quotes(text).first)
        #expect(q.parts.map(\.text) == ["“If he thinks that makes him smart,”", "“what does he think of you?”"])
        #expect(q.kind == .direct)
        #expect(q.speaker?.span.text == "the narrator")
        let scalars = Array(text.unicodeScalars)
        for p in q.parts { #expect(String(String.UnicodeScalarView(scalars[p.start..<p.end])) == p.text) }
    }

    @Test func quoteRunningOverParagraphsIsOneQuote() throws {
        let text = "Smith said:\n\n\"The first paragraph goes on.\n\n\"And the second one ends it.\"\n"
        let q = try #require(Self.quotes(text).first)
        #expect(q.parts.count == 2)
        #expect(q.parts[1].text == "\"And the second one ends it.\"")
    }

    @Test func nextQuoteInTheParagraphJoinsTheSpeakersQuote() throws {
        let text = "\"We will win,\" Smith said. \"Nobody can stop us now.\"\n\nThe vote is in May."
        let found = Self.quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.parts.map(\.text) == ["\"We will win,\"", "\"Nobody can stop us now.\""])
    }

    @Test func offsetsAreCodePointsPastEmojiAndCJK() throws {
        let text = "🎉 中文 e\u{301}. \"We will win,\" Smith said."
        let q = try #require(Self.quotes(text).first)
        #expect(q.start == 9)
        #expect(q.end == 23)
        #expect(q.speaker?.span.start == 24)
        #expect(q.speaker?.span.text == "Smith")
    }
}
