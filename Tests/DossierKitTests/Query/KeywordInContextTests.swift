import Testing
@testable import DossierKit

@Suite("KeywordInContext: lines aligned on the match, offsets in code points")
struct KeywordInContextTests {
    let o = String(MatchMarkers.open), c = String(MatchMarkers.close)

    @Test("marked matches become lines with context on both sides")
    func marked() {
        let lines = KeywordInContext.lines(highlighted: "one two \(o)three\(c) four\nfive \(o)six\(c)", document: DocumentID(4), width: 5)
        #expect(lines == [
            KWICLine(document: DocumentID(4), start: 8, left: "two ", match: "three", right: " four"),
            KWICLine(document: DocumentID(4), start: 24, left: "five ", match: "six", right: ""),
        ])
    }

    @Test("offsets count code points: emoji, CJK and combining marks")
    func codePoints() {
        let text = "👍🏽 東京 cafe\u{301} Tokyo"
        let start = Array(text.unicodeScalars).firstIndex(of: "T")!
        let lines = KeywordInContext.lines(text: text, ranges: [start..<(start + 5)], document: DocumentID(1), width: 40)
        #expect(lines.first?.start == 12)
        #expect(lines.first?.match == "Tokyo")
        #expect(lines.first?.left == "👍🏽 東京 cafe\u{301} ")
        let marked = KeywordInContext.matches(in: "👍🏽 \(o)東京\(c)")
        #expect(marked.ranges == [3..<5])
    }

    @Test("ranges outside the text are skipped, never a crash")
    func outOfRange() {
        #expect(KeywordInContext.lines(text: "short", ranges: [3..<50, -1..<2, 2..<2], document: DocumentID(1), width: 5).isEmpty)
        #expect(KeywordInContext.lines(highlighted: "\(c)x\(o)", document: DocumentID(1), width: 5).isEmpty)
    }
}

@Suite("SentenceBoundaries")
struct SentenceBoundariesTests {
    @Test("sentences split at end punctuation and line breaks, not abbreviations")
    func splits() {
        let text = "Title line\nMr. Smith went to the U.S. on Monday. He left! \"Why?\" she asked. 3 more."
        let b = SentenceBoundaries(text)
        let scalars = Array(text.unicodeScalars)
        let sentences = b.starts.indices.map { String(String.UnicodeScalarView(scalars[b.range(of: $0, length: scalars.count)])) }
        #expect(sentences == ["Title line\n", "Mr. Smith went to the U.S. on Monday. ", "He left! ", "\"Why?\" she asked. ", "3 more."])
        #expect(b.sentence(containing: 0) == 0)
        #expect(b.sentence(containing: scalars.count - 1) == 4)
    }

    @Test("empty text has one empty sentence")
    func empty() {
        #expect(SentenceBoundaries("").starts == [0])
    }
}

@Suite("CoOccurrenceRanking and Timeline")
struct CoOccurrenceTimelineTests {
    @Test("entities in the same sentence rank above those only in the same document")
    func sentenceBeatsDocument() {
        let text = "Alpha met Beta in Gamma. Later Delta spoke.\nAlpha and Beta agreed."
        let w0 = QueryFixtures.workspace([("t", text, nil)])
        let d = w0.documents[0].id
        func m(_ s: String, _ nth: Int = 0) -> Mention {
            let scalars = Array(text.unicodeScalars), n = Array(s.unicodeScalars)
            let starts = (0...(scalars.count - n.count)).filter { Array(scalars[$0..<($0 + n.count)]) == n }
            return Mention(document: d, start: starts[nth], end: starts[nth] + n.count, text: s)
        }
        let entities = [
            Entity(id: EntityID(1), name: "Alpha", type: .person, mentions: [m("Alpha"), m("Alpha", 1)]),
            Entity(id: EntityID(2), name: "Beta", type: .person, mentions: [m("Beta"), m("Beta", 1)]),
            Entity(id: EntityID(3), name: "Gamma", type: .location, mentions: [m("Gamma")]),
            Entity(id: EntityID(4), name: "Delta", type: .person, mentions: [m("Delta")]),
            Entity(id: EntityID(5), name: "Hidden", type: .misc, mentions: [m("met")], rejected: true),
        ]
        let w = Workspace(documents: w0.documents, entities: entities, figures: [], annotations: [], curation: [],
                          counters: w0.counters, history: [])
        let related = CoOccurrenceRanking.related(to: entities[0], in: w)
        #expect(related.map(\.name) == ["Beta", "Gamma", "Delta"])
        #expect(related.map(\.sentences) == [2, 1, 0])
        #expect(related.map(\.documents) == [1, 1, 1])
    }

    @Test("dates without a year come after dated ones")
    func yearless() {
        let base = QueryFixtures.workspace([("A", "On 3 May and on 1 June.", "2020-01-01")])
        let d = base.documents[0].id
        let figures = [
            Figure(id: FigureID(1), document: d, facts: FigureFacts(start: 3, end: 8, text: "3 May", kind: .date, date: "--05-03")),
            Figure(id: FigureID(2), document: d, facts: FigureFacts(start: 16, end: 22, text: "1 June", kind: .date, date: "2019-06-01")),
            Figure(id: FigureID(3), document: d, facts: FigureFacts(start: 0, end: 2, text: "On", kind: .number, value: 1)),
        ]
        let w = Workspace(documents: base.documents, entities: [], figures: figures, annotations: [], curation: [],
                          counters: base.counters, history: [])
        #expect(Timeline.entries(in: w, documents: nil).map(\.id) == ["f2", "d1", "f1"])
    }
}
