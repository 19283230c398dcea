import Testing
@testable import DossierKit

@Suite struct DatelineFinderTests {
    @Test(arguments: [
        ("Title\n\nBy A. Writer — 28 September 2022\n\nBody.", "2022-09-28"),
        ("Title\nOctober 14, 2022\nBody", "2022-10-14"),
        ("Title\n2022-11-03 09:00\nBody", "2022-11-03"),
    ])
    func findsADatelineNearTheTop(text: String, expected: String) {
        #expect(DatelineFinder.date(in: text) == expected)
    }

    @Test func ignoresDatesDeepInTheBody() {
        let text = "Title\none\ntwo\nthree\nfour\nfive\nOn 21 September 2022 it began."
        #expect(DatelineFinder.date(in: text) == nil)
    }

    @Test func ignoresIncompleteDates() {
        #expect(DatelineFinder.date(in: "Title\nOn Tuesday, Sept. 21, it began.") == nil)
        #expect(DatelineFinder.date(in: "") == nil)
    }
}
