/// A full-text query as a person typed it (words, "phrases", AND/OR/NOT, NEAR(…), prefix*,
/// title:/text: filters, parentheses), checked and rewritten as an FTS5 expression. The
/// expression is always bound as a parameter, never spliced into SQL.
public struct SearchQuery: Sendable, Equatable {
    /// The query as typed.
    public let text: String
    /// The FTS5 MATCH expression: every word quoted, operators upper case.
    public let expression: String
    /// Whether the query has lower-case `and`/`or`/`not`, which FTS reads as plain words.
    public let hasLowercaseOperators: Bool
    /// What a snippet marks: the phrases a matching document contains (not those under NOT).
    let snippetTerms: [SnippetMarker.Term]

    public init(_ text: String) throws(SearchQueryError) {
        let tokens = try SearchQueryLexer.tokens(text)
        try Self.check(tokens)
        self.text = text
        expression = tokens.map(Self.expression).joined(separator: " ")
        snippetTerms = SnippetMarker.terms(of: tokens)
        hasLowercaseOperators = tokens.contains {
            if case .phrase(let p) = $0 { return ["and", "or", "not"].contains(p.text) }
            return false
        }
    }

    private static func expression(_ token: SearchQueryToken) -> String {
        switch token {
        case .phrase(let p): p.expression
        case .and: "AND"
        case .or: "OR"
        case .not: "NOT"
        case .open: "("
        case .close: ")"
        case .columns(let c): c.count == 1 ? c[0] + " :" : "{" + c.joined(separator: " ") + "} :"
        case let .near(phrases, distance):
            "NEAR(" + phrases.map(\.expression).joined(separator: " ") + (distance.map { ", \($0)" } ?? "") + ")"
        }
    }

    /// Checks the order of tokens: operators between operands, filters before operands,
    /// parentheses balanced and not empty.
    static func check(_ tokens: [SearchQueryToken]) throws(SearchQueryError) {
        guard !tokens.isEmpty else { throw .empty }
        var depth = 0
        var previous: SearchQueryToken?
        for token in tokens {
            switch token {
            case .and, .or, .not:
                switch previous {
                case nil, .open?: throw .operatorAtStart(token.display)
                case let p? where p.isOperator: throw .operatorsInARow(p.display, token.display)
                case .columns(let c)?: throw .columnWithoutWord(c.joined(separator: " "))
                default: break
                }
            case .open:
                depth += 1
            case .close:
                guard depth > 0 else { throw .unmatchedParenthesis }
                switch previous {
                case .open?: throw .emptyParentheses
                case let p? where p.isOperator: throw .operatorAtEnd(p.display)
                case .columns(let c)?: throw .columnWithoutWord(c.joined(separator: " "))
                default: break
                }
                depth -= 1
            case .columns:
                if case .columns(let c)? = previous { throw .columnWithoutWord(c.joined(separator: " ")) }
            case .phrase, .near:
                break
            }
            previous = token
        }
        if let last = previous, last.isOperator { throw .operatorAtEnd(last.display) }
        if case .columns(let c)? = previous { throw .columnWithoutWord(c.joined(separator: " ")) }
        if depth > 0 { throw .unclosedParenthesis }
    }
}
