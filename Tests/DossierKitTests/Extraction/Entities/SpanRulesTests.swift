import Testing
@testable import DossierKit

@Suite struct SpanRulesTests {
    func doc(_ text: String) -> TaggerDocument {
        TaggerDocument(text: Array(text.unicodeScalars), gazetteer: Gazetteer(), clusters: WordClusters())
    }

    @Test func titlesLeaveNamesAndLowercaseWordsSplitThem() {
        let d = doc("Ms Hewitt met Liberal Democrat spokeswoman for women Sandra Gidley and the Bank of England")
        // tokens: 0 Ms 1 Hewitt 2 met 3 Liberal 4 Democrat 5 spokeswoman 6 for 7 women 8 Sandra 9 Gidley 10 and 11 the 12 Bank 13 of 14 England
        let out = SpanRules.apply([(0..<2, .person), (3..<10, .organization), (12..<15, .organization)], d)
        #expect(out.map(\.0) == [1..<2, 3..<5, 8..<10, 12..<15])
    }

    @Test func aTitleAloneIsNoName() {
        #expect(SpanRules.apply([(0..<1, .person)], doc("Mr said")).isEmpty)
    }
}
