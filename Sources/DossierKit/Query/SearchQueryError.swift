/// Why a search query cannot be run, said in plain words with a hint; never SQLite's own text.
public enum SearchQueryError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No words at all.
    case empty
    /// A `"` (or `'`) that opens a phrase is never closed; the phrase's start is given.
    case unclosedQuote(String)
    /// A `(` that is never closed.
    case unclosedParenthesis
    /// A `)` with no `(` before it.
    case unmatchedParenthesis
    /// `()` with nothing inside.
    case emptyParentheses
    /// AND, OR or NOT with nothing to its left.
    case operatorAtStart(String)
    /// AND, OR or NOT with nothing to its right.
    case operatorAtEnd(String)
    /// Two operators side by side, e.g. `tax AND OR vat`.
    case operatorsInARow(String, String)
    /// A column filter (`title:`) with no word after it.
    case columnWithoutWord(String)
    /// A `{` column set with no `}`.
    case unclosedColumnSet
    /// A column filter naming a column that is not indexed.
    case unknownColumn(String)
    /// `*` anywhere but at the end of a word.
    case misplacedStar(String)
    /// A word with no letters or digits, e.g. `&`.
    case noWords(String)
    /// `-word`: FTS has no minus operator.
    case minus(String)
    /// `--something` that is not an option of the command.
    case unknownOption(String)
    /// A malformed `NEAR(…)` group; the detail says how.
    case badNear(String)
    /// SQLite refused the query for a reason the checks above did not foresee.
    case notUnderstood

    /// The columns a query may filter on.
    static let columnNames = ["title", "text"]

    public var description: String { message + "; " + hint }

    public var message: String {
        switch self {
        case .empty: "nothing to search for"
        case .unclosedQuote(let start): "the quote before '\(start)' is never closed"
        case .unclosedParenthesis: "a '(' is never closed"
        case .unmatchedParenthesis: "a ')' has no '(' before it"
        case .emptyParentheses: "'()' has nothing inside"
        case .operatorAtStart(let op): "'\(op)' has nothing before it"
        case .operatorAtEnd(let op): "'\(op)' has nothing after it"
        case let .operatorsInARow(a, b): "'\(a)' is followed by '\(b)' with no word between them"
        case .columnWithoutWord(let c): "'\(c):' must be followed by a word or a \"phrase\""
        case .unclosedColumnSet: "a '{' column set is never closed"
        case .unknownColumn(let c): "there is no column '\(c)' to search"
        case .misplacedStar(let w): "'*' in '\(w)' is not at the end of a word"
        case .noWords(let w): "'\(w)' has no letters or digits to search for"
        case .minus(let w): "'\(w)': a leading '-' does not exclude words"
        case .unknownOption(let o): "unknown option '\(o)'"
        case .badNear(let detail): detail
        case .notUnderstood: "the query could not be understood"
        }
    }

    public var hint: String {
        switch self {
        case .empty: "try: search budget, search \"prime minister\", search tax* NOT vat"
        case .unclosedQuote(let start): "close the phrase, e.g. \"\(start)\""
        case .unclosedParenthesis, .unmatchedParenthesis, .emptyParentheses:
            "group words like this: (tax OR vat) AND budget"
        case .operatorAtStart("NOT"), .operatorAtEnd("NOT"), .minus:
            "NOT sits between two words: tax NOT vat finds tax but not vat"
        case .operatorAtStart(let op), .operatorAtEnd(let op), .operatorsInARow(_, let op):
            "\(op) joins two words: tax \(op) vat (operators are upper case)"
        case .columnWithoutWord(let c): "e.g. \(c):budget or \(c):\"prime minister\""
        case .unknownColumn, .unclosedColumnSet: "the columns are title: and text:, e.g. title:budget"
        case .misplacedStar: "tax* finds tax, taxes and taxation"
        case .noWords: "search for words, \"exact phrases\" or prefixes like tax*"
        case .unknownOption: "the options are --doc dN, --tag T, --entity eN, --limit N and --format F"
        case .badNear: "write NEAR(word word, N), e.g. NEAR(tax rise, 5)"
        case .notUnderstood:
            "use words, \"phrases\", prefix*, AND/OR/NOT, NEAR(a b, 5) and title:/text: filters"
        }
    }
}
