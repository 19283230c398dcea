import Testing
@testable import DossierKit

/// One table per kind: the figure must be found with its kind and normalized value.
@Suite struct FigureKindTests {
    static let numbers: [FigureCase] = [
        .init(text: "Exactly 1,674,200.5 votes", figure: "1,674,200.5", kind: .number, value: 1_674_200.5),
        .init(text: "The rate was .08 then", figure: ".08", kind: .number, value: 0.08),
        .init(text: "four Ukrainian regions", figure: "four", kind: .number, value: 4),
        .init(text: "twenty-one guns", figure: "twenty-one", kind: .number, value: 21),
        .init(text: "a dozen eggs", figure: "a dozen", kind: .number, value: 12),
        .init(text: "one hundred and three and two thirds", figure: "one hundred and three and two thirds",
              kind: .number, value: 103 + 2.0 / 3),
        .init(text: "1.5 million people", figure: "1.5 million", kind: .number, value: 1_500_000),
        .init(text: "three quarters of them", figure: "three quarters", kind: .number, value: 0.75),
        .init(text: "five and a half million fish", figure: "five and a half million", kind: .number, value: 5_500_000),
        .init(text: "the result is ¾", figure: "¾", kind: .number, value: 0.75),
        .init(text: "2  1/4 is the answer", figure: "2  1/4", kind: .number, value: 2.25),
        .init(text: "Sales hit 100k", figure: "100k", kind: .number, value: 100_000),
        .init(text: "nought point nought three", figure: "nought point nought three", kind: .number, value: 0.03),
        .init(text: "In some countries 5,00 is five", figure: "5,00", kind: .number, value: 5),
        .init(text: "The 12,34,567 figure", figure: "12,34,567", kind: .number, value: 1_234_567),
        .init(text: "Temperature fell to -9.5 overnight", figure: "-9.5", kind: .number, value: -9.5),
        .init(text: "thousands of reservists", figure: "thousands", kind: .number, value: 1000, qualifier: .vague),
        .init(text: "tens of thousands of people", figure: "tens of thousands", kind: .number, value: 10_000, qualifier: .vague),
        .init(text: "3m people watched", figure: "3m", kind: .number, value: 3_000_000),
        .init(text: "10M views", figure: "10M", kind: .number, value: 10_000_000),
        .init(text: "half of the country", figure: "half", kind: .number, value: 0.5),
        .init(text: "There were 1000s of people", figure: "1000s", kind: .number, value: 1000, qualifier: .vague),
    ]

    static let money: [FigureCase] = [
        .init(text: "It cost $2 then", figure: "$2", kind: .money, value: 2, unit: "Dollar", currency: "USD"),
        .init(text: "a $2bn deal", figure: "$2bn", kind: .money, value: 2e9, currency: "USD"),
        .init(text: "raised €10M last year", figure: "€10M", kind: .money, value: 1e7, currency: "EUR"),
        .init(text: "a £3m fee", figure: "£3m", kind: .money, value: 3e6, currency: "GBP"),
        .init(text: "about $ 14 million", figure: "about $ 14 million", kind: .money, value: 1.4e7, qualifier: .approximate),
        .init(text: "US$ 150 million loan", figure: "US$ 150 million", kind: .money, value: 1.5e8, currency: "USD"),
        .init(text: "125 million australian dollars", figure: "125 million australian dollars", kind: .money,
              value: 1.25e8, currency: "AUD"),
        .init(text: "paid 450,000 yen", figure: "450,000 yen", kind: .money, value: 450_000, currency: "JPY"),
        .init(text: "priced at USD 200.", figure: "USD 200", kind: .money, value: 200, currency: "USD"),
        .init(text: "only thirteen dollars forty-five cents", figure: "thirteen dollars forty-five cents",
              kind: .money, value: 13.45),
        .init(text: "30 MUSD were lost", figure: "30 MUSD", kind: .money, value: 3e7, currency: "USD"),
        .init(text: "The fee is 100元!", figure: "100元", kind: .money, value: 100, currency: "CNY"),
        .init(text: "fell 34 cents", figure: "34 cents", kind: .money, value: 34, unit: "Cent"),
        .init(text: "I owe you 2 quid", figure: "2 quid", kind: .money, value: 2, currency: "GBP"),
        .init(text: "Profits hit $8.2bn.", figure: "$8.2bn", kind: .money, value: 8.2e9, currency: "USD"),
    ]

    static let percents: [FigureCase] = [
        .init(text: "up 35% on the year", figure: "35%", kind: .percent, value: 35),
        .init(text: "up 35 per cent", figure: "35 per cent", kind: .percent, value: 35),
        .init(text: "up 35 percent", figure: "35 percent", kind: .percent, value: 35),
        .init(text: "twenty percent", figure: "twenty percent", kind: .percent, value: 20),
        .init(text: "more than 40% of voters", figure: "more than 40%", kind: .percent, value: 40, qualifier: .moreThan),
    ]

