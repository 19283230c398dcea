import Testing
@testable import DossierKit

@Suite("SearchQuery: typed queries become safe FTS5 expressions")
struct SearchQueryTests {
    @Test("valid queries", arguments: [
        ("budget", #""budget""#),
        (#""prime minister" tax*"#, #""prime minister" "tax"*"#),
        ("tax AND vat", #""tax" AND "vat""#),
        ("tax OR vat NOT cut", #""tax" OR "vat" NOT "cut""#),
        ("(tax OR vat) budget", #"( "tax" OR "vat" ) "budget""#),
        ("NEAR(interest rates, 5)", #"NEAR("interest" "rates", 5)"#),
        (#"NEAR("prime minister" tax)"#, #"NEAR("prime minister" "tax")"#),
        ("title:budget", #"title : "budget""#),
        (#"text:"prime minister""#, #"text : "prime minister""#),
        ("{title text}:budget", #"{title text} : "budget""#),
        ("U.S. Britain's 1,000", #""U.S." "Britain's" "1,000""#),
        ("^budget", #"^"budget""#),
        ("'prime minister'", #""prime minister""#),
        (#""say ""hi"" now""#, #""say ""hi"" now""#),
        ("café naïve*", #""café" "naïve"*"#),
        ("NEAR budget", #""NEAR" "budget""#),
        ("tax and vat", #""tax" "and" "vat""#),
    ])
    func valid(_ input: String, _ expected: String) throws {
        #expect(try SearchQuery(input).expression == expected)
    }

    @Test("malformed queries say what is wrong", arguments: [
        ("", SearchQueryError.empty),
        ("   ", .empty),
        (#""prime minister"#, .unclosedQuote("prime minister")),
        ("(tax OR vat", .unclosedParenthesis),
        ("tax)", .unmatchedParenthesis),
        ("()", .emptyParentheses),
        ("AND", .operatorAtStart("AND")),
        ("NOT tax", .operatorAtStart("NOT")),
        ("tax OR", .operatorAtEnd("OR")),
        ("tax AND OR vat", .operatorsInARow("AND", "OR")),
        ("(tax AND) vat", .operatorAtEnd("AND")),
        ("author:smith", .unknownColumn("author")),
        ("{title author}:x", .unknownColumn("author")),
        ("{title x", .unclosedColumnSet),
        ("title:", .columnWithoutWord("title")),
        ("title: AND x", .columnWithoutWord("title")),
        ("ta*x", .misplacedStar("ta*x")),
        ("*", .noWords("*")),
        ("&", .noWords("&")),
        (#""—""#, .noWords(#""—""#)),
        ("-vat", .minus("-vat")),
        ("--limt 5", .unknownOption("--limt")),
        ("NEAR(a b", .badNear("NEAR( is never closed")),
        ("NEAR()", .badNear("NEAR() has no words inside")),
        ("NEAR(a b, x)", .badNear("the distance in NEAR(…, N) must be a whole number, not 'x'")),
        ("NEAR(a OR b)", .badNear("NEAR(…) takes words and phrases, not 'OR'")),
        ("^", .noWords("^")),
        ("\u{0}\u{1B}", .empty),
    ])
    func malformed(_ input: String, _ expected: SearchQueryError) {
        #expect(throws: expected) { try SearchQuery(input) }
    }

    @Test("every error reads as one line with a hint")
    func messagesAreOneLine() {
        let errors: [SearchQueryError] = [.empty, .unclosedQuote("x"), .unclosedParenthesis, .unmatchedParenthesis,
                                          .emptyParentheses, .operatorAtStart("NOT"), .operatorAtEnd("OR"),
                                          .operatorsInARow("AND", "OR"), .columnWithoutWord("title"),
                                          .unknownColumn("x"), .unclosedColumnSet, .misplacedStar("a*b"), .noWords("&"), .minus("-x"),
                                          .unknownOption("--x"), .badNear("x"), .notUnderstood]
        for e in errors {
            #expect(!e.description.contains("\n"))
            #expect(e.description.contains("; "))
            #expect(!e.description.lowercased().contains("fts5"))
        }
    }

    @Test("lower-case operators are words, and the query says so")
    func lowercaseOperators() throws {
        #expect(try SearchQuery("tax or vat").hasLowercaseOperators)
        #expect(try !SearchQuery("tax OR vat").hasLowercaseOperators)
    }
}
