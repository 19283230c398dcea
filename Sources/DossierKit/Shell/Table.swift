/// One value in a listing; typed so JSON output keeps numbers as numbers.
public enum Cell: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([String])
    case null

    /// How the value reads in a table or CSV file.
    public var text: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .bool(let b): b ? "yes" : "no"
        case .list(let l): l.joined(separator: ", ")
        case .null: ""
        }
    }
}

extension Cell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A string cell, or null when the value is nil.
    public init(_ value: String?) { self = value.map(Cell.string) ?? .null }
    public init(_ value: Double?) { self = value.map(Cell.double) ?? .null }
}

/// A listing: named columns and rows, rendered as an aligned table, a JSON array of objects or CSV.
public struct Table: Sendable, Equatable {
    /// A column: its JSON key, its header, and whether numbers align right.
    public struct Column: Sendable, Equatable {
        public var key: String
        public var title: String
        public var alignRight: Bool

        public init(_ key: String, title: String? = nil, alignRight: Bool = false) {
            self.key = key
            self.title = title ?? key.uppercased()
            self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]
    /// Shown under a table (never in JSON or CSV), e.g. "3 documents".
    public var footer: String?
    /// Shown instead of an empty table, e.g. "no documents loaded".
    public var emptyMessage: String
    /// How the table reads as text: aligned columns under a header, or a card (`show`).
    public var layout: Layout

    /// Text layouts: a listing's columns, or a card's `field  value` lines (one line per column of
    /// its one row, long values wrapped at spaces on a terminal).
    public enum Layout: Sendable, Equatable { case columns, card }

    public init(columns: [Column], rows: [[Cell]] = [], footer: String? = nil, emptyMessage: String = "nothing to show",
                layout: Layout = .columns) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
        self.emptyMessage = emptyMessage
        self.layout = layout
    }
}
