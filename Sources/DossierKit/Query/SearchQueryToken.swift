/// One piece of a search query: a phrase (one word or several), an operator, a parenthesis,
/// a column filter or a NEAR group.
enum SearchQueryToken: Equatable, Sendable {
    /// Words to match in order; `prefix` for `word*`, `initial` for `^word` (first in its column).
    case phrase(Phrase)
    case and, or, not
    case open, close
    /// `title:` or `{title text}:` — applies to the next phrase, group or NEAR.
    case columns([String])
    /// `NEAR(a b, 5)`.
    case near([Phrase], distance: Int?)

    struct Phrase: Equatable, Sendable {
        var text: String
        var prefix = false
        var initial = false

        /// FTS5 syntax: always a quoted string, so punctuation inside cannot be read as syntax.
        var expression: String {
            (initial ? "^" : "") + "\"" + text.replacingAll("\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
        }
    }

    /// How the token reads in a message.
    var display: String {
        switch self {
        case .phrase(let p): p.text
        case .and: "AND"
        case .or: "OR"
        case .not: "NOT"
        case .open: "("
        case .close: ")"
        case .columns(let c): c.count == 1 ? c[0] : "{" + c.joined(separator: " ") + "}"
        case .near: "NEAR"
        }
    }

    var isOperator: Bool { self == .and || self == .or || self == .not }
}
