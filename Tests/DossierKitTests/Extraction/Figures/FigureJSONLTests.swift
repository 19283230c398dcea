import Testing
@testable import DossierKit

/// The whole `dossier extract --jsonl` line for a text with every common kind: keys, order, nulls
/// for open range ends, ISO dates in `date`, and no keys that do not apply.
@Suite struct FigureJSONLTests {
    @Test func wholeLine() {
        let jsonl = ExtractionJSONL(analyzer: TextAnalyzer(figureExtractor: FigureExtractor()))
        let input = #"{"id": "kz", "date": "2022-09-27", "text": "According to Kazakhstan's interior ministry, around 98,000 Russians entered the country since the mobilization was announced on Sept. 21, while just over 64,000 left, the RIA Novosti news agency reported. Over thirty fled on Tuesday, paying $2bn or 35%."}"#
        let (line, error) = jsonl.process(input)
        #expect(error == nil)
        let source = #""source": "Kazakhstan's interior ministry (via RIA Novosti news agency)""#
        let expected = #"{"id": "kz", "entities": [], "figures": ["#
            + #"{"start": 45, "end": 58, "text": "around 98,000", "kind": "number", "value": 98000, "qualifier": "approximate", "counts": "Russians entered the country", "# + source + "}, "
            + #"{"start": 128, "end": 136, "text": "Sept. 21", "kind": "date", "date": "2022-09-21", "qualifier": "exact"}, "#
            + #"{"start": 144, "end": 160, "text": "just over 64,000", "kind": "number", "value": 64000, "qualifier": "more-than", "counts": "left", "# + source + "}, "
            + #"{"start": 205, "end": 216, "text": "Over thirty", "kind": "range", "low": 30, "high": null, "qualifier": "more-than", "counts": "fled"}, "#
            + #"{"start": 225, "end": 232, "text": "Tuesday", "kind": "date", "date": "2022-09-27", "qualifier": "exact"}, "#
            + #"{"start": 241, "end": 245, "text": "$2bn", "kind": "money", "value": 2000000000, "unit": "Dollar", "currency": "USD", "qualifier": "exact"}, "#
            + #"{"start": 249, "end": 252, "text": "35%", "kind": "percent", "value": 35, "qualifier": "exact"}]}"#
        #expect(line == expected)
    }

    @Test func offsetsAreCodePointsAfterEmoji() throws {
        let text = "👩‍👩‍👧 東京 paid €10M"
        let f = try #require(FigureExtractor().figures(in: text, documentDate: nil).first)
        #expect(f.text == "€10M")
        #expect(f.start == text.unicodeScalars.count - 4)
        #expect(f.end == text.unicodeScalars.count)
    }
}
