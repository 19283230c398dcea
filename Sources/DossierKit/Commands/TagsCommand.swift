import ArgumentParser

/// `tags`: every tag in use, with how many targets carry it.
public struct TagsCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List tags with their counts.")
    public static let group = CommandGroup.annotate
    public static let argumentCompletion = ArgumentCompletion.none

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let rows: [[Cell]] = context.workspace.tagCounts().map { [.string($0.tag), .int($0.count), .list($0.targets)] }
        return .table(Table(columns: [.init("tag"), .init("count", alignRight: true), .init("targets")],
                            rows: rows, footer: Format.plural(rows.count, "tag"),
                            emptyMessage: "no tags (try: tag d1 TAG)"), format: output.format)
    }
}
