import ArgumentParser

/// `related eN`: entities that appear with eN, by shared sentences and documents.
public struct RelatedCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "related", abstract: "List entities that co-occur with an entity.",
        discussion: """
            Ranked by the number of sentences both appear in, then by shared documents. \
            Examples: related e3   related Tokayev --limit 5
            """)
    public static let group = CommandGroup.explore

    @Argument(help: "An entity ID or name.")
    var entity: [String] = []

    /// At most this many entities (`--limit`, from the shared listing options; default 20).
    var limit: Int { output.limit ?? 20 }

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let name = entity.joined(separator: " ")
        guard !name.isEmpty else { throw CommandError("related: name an entity (e.g. related e3)") }
        guard limit > 0 else { throw CommandError("related: --limit must be at least 1") }
        let target = try WorkspaceReference.entity(name, in: context.workspace)
        let all = CoOccurrenceRanking.related(to: target, in: context.workspace)
        let shown = all.prefix(limit)
        let rows: [[Cell]] = shown.map {
            [.string($0.entity.description), .string($0.name), .string($0.type.rawValue), .int($0.sentences), .int($0.documents)]
        }
        let footer = all.count > shown.count
            ? "showing \(shown.count) of \(all.count) related entities (--limit N shows more)"
            : Format.plural(all.count, "related entity", "related entities")
        return .table(Table(columns: [.init("id"), .init("name"), .init("type"), .init("sentences", alignRight: true),
                                      .init("documents", alignRight: true)],
                            rows: rows, footer: footer,
                            emptyMessage: "no other entity appears with \(target.name) (\(target.id))"),
                      format: output.format)
    }
}
