import ArgumentParser

/// `entities`: lists the entities found in the loaded documents.
public struct EntitiesCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "List people, organizations, places and other named things.",
        discussion: """
            --chart draws the top entities by mentions (or by documents with --sort documents); with \
            --format json or csv it prints their counts instead.
            Examples: entities   entities --type PER --min-mentions 2   entities --doc d2 --sort name   entities --chart
            """)
    public static let group = CommandGroup.explore
    public static let argumentCompletion = ArgumentCompletion.none

    /// How the listing is ordered.
    enum Order: String, ExpressibleByArgument, CaseIterable {
        case mentions, name, first, documents
    }

    @Option(help: "Only this type: PER, ORG, LOC or MISC.") var type: String?
    @Option(help: "Only entities mentioned in this document (d1).") var doc: String?
    @Option(name: .customLong("min-mentions"), help: "Only entities with at least N mentions.") var minMentions: Int = 1
    @Option(help: "Order: mentions (most first), documents (most first), name, or first (order of first mention).") var sort: Order = .mentions
    @Option(help: "Only entities tagged T.") var tag: String?
    @Flag(help: "Draw the top entities as bars instead of listing them.") var chart = false
    @OptionGroup var output: FormatOption

    public init() {}

    /// `--type` takes an entity type.
    public static func completions(after words: [String]) -> [String]? {
        words.last == "--type" ? EntityType.allCases.map(\.rawValue) : nil
    }

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let w = context.workspace
        var list = w.visibleEntities
        if let type {
            guard let t = EntityType(parsing: type) else { throw CommandError("entities: unknown type '\(type)' (use PER, ORG, LOC or MISC)") }
            list = list.filter { $0.type == t }
        }
        var inDocument: DocumentID?
        if let doc {
            inDocument = try WorkspaceReference.document(doc, in: w).id
            list = list.filter { $0.mentions.contains { $0.document == inDocument } }
        }
        if let tag {
            let tagged = w.entityIDs(taggedWith: Tag.normalize(tag) ?? tag)
            list = list.filter { tagged.contains($0.id) }
        }
        func count(_ e: Entity) -> Int { inDocument.map { d in e.mentions.filter { $0.document == d }.count } ?? e.mentions.count }
        // An entity a person declared (`entity add`) is listed even before any document mentions it.
        list = list.filter { count($0) >= minMentions || ($0.origin == .user && $0.mentions.isEmpty && inDocument == nil) }
        switch sort {
        case .mentions: list.sort { (count($0), $1.id) > (count($1), $0.id) }
        case .name: list.sort { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        case .first: list.sort { $0.id < $1.id }
        case .documents:
            var spread: [EntityID: Int] = [:]
            for e in list { spread[e.id] = Set(e.mentions.map(\.document)).count }
            list.sort { (spread[$0.id] ?? 0, count($0), $1.id) > (spread[$1.id] ?? 0, count($1), $0.id) }
        }
        if chart {
            let data = EntityChart(list.map { .init(id: $0.id, name: $0.name, type: $0.type, mentions: count($0), documents: $0.documents.count) },
                                   measure: sort == .documents ? .documents : .mentions)
            if context.chartFormat(output.format) != .table { return .table(data.table, format: output.format) }
            if data.rows.isEmpty { return .message(w.documents.isEmpty ? "no documents loaded (try: load FILE)" : "no entities match") }
            return .text(data.chart().render(context.chartStyle), paged: true)
        }
        let table = Table(
            columns: [.init("id"), .init("name"), .init("type"), .init("mentions", alignRight: true),
                      .init("documents", alignRight: true), .init("aliases")],
            rows: list.map { e in
                [.string(e.id.description), .string(e.name), .string(e.type.rawValue), .int(count(e)),
                 .int(e.documents.count), .list(e.aliases)]
            },
            footer: Format.plural(list.count, "entity", "entities"),
            emptyMessage: w.documents.isEmpty ? "no documents loaded (try: load FILE)"
                : tag.map { "no entities tagged '\($0)'" } ?? "no entities match")
        return .table(table, format: output.format)
    }
}
