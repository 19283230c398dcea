/// A JSON value with object keys in a fixed order, for outputs richer than a table row (cards:
/// `show eN --format json` gives lists of objects, not rendered lines).
public indirect enum JSONValue: Sendable {
    case cell(Cell)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func string(_ s: String) -> JSONValue { .cell(.string(s)) }
    public static func int(_ i: Int) -> JSONValue { .cell(.int(i)) }

    /// Compact JSON text (one line), keys in the order given.
    public var rendered: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .cell(let c): out += JSONText.value(c)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += ", " }
                out += JSONText.quote(key) + ": "
                value.write(into: &out)
            }
            out += "}"
        }
    }
}
