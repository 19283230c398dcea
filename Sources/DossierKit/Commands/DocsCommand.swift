import ArgumentParser

/// `docs`: lists the loaded documents.
public struct DocsCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "docs", abstract: "List loaded documents.", aliases: ["documents"])
    public static let group = CommandGroup.documents
    public static let argumentCompletion = ArgumentCompletion.none

    @Option(help: "Only documents tagged T (themselves or in a passage).") var tag: String?
    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let w = context.workspace
        let tagged = tag.map { w.documentIDs(taggedWith: Tag.normalize($0) ?? $0) }
        let counts = w.countsByDocument()
        let rows: [[Cell]] = w.documents.filter { tagged?.contains($0.id) ?? true }.map { d in
            [.string(d.id.description), .string(d.title), .int(d.words), .int(counts.entities[d.id] ?? 0),
             .int(counts.figures[d.id] ?? 0), Cell(d.date), .string(d.source)]
        }
        let table = Table(
            columns: [.init("id"), .init("title"), .init("words", alignRight: true),
                      .init("entities", alignRight: true), .init("figures", alignRight: true),
                      .init("date"), .init("source")],
            rows: rows,
            footer: Format.plural(rows.count, "document"),
            emptyMessage: tag.map { "no documents tagged '\($0)'" } ?? "no documents loaded (try: load FILE)")
        return .table(table, format: output.format)
    }
}
