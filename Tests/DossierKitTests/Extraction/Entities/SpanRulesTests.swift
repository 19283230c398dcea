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

    @Test func halfABracketAndOpeningQuotesSplitNames() {
        // 0 Baar 1 ( 2 Switzerland 3 ) 4 and 5 Grace 6 Millane 7 ‘
        let d = doc("Baar (Switzerland) and Grace Millane \u{2018}")
        let out = SpanRules.apply([(0..<3, .location), (5..<8, .person)], d)
        #expect(out.map(\.0) == [0..<1, 2..<3, 5..<7])
        // 0 Mladost 1 ( 2 L 3 ) 4 beat 5 Rad: a whole bracketed part stays in the name
        let club = SpanRules.apply([(0..<4, .organization)], doc("Mladost (L) beat Rad"))
        #expect(club.map(\.0) == [0..<4])
    }

    @Test func aTitleAloneIsNoName() {
        #expect(SpanRules.apply([(0..<1, .person)], doc("Mr said")).isEmpty)
    }
}

@Suite struct SpanRoleTests {
    func doc(_ text: String, firstNames: [String] = []) -> TaggerDocument {
        let gazetteer = Gazetteer(tsv: firstNames.map { "firstname\t\($0)\t\($0)" }.joined(separator: "\n"))
        return TaggerDocument(text: Array(text.unicodeScalars), gazetteer: gazetteer, clusters: WordClusters())
    }

    @Test func aRoleInsideTheSpanIsCutOffAndMakesAPerson() {
        // 0 Interior 1 Minister 2 Wolfgang 3 Peschorn 4 said
        let d = doc("Interior Minister Wolfgang Peschorn said", firstNames: ["Wolfgang"])
        let out = SpanRules.apply([(0..<4, .organization)], d)
        #expect(out.map(\.range) == [2..<4])
        #expect(out.map(\.type) == [.person])
        #expect(out.map(\.role) == [0..<2])
    }

    @Test func aLongRoleWithConnectivesIsCutOff() {
        // 0 Trade 1 and 2 Industry 3 Secretary 4 Patricia 5 Hewitt
        let d = doc("Trade and Industry Secretary Patricia Hewitt", firstNames: ["Patricia"])
        let out = SpanRules.apply([(0..<6, .organization)], d)
        #expect(out.map(\.range) == [4..<6])
        #expect(out.map(\.role) == [0..<4])
    }

    @Test func anOrganisationNamedWithAnOfficeWordStays() {
        let d = doc("General Motors Corp said")
        #expect(SpanRules.apply([(0..<3, .organization)], d).map(\.range) == [0..<3])
    }

    @Test func aRoleBeforeATaggedNameIsRecorded() {
        // 0 said 1 Prime 2 Minister 3 Tony 4 Blair
        let d = doc("said Prime Minister Tony Blair")
        let out = SpanRules.apply([(3..<5, .person)], d)
        #expect(out.map(\.role) == [1..<3])
    }

    @Test func aFirstNameJoinsTheNameAfterIt() {
        // 0 Defense 1 Secretary 2 Mark 3 Esper 4 said
        let d = doc("Defense Secretary Mark Esper said", firstNames: ["Mark"])
        let out = SpanRules.apply([(0..<3, .person), (3..<4, .person)], d)
        #expect(out.map(\.range) == [2..<4])
        #expect(out.map(\.role) == [0..<2])
    }
}

@Suite struct RoleOpenerTests {
    @Test func aSentenceOpenerIsNoPartOfTheRole() {
        // 0 And 1 Chancellor 2 Gordon 3 Brown
        let d = TaggerDocument(text: Array("And Chancellor Gordon Brown".unicodeScalars), gazetteer: Gazetteer(), clusters: WordClusters())
        #expect(SpanRules.apply([(2..<4, .person)], d).map(\.role) == [1..<2])
    }
}
