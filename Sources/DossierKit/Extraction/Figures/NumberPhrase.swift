/// A number found in the token stream, before it is read as money, a percentage, a measure, a
/// range or a date. Token indices are half-open.
struct NumberPhrase: Sendable, Equatable {
    var start: Int
    var end: Int
    var value: Double?
    var isOrdinal = false
    /// Spelled out in words ("twenty-one") rather than digits.
    var isWords = false
    /// Exactly one digit token without separators, sign or suffix (a candidate year, day or code).
    var isBareInteger = false
    var isImprecise = false
}
