import Testing
@testable import DossierKit

@Suite struct FigureExtractorSmokeTests {
    @Test func findsANumber() {
        #expect(FigureExtractor().figures(in: "four regions", documentDate: nil).first?.value == 4)
    }
}
