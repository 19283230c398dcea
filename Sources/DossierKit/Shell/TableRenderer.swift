/// Writes a `Table` as an aligned text table (or psql-style vertical records), a JSON array of
/// objects, or CSV (RFC 4180). Linear in the size of the table: a 40,000-character cell costs
/// 40,000 characters of work, never its square.
public enum TableRenderer {
    /// Renders `table`. `width` is the terminal's width (nil when not writing to a terminal): on a
    /// terminal no line is wider than it, so the widest text columns are cut, at a word boundary
    /// where one is near, and marked `…`. `escapeControls` shows control characters from documents
    /// as visible symbols (for terminals).
    public static func render(_ table: Table, as format: OutputFormat, width: Int? = nil, color: Bool = false,
                              display: DisplayMode = .table, escapeControls: Bool = false) -> String {
        switch format {
        case .json: json(table)
        case .csv: escapeControls ? TerminalText.escapingControls(csv(table)) : csv(table)
        case .table: text(table, layout: TextLayout(width: width, color: color, display: display,
                                                   escapeControls: escapeControls))
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

    /// How a text table is laid out: the terminal's width (nil off a terminal), colour, table or
    /// vertical records, and whether control characters are escaped.
    struct TextLayout {
        var width: Int?
        var color: Bool
        var display: DisplayMode
        var escapeControls: Bool
    }

    /// The narrowest a text column is cut to before a table gives up fitting the terminal.
    static let minimumColumnWidth = 8

    static func text(_ table: Table, layout: TextLayout) -> String {
        if table.rows.isEmpty { return table.emptyMessage + "\n" }
        let body = table.rows.map { $0.map { oneLine($0.text, escape: layout.escapeControls) } }
        if table.layout == .card { return fields(table, body: body, layout: layout, rules: false) }
        let header = table.columns.map { oneLine($0.title, escape: layout.escapeControls) }
        let headerWidths = header.map(DisplayWidth.of)
        let bodyWidths = body.map { $0.map(DisplayWidth.of) }
        var widths = headerWidths
        for row in bodyWidths { for (i, w) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], w) } }
        let shrinkable = table.columns.map { !$0.alignRight }
        var fits = true
        if let width = layout.width {
            widths = ColumnFitter.fit(widths, shrinkable: shrinkable, into: width, minimum: minimumColumnWidth)
            fits = ColumnFitter.total(widths) <= width
        }
        switch layout.display {
        case .vertical: return fields(table, body: body, layout: layout, rules: true)
        case .auto where !fits: return fields(table, body: body, layout: layout, rules: true)
        case .auto, .table: break
        }
        var out = ""
        out.reserveCapacity(min((ColumnFitter.total(widths) + 1) * (body.count + 2), 1 << 24))
        func line(_ cells: [String], _ cellWidths: [Int], bold: Bool) {
            var text = ""
            for (i, s) in cells.enumerated() where i < widths.count {
                if i > 0 { text += "  " }
                var fitted = s, used = cellWidths[i]
                if used > widths[i] {
                    fitted = DisplayWidth.truncate(s, to: widths[i], atWord: true)
                    used = DisplayWidth.of(fitted)
                }
                let pad = max(0, widths[i] - used)
                if table.columns[i].alignRight {
                    text.append(contentsOf: repeatElement(" ", count: pad))
                    text += fitted
                } else {
                    text += fitted
                    if i < cells.count - 1 { text.append(contentsOf: repeatElement(" ", count: pad)) }
                }
            }
            while text.last == " " { text.removeLast() }
            // Too many columns to fit even at their narrowest: cut the line rather than let the terminal wrap it.
            if !fits, let width = layout.width { text = DisplayWidth.truncate(text, to: width) }
            if bold && layout.color { out += "\u{1B}[1m" + text + "\u{1B}[0m\n" } else { out += text + "\n" }
        }
        line(header, headerWidths, bold: true)
        for (row, rowWidths) in zip(body, bodyWidths) { line(row, rowWidths, bold: false) }
        if let footer = table.footer { out += oneLine(footer, escape: layout.escapeControls) + "\n" }
        return out
    }

    /// `field  value` lines, one block per row — under a `-[ RECORD n ]` rule with `rules`, as
    /// psql's `\x` — or a card. On a terminal long values wrap at spaces onto indented lines (a
    /// word wider than the line is cut).
    static func fields(_ table: Table, body: [[String]], layout: TextLayout, rules: Bool) -> String {
        let labels = table.columns.map { oneLine($0.key, escape: layout.escapeControls) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let valueWidth = layout.width.map { max(minimumColumnWidth, $0 - labelWidth - 2) }
        let indent = String(repeating: " ", count: labelWidth + 2)
        var out = ""
        for (r, row) in body.enumerated() {
            if rules {
                var rule = "-[ RECORD \(r + 1) ]"
                let ruleWidth = min(layout.width ?? 40, 40)
                if rule.count < ruleWidth { rule += String(repeating: "-", count: ruleWidth - rule.count) }
                out += (layout.color ? "\u{1B}[1m" + rule + "\u{1B}[0m" : rule) + "\n"
            }
            for (i, value) in row.enumerated() where i < labels.count {
                let label = labels[i] + String(repeating: " ", count: labelWidth - DisplayWidth.of(labels[i]) + 2)
                let pieces = valueWidth.map { DisplayWidth.wrap(value, to: $0) } ?? [value]
                for (n, piece) in pieces.enumerated() {
                    out += piece.isEmpty ? labels[i] + "\n" : (n == 0 ? label : indent) + piece + "\n"
                }
            }
        }
        if let footer = table.footer { out += oneLine(footer, escape: layout.escapeControls) + "\n" }
        return out
    }

    /// A cell on one line: line breaks and tabs become spaces; control characters are made visible
    /// when `escape`.
    static func oneLine(_ s: String, escape: Bool) -> String {
        // Fast path: every newline character starts with one of these UTF-8 bytes.
        var flat = s
        if s.utf8.contains(where: { (0x09...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }),
           s.contains(where: { $0.isNewline || $0 == "\t" }) {
            flat = s.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        }
        return escape ? TerminalText.escapingControls(flat, keepLayout: false) : flat
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

    /// Cuts `s` to at most `width` columns, ending in `…` when cut. With `atWord`, the cut falls
    /// after the last space when one is in the last third of the room, so words are not split.
    public static func truncate(_ s: String, to width: Int, atWord: Bool = false) -> String {
        guard of(s) > width else { return s }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        var lastSpace: String.Index?
        for c in s {
            let w = of(String(c))
            if used + w > width - 1 { break }
            if c == " " { lastSpace = out.endIndex }
            out.append(c)
            used += w
        }
        if atWord, let space = lastSpace, out.distance(from: out.startIndex, to: space) * 3 >= (width - 1) * 2 {
            out = String(out[..<space])
            while out.last == " " { out.removeLast() }
        }
        return out + "…"
    }

    /// Lines of at most `width` columns, broken at spaces; a word wider than a whole line is cut
    /// and marked `…` rather than split across lines.
    public static func wrap(_ s: String, to width: Int) -> [String] {
        guard of(s) > width else { return [s] }
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in s.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = String(word)
            var w = of(piece)
            if w > width {
                piece = truncate(piece, to: width)
                w = of(piece)
            }
            if used > 0, used + 1 + w > width {
                lines.append(current)
                current = ""
                used = 0
            }
            if used > 0 {
                current += " "
                used += 1
            }
            current += piece
            used += w
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
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
