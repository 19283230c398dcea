import ArgumentParser

/// `mentions eN|NAME`: every mention of one entity, with its place and context.
public struct MentionsCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mentions", abstract: "List every mention of an entity in context.",
        discussion: "Examples: mentions e3   mentions Tokayev   mentions e3 --doc d2")
    public static let group = CommandGroup.explore
    public static let argumentCompletion = ArgumentCompletion.workspaceReferences

    @Argument(help: "An entity ID (e3) or name.") var target: [String] = []
    @Option(help: "Only mentions in this document (d1).") var doc: String?
    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let name = target.joined(separator: " ")
        guard !name.isEmpty else { throw CommandError("mentions: name an entity (e.g. mentions e3)") }
        let w = context.workspace
        let entity = try WorkspaceReference.entity(name, in: w)
        var mentions = entity.mentions
        if let doc {
            let id = try WorkspaceReference.document(doc, in: w).id
            mentions = mentions.filter { $0.document == id }
        }
        let rows: [[Cell]] = mentions.map { m in
            let text = w.document(m.document)?.text ?? ""
            return [.string(m.document.description), .int(m.start), .int(m.end), .string(m.text),
                    .string(entity.type(of: m).rawValue), m.role.map { .string($0) } ?? .null,
                    .string(EntityContext.keywordInContext(text, start: m.start, end: m.end, width: 35))]
        }
        let table = Table(
            columns: [.init("document"), .init("start", alignRight: true), .init("end", alignRight: true),
                      .init("text"), .init("type"), .init("role"), .init("context")],
            rows: rows,
            footer: "\(entity.id) \(entity.name): " + Format.plural(rows.count, "mention"),
            emptyMessage: "no mentions of \(entity.name) there")
        return .table(table, format: output.format)
    }
}
