import ArgumentParser

/// `kwic WORD|"phrase"|eN [--width N]`: every occurrence with its context, aligned on the match.
public struct KwicCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kwic", abstract: "Show each occurrence of a word, phrase or entity in context.",
        discussion: """
            A word, "phrase" or any search query (see help search) finds its matches through the \
            full-text index (so 'Kazakhstan' also finds "Kazakhstan's"); an entity ID (e3) shows \
            the entity's mentions. Lines are aligned on the match, in document order.

            Examples:
              kwic Kazakhstan
              kwic "interest rates" --width 30
              kwic e3 --doc d2
            """)
    public static let group = CommandGroup.explore

    @Argument(parsing: .allUnrecognized, help: "A word, \"phrase\", query or entity ID.")
    var target: [String] = []

    @Option(help: "Characters of context on each side.")
    var width = 35

    @Option(name: .customLong("doc"), help: "Only in this document (repeatable).")
    var documents: [String] = []

    /// At most this many lines (`--limit`, from the shared listing options; default 100).
    var limit: Int { output.limit ?? 100 }

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let text = RawArguments.removingOptions(context.rawArguments, valued: ["--width", "--doc", "--limit", "--format"])
        guard (1...500).contains(width) else { throw CommandError("kwic: --width must be between 1 and 500") }
        guard limit > 0 else { throw CommandError("kwic: --limit must be at least 1") }
        guard !text.isEmpty else { throw CommandError("kwic: name a word, \"phrase\" or entity (e.g. kwic budget, kwic e3)") }
        let w = context.workspace
        guard !w.documents.isEmpty else { return .message("no documents loaded (try: load FILE)") }
        let within = try DocumentFilter(documents: documents).resolve(in: w)
        var lines: [KWICLine] = []
        var more = false
        if let id = EntityID(text) {
            let entity = try WorkspaceReference.entity(id.description, in: w)
            (lines, more) = Self.mentionLines(entity, in: w, within: within, width: width, limit: limit)
        } else {
            let query: SearchQuery
            do { query = try SearchQuery(text) } catch { throw CommandError("kwic: \(error)") }
            let (width, limit) = (self.width, self.limit)
            var found: [KWICLine] = []
            do {
                try context.searchIndex.forEachHighlighted(query, in: w, generation: context.workspaceGeneration,
                                                           within: within) { doc, marked in
                    found += KeywordInContext.lines(highlighted: marked, document: doc, width: width)
                    return found.count <= limit
                }
            } catch { throw CommandError("kwic: \(error)") }
            more = found.count > limit
            lines = Array(found.prefix(limit))
        }
        return KwicOutput.render(lines, more: more, width: width, format: output.format ?? context.settings.format,
                                 color: context.useColor, target: text)
    }

    /// Lines for an entity's mentions, in document and text order.
    static func mentionLines(_ e: Entity, in w: Workspace, within: Set<DocumentID>?, width: Int,
                             limit: Int) -> ([KWICLine], Bool) {
        var lines: [KWICLine] = []
        let byDocument = Dictionary(grouping: e.mentions.filter { within?.contains($0.document) ?? true }, by: \.document)
        let texts = Dictionary(w.documents.filter { byDocument[$0.id] != nil }.map { ($0.id, $0.text) },
                               uniquingKeysWith: { a, _ in a })
        for doc in byDocument.keys.sorted() {
            guard let text = texts[doc] else { continue }
            let ranges = byDocument[doc]!.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
            lines += KeywordInContext.lines(text: text, ranges: ranges, document: doc, width: width)
            if lines.count > limit { return (Array(lines.prefix(limit)), true) }
        }
        return (lines, false)
    }
}
