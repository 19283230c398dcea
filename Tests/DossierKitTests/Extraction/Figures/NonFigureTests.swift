import Testing
@testable import DossierKit

/// Numbers that are not figures, and input that must not crash or overflow.
@Suite struct NonFigureTests {
    static let nonFigures: [String] = [
        "Call +1-222-2222-2222 now", "Call +44 20 7946 0958 now", "Call 555-1234 now", "Upgrade to version 3.2.1 today",
        "The server at 192.168.0.1 is down", "COVID-19 spread", "He ran Windows 2000 then", "The one you mentioned is invalid",
        "Which one do you prefer?", "We met at 6pm", "The code 24703L202 failed", "scp173m",
        "The A380 landed", "Call 0800 123 4567 today", "The 3G network", "scp2-173m",
        "He watched Channel 4 news", "Under Article 5 of the treaty",
    ]

    @Test(arguments: nonFigures)
    func noCountIn(_ text: String) {
        let found = FigureTestSupport.figures(text).filter { $0.kind != .date && $0.kind != .time }
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func scaledValuesAreExact() throws {
        #expect(FigureTestSupport.figures("over 1,000 people").first?.low == 1000)
        #expect(FigureTestSupport.figures("7.5 billion people").first?.value == 7_500_000_000)
        #expect(FigureTestSupport.figures("Tony Blair's 2005 campaign").first?.value == 2005)
    }

    @Test func commaListIsSeparateNumbers() {
        #expect(FigureTestSupport.figures("1,2,3").map(\.value) == [1, 2, 3])
    }

    @Test func veryLongDigitStringSaysItIsRounded() throws {
        let digits = String(repeating: "9", count: 400)
        let f = try #require(FigureTestSupport.figures("about " + digits + " stars").first)
        #expect(f.text.hasSuffix(digits))
        #expect(f.value == nil)
        #expect(f.qualifier == .approximate)
    }

    @Test func seventeenDigitsAreApproximate() throws {
        let f = try #require(FigureTestSupport.figures("12345678901234567 grains").first)
        #expect(f.qualifier == .approximate)
        #expect(f.value != nil)
    }

    @Test(arguments: ["$ $ $", "$", "€", "1e999999", "^^^1", "- - -", "¾¾¾", "and and and", "a a a", "1/0", "0/0",
                      "1,,2", ",,,", "1.", ".", "12e", "between and", "from to", "more than", "US$", "u.s", "5 ft 2 in in",
                      String(repeating: "one ", count: 500), String(repeating: "1-", count: 500), String(repeating: "9,", count: 300)])
    func garbageDoesNotCrash(_ text: String) {
        for f in FigureTestSupport.figures(text) {
            #expect(f.start >= 0 && f.start < f.end && f.end <= text.unicodeScalars.count)
        }
    }
}

/// Inputs that once trapped the scanner; each is a regression case.
@Suite struct FigureCrashRegressionTests {
    @Test(arguments: [
        "PGP Fingerprint: 91CF B387 7B38 148C DDD6 38D2 6CBC 1E46 1DBF 22A8",
        "1E46-2-3", "9E99/12/1", "1e308 trillion dollars", "1e400e5", "2.48×10−5 and 1e300^1e300",
    ])
    func doesNotTrap(_ text: String) {
        let found = FigureTestSupport.figures(text, date: "2019-03-01")
        #expect(found.allSatisfy { $0.value?.isFinite ?? true })
    }

    @Test func pgpFingerprintIsNoDate() {
        let found = FigureTestSupport.figures("PGP Fingerprint: 91CF B387 7B38 148C DDD6 38D2 6CBC 1E46 1DBF 22A8")
        #expect(!found.contains { $0.kind == .date })
    }
}
