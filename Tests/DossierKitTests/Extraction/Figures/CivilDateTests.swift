import Testing
@testable import DossierKit

/// Calendar arithmetic behind relative dates.
@Suite struct CivilDateTests {
    @Test func weekdayAndRoundTrip() throws {
        let d = try #require(CivilDate(iso: "2022-09-21"))
        #expect(d.weekday == 3)
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 11).iso == "2022-10-02")
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == 4)
    }

    @Test func isoWeekAtYearEnd() {
        #expect(CivilDate(year: 2021, month: 1, day: 1).isoWeek == "2020-W53")
        #expect(CivilDate(year: 2022, month: 9, day: 21).isoWeek == "2022-W38")
    }

    @Test func rejectsInvalidDates() {
        #expect(CivilDate(iso: "2022-02-30") == nil)
        #expect(CivilDate(iso: "not a date") == nil)
    }
}

@Suite struct DatePeriodTests {
    @Test func sentencePeriodAfterAFullMonthNameIsNotPartOfTheDate() {
        let dates = FigureExtractor().figures(in: "It was announced on 21 September. Queues grew on 21 Sept. and later.", documentDate: "2022-09-28")
            .filter { $0.kind == .date }.map(\.text)
        #expect(dates == ["21 September", "21 Sept."])
    }
}
