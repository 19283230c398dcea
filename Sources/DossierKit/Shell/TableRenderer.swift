/// Writes a `Table` as an aligned text table, a JSON array of objects, or CSV (RFC 4180).
public enum TableRenderer {
    public static func render(_ table: Table, as format: OutputFormat, width: Int? = nil, color: Bool = false) -> String {
        switch format {
        case .json: json(table)
        case .csv: csv(table)
        case .table: text(table, width: width, color: color)
        }
    }

    // MARK: JSON

    static func json(_ table: Table) -> String {
        if table.rows.isEmpty { return "[]\n" }
        let keys = uniqueKeys(table.columns.map(\.key)).map(JSONText.quote)
        var out = "[\n"
        for (r, row) in table.rows.enumerated() {
            out += "  {"
            for i in table.columns.indices {
                out += (i == 0 ? "" : ", ") + keys[i] + ": " + JSONText.value(row[i])
            }
            out += r == table.rows.count - 1 ? "}\n" : "},\n"
        }
        return out + "]\n"
    }

    /// Column keys made unique (`id`, `id_2`), so a JSON object never repeats a key (e.g. `sql SELECT id, title AS id`).
    static func uniqueKeys(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.map { key in
            var candidate = key
            var n = 1
            while !seen.insert(candidate).inserted { n += 1; candidate = "\(key)_\(n)" }
            return candidate
        }
    }

    // MARK: CSV

    static func csv(_ table: Table) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        var out = table.columns.map { field($0.key) }.joined(separator: ",") + "\r\n"
        for row in table.rows { out += row.map { field($0.text) }.joined(separator: ",") + "\r\n" }
        return out
    }

    // MARK: Text table

    static func text(_ table: Table, width: Int?, color: Bool) -> String {
        if table.rows.isEmpty { return table.emptyMessage + "\n" }
        let header = table.columns.map(\.title)
        let body = table.rows.map { $0.map { flatten($0.text) } }
        let headerWidths = header.map(DisplayWidth.of)
        let bodyWidths = body.map { $0.map(DisplayWidth.of) }
        var widths = headerWidths
        for row in bodyWidths { for (i, w) in row.enumerated() { widths[i] = max(widths[i], w) } }
        if let width { shrink(&widths, toFit: width, columns: table.columns) }
        var out = ""
        out.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (body.count + 2))
        var spaceCache: [String] = []
        func spaces(_ n: Int) -> String {
            while spaceCache.count <= n { spaceCache.append(String(repeating: " ", count: spaceCache.count)) }
            return spaceCache[n]
        }
        func line(_ cells: [String], _ cellWidths: [Int], bold: Bool, into out: inout String) {
            if bold && color { out += "\u{1B}[1m" }
            for (i, s) in cells.enumerated() {
                if i > 0 { out += "  " }
                var fitted = s, used = cellWidths[i]
                if used > widths[i] {
                    fitted = DisplayWidth.truncate(s, to: widths[i])
                    used = DisplayWidth.of(fitted)
                }
                let pad = max(0, widths[i] - used)
                if table.columns[i].alignRight {
                    out += spaces(pad)
                    out += fitted
                } else {
                    out += fitted
                    if i < cells.count - 1 { out += spaces(pad) }
                }
            }
            if bold && color { out += "\u{1B}[0m" }
            out += "\n"
        }
        line(header, headerWidths, bold: true, into: &out)
        for (row, rowWidths) in zip(body, bodyWidths) { line(row, rowWidths, bold: false, into: &out) }
        if let footer = table.footer { out += footer + "\n" }
        return out
    }

    /// Narrows the widest columns until the table fits `total` characters (never below 8).
    static func shrink(_ widths: inout [Int], toFit total: Int, columns: [Table.Column]) {
        let gaps = 2 * (widths.count - 1)
        while widths.reduce(0, +) + gaps > total {
            guard let i = widths.indices.filter({ !columns[$0].alignRight }).max(by: { widths[$0] < widths[$1] }),
                  widths[i] > 8 else { return }
            widths[i] -= 1
        }
    }

    private static func flatten(_ s: String) -> String {
        // Fast path: every newline character starts with one of these UTF-8 bytes.
        guard s.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return s }
        return s.contains(where: \.isNewline) ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
    }
}

/// Terminal column widths of text (wide East Asian characters take two columns).
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return s.utf8.count }
        var n = 0
        for scalar in s.unicodeScalars {
            if scalar.isASCII { n += scalar.value >= 0x20 ? 1 : 0; continue }
            n += width(of: scalar)
        }
        return n
    }

    /// 0 for combining marks, 2 for East Asian wide and emoji ranges, 1 otherwise.
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let v = scalar.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
        return wide ? 2 : 1
    }

    /// Cuts `s` to at most `width` columns, ending in `…` when cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard of(s) > width else { return s }
        var out = ""
        var used = 0
        for c in s {
            let w = of(String(c))
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}

/// Minimal JSON writing for listings (keys in column order, numbers as numbers).
public enum JSONText {
    public static func quote(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    public static func value(_ cell: Cell) -> String {
        switch cell {
        case .string(let s): quote(s)
        case .int(let i): String(i)
        case .double(let d): d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "null"
        case .bool(let b): b ? "true" : "false"
        case .list(let l): "[" + l.map(quote).joined(separator: ", ") + "]"
        case .null: "null"
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
