/// One token the figure scanner sees: a run of digits (with separators), a run of letters, or one
/// other visible character. Offsets are indices into the text's Unicode scalars (code points).
struct FigureToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case number, word, symbol }

    var kind: Kind
    var start: Int
    var end: Int
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// Lower-cased text for words and symbols; the digits as written for numbers.
    var text: String
    /// The parsed value of a number token (nil when it overflows or is not one number).
    var value: Double?
    /// A number token written with a decimal point or comma ("1.5", ".08").
    var hasFraction = false
    /// A number token that looks like a version, IP address or other dotted identifier ("3.2.1").
    var isDottedIdentifier = false
    /// More significant digits than a Double holds exactly: the value is rounded.
    var isImprecise = false
    /// The first letter of a word token is upper case.
    var isCapitalized = false

    /// Length in code points (cheaper than `text.count`).
    var length: Int { end - start }
}
