/// How `kwic` shows its lines: aligned text for people; doc, start, left, match, right as JSON/CSV.
enum KwicOutput {
    static func render(_ lines: [KWICLine], more: Bool, width: Int, format: OutputFormat, color: Bool,
                       target: String) -> CommandOutput {
        if format != .table {
            let rows: [[Cell]] = lines.map {
                [.string($0.document.description), .int($0.start), .string($0.left), .string($0.match), .string($0.right)]
            }
            return .table(Table(columns: [.init("doc"), .init("start", alignRight: true), .init("left"),
                                          .init("match"), .init("right")], rows: rows), format: format)
        }
        guard !lines.isEmpty else { return .message("no occurrences of \(target)") }
        let idWidth = lines.map { $0.document.description.count }.max() ?? 2
        var out = lines.map { line in
            let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(line.left)))
            let match = color ? "\u{1B}[1;31m" + line.match + "\u{1B}[0m" : "[" + line.match + "]"
            return line.document.description.padding(to: idWidth) + "  " + pad + line.left + match + line.right
        }
        if more { out.append("showing the first \(lines.count) lines (--limit N shows more)") }
        return .text(out.joined(separator: "\n") + "\n", paged: true)
    }
}