    static let measures: [FigureCase] = [
        .init(text: "a 200 km trip", figure: "200 km", kind: .measure, value: 200, unit: "Kilometer"),
        .init(text: "75ml of milk", figure: "75ml", kind: .measure, value: 75, unit: "Milliliter"),
        .init(text: "its 3-inch thickness", figure: "3-inch", kind: .measure, value: 3, unit: "Inch"),
        .init(text: "ran at 188 miles an hour", figure: "188 miles an hour", kind: .measure, value: 188, unit: "Mile per hour"),
        .init(text: "he is 5 ft 2 in", figure: "5 ft 2 in", kind: .measure, value: 5 + 2.0 / 12, unit: "Foot"),
        .init(text: "a 1.5 million gallon tank", figure: "1.5 million gallon", kind: .measure, value: 1.5e6, unit: "Gallon"),
        .init(text: "home ranges of 190 km2", figure: "190 km2", kind: .measure, value: 190, unit: "Square kilometer"),
        .init(text: "add 2 cups of flour", figure: "2 cups", kind: .measure, value: 2, unit: "Cup"),
        .init(text: "a quarter of a mile away", figure: "a quarter of a mile", kind: .measure, value: 0.25, unit: "Mile"),
        .init(text: "It was 20C in London", figure: "20C", kind: .measure, value: 20, unit: "Degree Celsius"),
    ]

    static let ranges: [FigureCase] = [
        .init(text: "between 20 and 30 came", figure: "between 20 and 30", kind: .range, low: 20, high: 30),
        .init(text: "pages 20-30 only", figure: "20-30", kind: .range, low: 20, high: 30),
        .init(text: "The range is 1000–5000", figure: "1000–5000", kind: .range, low: 1000, high: 5000),
        .init(text: "over thirty left", figure: "over thirty", kind: .range, low: 30, qualifier: .moreThan),
        .init(text: "up to 700 workers", figure: "up to 700", kind: .range, high: 700, qualifier: .atMost),
        .init(text: "at least 20 apples", figure: "at least 20", kind: .range, low: 20, qualifier: .atLeast),
        .init(text: "200 or more", figure: "200 or more", kind: .range, low: 200, qualifier: .atLeast),
        .init(text: "more than 10 and less than 40", figure: "more than 10 and less than 40", kind: .range, low: 10, high: 40),
        .init(text: "from 200 to 3000 in total", figure: "from 200 to 3000", kind: .range, low: 200, high: 3000),
        .init(text: "x>10 holds", figure: ">10", kind: .range, low: 10, qualifier: .moreThan),
        .init(text: "between 2001 and 2004", figure: "between 2001 and 2004", kind: .range, low: 2001, high: 2004),
        .init(text: "up 10-20%", figure: "10-20%", kind: .range, low: 10, high: 20, unit: "Percent"),
        .init(text: "30+ people", figure: "30+", kind: .range, low: 30, qualifier: .atLeast),
    ]

    static let ordinalsAndDates: [FigureCase] = [
        .init(text: "the third time", figure: "third", kind: .ordinal, value: 3),
        .init(text: "the 21st century", figure: "21st", kind: .ordinal, value: 21),
        .init(text: "the 1,000th customer", figure: "1,000th", kind: .ordinal, value: 1000),
        .init(text: "on 21 September 2022 it rained", figure: "21 September 2022", kind: .date, date: "2022-09-21"),
        .init(text: "on 2022-09-21 it rained", figure: "2022-09-21", kind: .date, date: "2022-09-21"),
        .init(text: "since Sept. 21, it rained", figure: "Sept. 21", kind: .date, date: "--09-21"),
        .init(text: "since Sept. 21, it rained", figure: "Sept. 21", kind: .date, date: "2022-09-21", documentDate: "2022-10-01"),
        .init(text: "on Tuesday it rained", figure: "Tuesday", kind: .date, date: "2022-09-27", documentDate: "2022-09-29"),
        .init(text: "it rained last week", figure: "last week", kind: .date, date: "2022-W38", documentDate: "2022-09-29"),
        .init(text: "it rained yesterday", figure: "yesterday", kind: .date, date: "2022-09-28", documentDate: "2022-09-29"),
        .init(text: "meet on 5/17/2018?", figure: "5/17/2018", kind: .date, date: "2018-05-17"),
        .init(text: "sales in 1988 fell", figure: "1988", kind: .date, date: "1988"),
        .init(text: "in October 2014 it", figure: "October 2014", kind: .date, date: "2014-10"),
        .init(text: "in the 1990s it", figure: "1990s", kind: .date, date: "199X"),
    ]

    @Test(arguments: numbers + money + percents + measures + ranges + ordinalsAndDates)
    func finds(_ c: FigureCase) throws {
        let f = try #require(FigureTestSupport.figure(c.figure, in: c.text, date: c.documentDate),
                             "found \(FigureTestSupport.figures(c.text, date: c.documentDate).map(\.text))")
        #expect(f.kind == c.kind)
        if c.value != nil || c.kind != .date { #expect(FigureTestSupport.close(f.value, c.kind == .range ? nil : c.value)) }
        if c.kind == .range {
            #expect(FigureTestSupport.close(f.low, c.low))
            #expect(FigureTestSupport.close(f.high, c.high))
        }
        if let u = c.unit { #expect(f.unit == u) }
        if let cur = c.currency { #expect(f.currency == cur) }
        if c.kind == .date { #expect(f.date == c.date) }
        #expect(f.qualifier == c.qualifier)
    }
}
