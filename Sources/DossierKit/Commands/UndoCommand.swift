import ArgumentParser

/// `undo`: reverses the last command that changed the workspace (also after `save`).
public struct UndoCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change to the workspace (load, drop, annotations, curation).",
        discussion: "Works across save; open and new start a fresh undo history.")
    public static let group = CommandGroup.annotate
    public static let argumentCompletion = ArgumentCompletion.none

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let (description, workspace) = try context.undoHistory.undo(current: context.workspace)
        context.restore(workspace)
        return .status("undid: \(description)")
    }
}
