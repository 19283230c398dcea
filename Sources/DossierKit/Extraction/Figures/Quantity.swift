/// A figure while the scanner builds it: token span plus the facts that will be reported.
struct Quantity: Sendable, Equatable {
    var start: Int
    var end: Int
    var kind: FigureKind
    var value: Double?
    var low: Double?
    var high: Double?
    var unit: String?
    var currency: String?
    var date: String?
    /// A clock time, `HH:MM`.
    var time: String?
    var qualifier: FigureQualifier = .exact

    /// A plain count (no unit, currency or percent sign): the kind that bounds turn into ranges.
    var isPlainNumber: Bool { kind == .number || kind == .ordinal }

    /// Bounds and ranges treat a duration like a count ("more than thirty years" is 30 or more years).
    var isCountLike: Bool { isPlainNumber || kind == .duration }
}
