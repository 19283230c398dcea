import ArgumentParser

/// `docs`: lists the loaded documents.
public struct DocsCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "docs", abstract: "List loaded documents.", aliases: ["documents"])
    public static let group = CommandGroup.documents
    public static let argumentCompletion = ArgumentCompletion.none

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let w = context.workspace
        let rows: [[Cell]] = w.documents.map { d in
            [.string(d.id.description), .string(d.title), .int(d.words), .int(w.entityCount(in: d.id)),
             .int(w.figureCount(in: d.id)), Cell(d.date), .string(d.source)]
        }
        let table = Table(
            columns: [.init("id"), .init("title"), .init("words", alignRight: true),
                      .init("entities", alignRight: true), .init("figures", alignRight: true),
                      .init("date"), .init("source")],
            rows: rows,
            footer: Format.plural(rows.count, "document"),
            emptyMessage: "no documents loaded (try: load FILE)")
        return .table(table, format: output.format)
    }
}
