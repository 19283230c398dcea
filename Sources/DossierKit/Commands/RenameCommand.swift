import ArgumentParser

/// `rename eN "Name"`: gives an entity a new canonical name (the old one becomes an alias).
public struct RenameCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Rename an entity; the old name becomes an alias.",
        discussion: "Remembered in the session and applied again to documents loaded later. Example: rename e4 \"Kassym-Jomart Tokayev\"")
    public static let group = CommandGroup.annotate

    @Argument(help: "The entity, e.g. e4.") var entity: String
    @Argument(help: "The new name.") var name: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let e = try WorkspaceReference.entity(entity, in: context.workspace)
        let newName = name.trimmingWhitespace()
        guard !newName.isEmpty else { throw CurationError.emptyName("rename") }
        guard newName != e.name else { throw CurationError.nothingToChange("rename: \(e.id) is already named '\(newName)'") }
        let id = context.workspace.curate(CurationStep(op: .rename, entity: e.name, name: newName, type: e.type))
        context.markChanged()
        let merged = id != e.id ? " (merged into \(id!), which already had that name)" : ""
        return .status("renamed \(e.id) '\(e.name)' → '\(newName)'\(merged)")
    }
}
