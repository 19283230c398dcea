import ArgumentParser

/// `retitle dN "Title"`: sets a document's title by hand (undoable, kept in the session).
public struct RetitleCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "retitle", abstract: "Give a document a title by hand.",
        discussion: "Kept in the session, survives reload; undo restores the old title. Example: retitle d1 \"Kazakhstan to Ensure Safety of Russians Fleeing Draft\"")
    public static let group = CommandGroup.documents

    @Argument(help: "The document, e.g. d1.") var document: String
    @Argument(help: "The new title.") var title: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let doc = try WorkspaceReference.document(document, in: context.workspace)
        let newTitle = title.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        guard !newTitle.isEmpty else { throw CommandError("retitle: the title is empty") }
        guard newTitle != doc.title else { throw CommandError("retitle: \(doc.id) is already titled '\(newTitle)'") }
        context.workspace.retitle(doc.id, to: newTitle)
        context.markChanged()
        return .message("retitled \(doc.id) '\(doc.title)' → '\(newTitle)'")
    }
}
