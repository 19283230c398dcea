/// One token of a text: its position in the text's Unicode scalars (code points), end exclusive.
public struct TokenSpan: Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Splits text into word, number and punctuation tokens the way the CoNLL-2003 corpus was
/// tokenized ("England's" → "England" "'s", "U.S." and "1996-08-30" stay whole), with code-point offsets.
public enum Tokenizer {
    /// The tokens of `scalars` in order; whitespace is dropped, every other scalar lies in a token.
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [TokenSpan] {
        var tokens: [TokenSpan] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        let n = scalars.count
        var i = 0
        while i < n {
            let c = scalars[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            let start = i
            if ScalarClass.isWord(c) {
                i += 1
                while i < n {
                    let d = scalars[i]
                    if ScalarClass.isWord(d) || ScalarClass.isJoiner(d) { i += 1; continue }
                    if i + 1 < n, ScalarClass.isWord(scalars[i + 1]), joins(d, before: scalars[i - 1], after: scalars[i + 1]) {
                        i += 2
                        continue
                    }
                    break
                }
                if i < n, scalars[i] == ".", takesPeriod(scalars, start, i) { i += 1 }
                appendWord(start, i, scalars, &tokens)
            } else {
                i += 1
                // runs of the same punctuation ("...", "--") and anything joined to a symbol (emoji ZWJ sequences)
                while i < n, scalars[i] == c && !ScalarClass.isWord(c) && c.value < 0x80 || ScalarClass.isJoiner(scalars[i]) {
                    if scalars[i].value == 0x200D, i + 1 < n, !ScalarClass.isSpace(scalars[i + 1]) { i += 2 } else { i += 1 }
                }
                tokens.append(TokenSpan(start: start, end: i))
            }
        }
        return tokens
    }

    /// Whether a connector `c` between two word characters keeps them in one token.
    static func joins(_ c: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "'", "\u{2019}", "\u{2011}": return true
        case ".": return true
        case ",", ":": return ScalarClass.isDigit(before) && ScalarClass.isDigit(after)
        case "/": return ScalarClass.isDigit(before) && ScalarClass.isDigit(after)
        case "&": return ScalarClass.isUpper(before) && ScalarClass.isUpper(after)
        default: return false
        }
    }

    /// Whether a period right after the word `scalars[start..<end]` belongs to it ("U.S.", "Mr.", "Inc.").
    static func takesPeriod(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 1 { return ScalarClass.isLetter(scalars[start]) }
        var hasInnerPeriod = false
        for k in start..<end where scalars[k] == "." { hasInnerPeriod = true; break }
        if hasInnerPeriod { return ScalarClass.isLetter(scalars[end - 1]) }
        guard length <= 5 else { return false }
        var word = ""
        for k in start..<end { word.unicodeScalars.append(scalars[k]) }
        return abbreviations.contains(word)
    }

    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "Gen", "Gov", "Sen",
        "Rep", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "vs", "Mt", "Ft", "No", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "etc", "approx", "Cie", "Plc", "Adm", "Maj",
    ]

    /// Appends a word token, splitting off a final "'s" / "n't" as CoNLL does.
    static func appendWord(_ start: Int, _ end: Int, _ scalars: [Unicode.Scalar], _ tokens: inout [TokenSpan]) {
        let length = end - start
        if length > 2, isApostrophe(scalars[end - 2]), scalars[end - 1] == "s" || scalars[end - 1] == "S" {
            tokens.append(TokenSpan(start: start, end: end - 2))
            tokens.append(TokenSpan(start: end - 2, end: end))
        } else if length > 3, scalars[end - 3] == "n", isApostrophe(scalars[end - 2]), scalars[end - 1] == "t" {
            tokens.append(TokenSpan(start: start, end: end - 3))
            tokens.append(TokenSpan(start: end - 3, end: end))
        } else {
            tokens.append(TokenSpan(start: start, end: end))
        }
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
}

/// Character classes the tokenizer and the tagger's features use, with an ASCII fast path.
enum ScalarClass {
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value <= 0x20 || c.value == 0x7F }
        return c.properties.isWhitespace || c.properties.generalCategory == .control
            || c.properties.generalCategory == .format && c.value != 0x200D
    }

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (c.value >= 0x30 && c.value <= 0x39) || (c.value | 0x20 >= 0x61 && c.value | 0x20 <= 0x7A)
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default: return false
        }
    }

    /// Scalars that never start a token: combining marks, ZWJ, variation selectors, skin tones.
    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x300 { return false }
        switch c.value {
        case 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
        default:
            let g = c.properties.generalCategory
            return g == .nonspacingMark || g == .spacingMark || g == .enclosingMark
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.generalCategory == .decimalNumber
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
        return c.properties.isUppercase
    }

    static func isLower(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x61 && c.value <= 0x7A }
        return c.properties.isLowercase
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value | 0x20 >= 0x61 && c.value | 0x20 <= 0x7A }
        return c.properties.isAlphabetic
    }

    /// The lower-case form of a scalar (one scalar; multi-scalar mappings keep the first).
    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32)! : c }
        guard c.properties.changesWhenLowercased else { return c }
        return c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }
}
