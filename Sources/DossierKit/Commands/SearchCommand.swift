import Foundation
import ArgumentParser

/// `search QUERY [--doc dN] [--tag T] [--entity eN] [--limit N]`: ranked full-text search.
public struct SearchCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Full-text search across documents, best matches first.",
        discussion: """
            The query is read as typed: words (all must appear), "exact phrases", OR, NOT, \
            AND (upper case), (groups), prefix*, NEAR(word word, N) for words within N of \
            each other, and title: or text: to look in one field. Ranked by bm25; a match in \
            the title counts more. Matches are highlighted in the snippets.

            Examples:
              search budget
              search "prime minister" tax*
              search (tax OR vat) NOT cut
              search NEAR(interest rates, 5) --limit 5
              search title:election --tag politics
              search growth --entity e3 --format json
            """)
    public static let group = CommandGroup.explore
    public static let argumentCompletion = ArgumentCompletion.none

    @Argument(parsing: .allUnrecognized, help: "The query (see above).")
    var query: [String] = []

    @Option(name: .customLong("doc"), help: "Only in this document (repeat for several).")
    var documents: [String] = []

    @Option(name: .customLong("tag"), help: "Only in documents with this tag (repeatable).")
    var tags: [String] = []

    @Option(name: .customLong("entity"), help: "Only in documents mentioning this entity (ID or name; repeatable).")
    var entities: [String] = []

    @Option(help: "Show at most this many documents.")
    var limit = 10

    @OptionGroup var output: FormatOption

    public init() {}

    static let optionNames: Set<String> = ["--doc", "--tag", "--entity", "--limit", "--format"]

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let text = RawArguments.removingOptions(context.rawArguments, valued: Self.optionNames)
        guard limit > 0 else { throw CommandError("search: --limit must be at least 1") }
        let parsed: SearchQuery
        do { parsed = try SearchQuery(text) } catch { throw CommandError("search: \(error)") }
        guard !context.workspace.documents.isEmpty else { return .message("no documents loaded (try: load FILE)") }
        let filter = DocumentFilter(documents: documents, tags: tags, entities: entities)
        let within = try filter.resolve(in: context.workspace)
        let results: SearchResults
        do {
            results = try context.searchIndex.search(parsed, in: context.workspace, generation: context.workspaceGeneration,
                                                     within: within, limit: limit)
        } catch { throw CommandError("search: \(error)") }
        return SearchOutput.render(results, query: parsed, format: output.format ?? context.settings.format,
                                   color: context.useColor, scoped: within != nil)
    }
}

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
        return .message(lines.joined(separator: "\n"))
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
