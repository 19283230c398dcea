import ArgumentParser

/// `edit aN "new text"`: replaces a note's or highlight's text (or renames a tag).
public struct EditCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Replace the text of a note or highlight, or rename a tag.")
    public static let group = CommandGroup.annotate

    @Argument(help: "The annotation, e.g. a3.") var annotation: String
    @Argument(help: "The new text.") var text: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard let id = AnnotationID(annotation) else { throw CommandError("edit: '\(annotation)' is not an annotation ID (like a3)") }
        guard let old = context.workspace.annotation(id) else { throw AnnotationError.noSuchAnnotation(id.description) }
        var body = text
        if old.kind == .tag {
            guard let tag = Tag.normalize(text) else { throw CommandError("edit: '\(text)' is not a tag (one word, no spaces)") }
            body = tag
        } else if old.kind == .note, text.trimmingWhitespace().isEmpty {
            throw AnnotationError.emptyText("edit")
        }
        let a = try context.workspace.edit(id, body: body, at: Timestamp.now())
        context.markChanged()
        return .status("edited \(a.id) (\(a.kind.rawValue) on \(a.target.label))")
    }
}
