import Testing
@testable import DossierKit

/// What a figure counts, who said it, and its qualifier, on the sentence from issue 4.
@Suite struct FigureContextTests {
    static let kazakhstan = "According to Kazakhstan's interior ministry, around 98,000 Russians entered the country since the mobilization was announced on Sept. 21, while just over 64,000 left, the RIA Novosti news agency reported."

    @Test func aroundNinetyEightThousand() throws {
        let f = try #require(FigureTestSupport.figure("around 98,000", in: Self.kazakhstan))
        #expect(f.kind == .number)
        #expect(f.value == 98_000)
        #expect(f.qualifier == .approximate)
        #expect(f.counts == "Russians entered the country")
        #expect(f.source == "Kazakhstan's interior ministry (via RIA Novosti news agency)")
    }

    @Test func justOverSixtyFourThousand() throws {
        let f = try #require(FigureTestSupport.figure("just over 64,000", in: Self.kazakhstan))
        #expect(f.kind == .number)
        #expect(f.value == 64_000)
        #expect(f.qualifier == .moreThan)
        #expect(f.counts == "left")
        #expect(f.source == "Kazakhstan's interior ministry (via RIA Novosti news agency)")
    }

    @Test func mobilizationDate() throws {
        let noYear = try #require(FigureTestSupport.figure("Sept. 21", in: Self.kazakhstan))
        #expect(noYear.kind == .date)
        #expect(noYear.date == "--09-21")
        let dated = try #require(FigureTestSupport.figure("Sept. 21", in: Self.kazakhstan, date: "2022-09-27"))
        #expect(dated.date == "2022-09-21")
    }

    @Test func exactlyThreeFigures() {
        #expect(FigureTestSupport.figures(Self.kazakhstan).map(\.text) == ["around 98,000", "Sept. 21", "just over 64,000"])
    }

    @Test func countsAfterVagueAmount() throws {
        let f = try #require(FigureTestSupport.figure("Thousands", in: "Thousands of reservists fled."))
        #expect(f.counts == "reservists fled")
    }

    @Test func sourceFromSaidClause() throws {
        let f = try #require(FigureTestSupport.figure("four", in: "Putin annexed four Ukrainian regions, the Kremlin said."))
        #expect(f.counts == "Ukrainian regions")
        #expect(f.source == "Kremlin")
    }

    @Test func pronounIsNoSource() throws {
        let f = try #require(FigureTestSupport.figure("12", in: "He said 12 people came."))
        #expect(f.source == nil)
    }
}
