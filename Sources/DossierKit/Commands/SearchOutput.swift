import Foundation

/// How `search` shows its hits: a readable list (id, title, score, snippet) for people; a table of
/// doc, title, score, snippet (matches in `[…]`) as JSON or CSV.
enum SearchOutput {
    static func render(_ r: SearchResults, query: SearchQuery, format: OutputFormat, color: Bool, scoped: Bool) -> CommandOutput {
        if format != .table {
            let rows: [[Cell]] = r.hits.map {
                [.string($0.document.description), .string($0.title), .double($0.score),
                 .string(flat(MatchMarkers.render($0.snippet, style: .brackets)))]
            }
            return .table(Table(columns: [.init("doc"), .init("title"), .init("score", alignRight: true), .init("snippet")],
                                rows: rows), format: format)
        }
        guard !r.hits.isEmpty else {
            var line = "no documents match \(query.text)" + (scoped ? " in the chosen documents" : "")
            if query.hasLowercaseOperators { line += " (operators are upper case: AND, OR, NOT)" }
            return .message(line)
        }
        let idWidth = r.hits.map { $0.document.description.count }.max() ?? 2
        var lines: [String] = []
        for hit in r.hits {
            let id = hit.document.description.padding(to: idWidth)
            let score = String(format: "%.2f", hit.score)
            let title = color ? "\u{1B}[1m" + hit.title + "\u{1B}[0m" : hit.title
            lines.append("\(id)  \(title)  (\(score))")
            lines.append(String(repeating: " ", count: idWidth + 2)
                + flat(MatchMarkers.render(hit.snippet, style: color ? .color : .brackets)))
        }
        lines.append(r.total > r.hits.count
            ? "showing \(r.hits.count) of \(Format.count(r.total)) matching documents (--limit N shows more)"
            : Format.plural(r.total, "matching document"))
        return .text(lines.joined(separator: "\n") + "\n", paged: true)
    }

    /// One line: whitespace runs (line breaks in the text) become single spaces.
    static func flat(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    /// The string padded with spaces on the right to `width` display columns.
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(0, width - DisplayWidth.of(self)))
    }
}
