import ArgumentParser

/// `drop d1…`: removes documents with their mentions, figures and annotations.
public struct DropCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "drop", abstract: "Remove documents (with their mentions, figures and annotations).",
        discussion: "Examples: drop d2   drop d1 d4   drop d3-d7")
    public static let group = CommandGroup.documents

    @Argument(help: "Documents to remove, e.g. d1 d3, or a range d3-d7.")
    var documents: [String] = []

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !documents.isEmpty else { throw CommandError("drop: name the documents to remove, e.g. drop d1") }
        let ids = try documents.flatMap { try WorkspaceReference.documents($0, in: context.workspace).map(\.id) }
        var lines: [String] = []
        for id in Set(ids).sorted() {
            guard let s = context.workspace.drop(id) else { continue }
            var extra = [Format.plural(s.entities, "entity", "entities"), Format.plural(s.figures, "figure")]
            if s.annotations > 0 { extra.append(Format.plural(s.annotations, "annotation")) }
            lines.append("dropped \(id) '\(s.document.title)' (removed \(extra.joined(separator: ", ")))")
        }
        context.markChanged()
        return .status(lines.joined(separator: "\n"))
    }
}
