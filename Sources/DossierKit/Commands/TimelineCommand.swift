import ArgumentParser

/// `timeline [eN|--about WORDS]`: dated documents and date figures in date order.
public struct TimelineCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "List dated documents and dates in the texts, in date order.",
        discussion: """
            With an entity, only dates in sentences that mention it and the dates of documents \
            that do; with --about, only dates in sentences matching the words (any search query) \
            and the dates of matching documents. Dates without a year come last.
            --chart draws how many fall in each day, week, month or year (--by; chosen from the span \
            when not given); with --format json or csv it prints the counts instead.
            Examples: timeline   timeline e3   timeline --about "interest rates"   timeline --chart --by month
            """)
    public static let group = CommandGroup.explore

    @Argument(help: "An entity ID or name.")
    var entity: [String] = []

    @Option(help: "Only dates about these words (a search query).")
    var about: String?

    @Flag(help: "Draw a chart of dated items per period instead of listing them.")
    var chart = false

    @Option(help: "Chart periods: day, week, month or year (implies --chart).")
    var by: TimePeriod?

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let w = context.workspace
        let name = entity.joined(separator: " ")
        if !name.isEmpty, about != nil { throw CommandError("timeline: give an entity or --about, not both") }
        let entries: [TimelineEntry]
        if !name.isEmpty {
            let e = try WorkspaceReference.entity(name, in: w)
            let mentions = Dictionary(grouping: e.mentions, by: \.document)
            entries = Timeline.entries(in: w, documents: Set(mentions.keys)) { f, context in
                mentions[f.document]?.contains { context.sameSentence($0.start, f.facts.start) } ?? false
            }
        } else if let about {
            let query: SearchQuery
            let typed = RawArguments.value(of: "--about", in: context.rawArguments) ?? about
            do { query = try SearchQuery(typed) } catch { throw CommandError("timeline: \(error)") }
            var matches: [DocumentID: [Int]] = [:]
            do {
                try context.searchIndex.forEachHighlighted(query, in: w, generation: context.workspaceGeneration) { doc, marked in
                    matches[doc] = KeywordInContext.matches(in: marked).ranges.map(\.lowerBound)
                    return true
                }
            } catch { throw CommandError("timeline: \(error)") }
            entries = Timeline.entries(in: w, documents: Set(matches.keys)) { f, context in
                matches[f.document]?.contains { context.sameSentence($0, f.facts.start) } ?? false
            }
        } else {
            entries = Timeline.entries(in: w, documents: nil)
        }
        if chart || by != nil {
            let data = try TimelineChart(entries, by: by)
            if context.chartFormat(output.format) != .table { return .table(data.table, format: output.format) }
            if data.bins.isEmpty { return .message("no dated items to chart" + (data.notes().isEmpty ? "" : " (" + data.notes().joined(separator: "; ") + ")")) }
            return .text(data.chart().render(context.chartStyle), paged: true)
        }
        let rows: [[Cell]] = entries.map {
            [.string($0.date), .string($0.id), .string($0.document.description), .string($0.text)]
        }
        return .table(Table(columns: [.init("date"), .init("id"), .init("doc"), .init("text")], rows: rows,
                            footer: Format.plural(rows.count, "dated item"),
                            emptyMessage: "no dates found (documents' dates and date figures in their texts appear here)"),
                      format: output.format)
    }
}
