/// Splits a query as typed into tokens. Barewords with punctuation (`U.S.`, `Britain's`, `1,000`)
/// become phrases, so they match the way the tokenizer splits the text instead of failing.
struct SearchQueryLexer {
    private let chars: [Character]
    private var i = 0

    /// Control characters (NUL, escapes) count as spaces: FTS5 cannot take them.
    init(_ text: String) {
        chars = text.map { c in c.unicodeScalars.contains { $0.properties.generalCategory == .control } && !c.isWhitespace ? " " : c }
    }

    static func tokens(_ text: String) throws(SearchQueryError) -> [SearchQueryToken] {
        var lexer = SearchQueryLexer(text)
        return try lexer.all()
    }

    private mutating func all() throws(SearchQueryError) -> [SearchQueryToken] {
        var out: [SearchQueryToken] = []
        var initial = false
        while true {
            skipSpace()
            guard i < chars.count else { break }
            let c = chars[i]
            switch c {
            case "\"", "'":
                var p = try quoted()
                p.initial = initial
                initial = false
                out.append(.phrase(p))
            case "(":
                i += 1
                out.append(.open)
            case ")":
                i += 1
                out.append(.close)
            case "{":
                out.append(try columnSet())
            case "^":
                i += 1
                guard i < chars.count, !chars[i].isWhitespace, chars[i] != "(", chars[i] != ")" else {
                    throw .noWords("^")
                }
                initial = true
            default:
                let word = bareword(stopAtComma: false)
                if word == "NEAR", i < chars.count, chars[i] == "(" {
                    i += 1
                    out.append(try near())
                    continue
                }
                for token in try classify(word) {
                    if case .phrase(var p) = token, initial {
                        p.initial = true
                        initial = false
                        out.append(.phrase(p))
                    } else {
                        out.append(token)
                    }
                }
            }
        }
        if initial { throw .noWords("^") }
        return out
    }

    private mutating func skipSpace() {
        while i < chars.count, chars[i].isWhitespace { i += 1 }
    }

    /// A `"…"` or `'…'` phrase, with an optional `*` right after it. `""` inside `"…"` is a quote.
    private mutating func quoted() throws(SearchQueryError) -> SearchQueryToken.Phrase {
        let quote = chars[i]
        var text = ""
        var j = i + 1
        while true {
            guard j < chars.count else {
                throw .unclosedQuote(String(String(chars[(i + 1)...]).trimmingWhitespace().prefix(30)))
            }
            if chars[j] == quote {
                if j + 1 < chars.count, chars[j + 1] == quote { text.append(quote); j += 2; continue }
                break
            }
            text.append(chars[j])
            j += 1
        }
        i = j + 1
        var prefix = false
        if i < chars.count, chars[i] == "*" { prefix = true; i += 1 }
        guard text.contains(where: Self.isWordCharacter) else { throw .noWords(String(quote) + text + String(quote)) }
        return .init(text: text, prefix: prefix)
    }

    /// Characters up to the next space, quote or parenthesis (and comma inside NEAR).
    private mutating func bareword(stopAtComma: Bool) -> String {
        var word = ""
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace || c == "\"" || c == "(" || c == ")" || (stopAtComma && c == ",") { break }
            word.append(c)
            i += 1
        }
        return word
    }

    /// `{title text}:`
    private mutating func columnSet() throws(SearchQueryError) -> SearchQueryToken {
        guard let close = chars[i...].firstIndex(of: "}") else { throw .unclosedColumnSet }
        let names = String(chars[(i + 1)..<close]).split(whereSeparator: \.isWhitespace).map(String.init)
        i = close + 1
        guard i < chars.count, chars[i] == ":" else { throw .columnWithoutWord("{" + names.joined(separator: " ") + "}") }
        i += 1
        for name in names where !SearchQueryError.columnNames.contains(name.lowercased()) {
            throw .unknownColumn(name)
        }
        guard !names.isEmpty else { throw .unknownColumn("{}") }
        return .columns(names.map { $0.lowercased() })
    }

    /// The inside of `NEAR(…)`, after the `(`.
    private mutating func near() throws(SearchQueryError) -> SearchQueryToken {
        var phrases: [SearchQueryToken.Phrase] = []
        var distance: Int?
        while true {
            skipSpace()
            guard i < chars.count else { throw .badNear("NEAR( is never closed") }
            let c = chars[i]
            if c == ")" { i += 1; break }
            if c == "\"" || c == "'" { phrases.append(try quoted()); continue }
            if c == "," {
                i += 1
                skipSpace()
                let number = bareword(stopAtComma: true)
                guard let n = Int(number), n >= 0 else {
                    throw .badNear("the distance in NEAR(…, N) must be a whole number, not '\(number)'")
                }
                distance = n
                skipSpace()
                guard i < chars.count, chars[i] == ")" else { throw .badNear("NEAR(…, \(n) is never closed") }
                i += 1
                break
            }
            if c == "(" { throw .badNear("NEAR(…) takes words and phrases, not groups") }
            let word = bareword(stopAtComma: true)
            let tokens = try classify(word)
            for token in tokens {
                guard case .phrase(let p) = token else {
                    throw .badNear("NEAR(…) takes words and phrases, not '\(token.display)'")
                }
                phrases.append(p)
            }
        }
        guard !phrases.isEmpty else { throw .badNear("NEAR() has no words inside") }
        return .near(phrases, distance: distance)
    }

    /// A bareword: an operator, a column filter plus word, or a phrase.
    private func classify(_ word: String) throws(SearchQueryError) -> [SearchQueryToken] {
        switch word {
        case "AND": return [.and]
        case "OR": return [.or]
        case "NOT": return [.not]
        default: break
        }
        if word.hasPrefix("--") { throw .unknownOption(word) }
        if word.hasPrefix("-"), word.count > 1 { throw .minus(word) }
        if let colon = word.firstIndex(of: ":") {
            let name = word[..<colon]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) {
                guard SearchQueryError.columnNames.contains(name.lowercased()) else { throw .unknownColumn(String(name)) }
                let rest = String(word[word.index(after: colon)...])
                return [.columns([name.lowercased()])] + (rest.isEmpty ? [] : try classify(rest))
            }
        }
        var text = Substring(word)
        var prefix = false
        if text.hasSuffix("*") {
            text = text.dropLast()
            prefix = true
        }
        if text.contains("*") { throw .misplacedStar(word) }
        guard text.contains(where: Self.isWordCharacter) else { throw .noWords(word) }
        return [.phrase(.init(text: String(text), prefix: prefix))]
    }

    /// Letters and digits: what the unicode61 tokenizer keeps as parts of words.
    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
