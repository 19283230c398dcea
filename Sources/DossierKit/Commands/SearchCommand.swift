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
    public static let verbatimArguments = true
    public static let argumentCompletion = ArgumentCompletion.none

    @Argument(parsing: .allUnrecognized, help: "The query (see above).")
    var query: [String] = []

    @Option(name: .customLong("doc"), help: "Only in this document (repeat for several).")
    var documents: [String] = []

    @Option(name: .customLong("tag"), help: "Only in documents with this tag (repeatable).")
    var tags: [String] = []

    @Option(name: .customLong("entity"), help: "Only in documents mentioning this entity (ID or name; repeatable).")
    var entities: [String] = []

    /// At most this many documents (`--limit`, from the shared listing options; default 10).
    var limit: Int { output.limit ?? 10 }

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
