/// A value bound to or read from SQLite.
enum SQLiteValue: Equatable, Sendable {
    case integer(Int)
    case real(Double)
    case text(String)
    case null

    init(_ s: String?) { self = s.map(SQLiteValue.text) ?? .null }
    init(_ n: Int?) { self = n.map(SQLiteValue.integer) ?? .null }
    init(_ d: Double?) { self = d.map(SQLiteValue.real) ?? .null }
}
