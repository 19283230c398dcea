import Testing
@testable import DossierKit

@Suite struct EntityTagTests {
    @Test func encodeDecodeRoundTrip() {
        let spans: [(Range<Int>, EntityType)] = [(0..<2, .person), (3..<4, .location), (5..<8, .organization)]
        let tags = EntityTag.encode(spans, count: 9)
        let back = EntityTag.decode(tags)
        #expect(back.map(\.0) == spans.map(\.0))
        #expect(back.map(\.1) == spans.map(\.1))
    }

    @Test func bilouConstraints() {
        let b = EntityTag.tag(.person, .begin), l = EntityTag.tag(.person, .last), u = EntityTag.tag(.location, .unit)
        #expect(EntityTag.allowed(l, after: b, last: false))
        #expect(!EntityTag.allowed(u, after: b, last: false))
        #expect(!EntityTag.allowed(b, after: -1, last: true))
        #expect(EntityTag.allowed(u, after: -1, last: true))
    }

    @Test func conllIOB1Spans() {
        let spans = ConllCorpus.spans(iob1: ["I-PER", "I-PER", "B-PER", "O", "I-LOC"])
        #expect(spans.map(\.0) == [0..<2, 2..<3, 4..<5])
    }

    @Test func modelFileRoundTrip() throws {
        var floats = [Float](repeating: 0, count: 8 * EntityTag.count)
        floats[3 * EntityTag.count + 2] = 1.5
        floats[5 * EntityTag.count] = -3
        let w = QuantizedWeights(floats: floats, rows: 8)
        let back = try TaggerModelFile.decode(TaggerModelFile.encode([w, w]))
        #expect(back.count == 2)
        #expect(back[1].values == w.values)
        #expect(back[1].scales == w.scales)
        #expect(throws: TaggerModelFile.Error.self) { try TaggerModelFile.decode(Data("junk".utf8)) }
    }
}
import Foundation
