import ArgumentParser

/// `redo`: repeats the last change `undo` reversed.
public struct RedoCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "redo", abstract: "Redo the last change undo reversed.")
    public static let group = CommandGroup.annotate
    public static let argumentCompletion = ArgumentCompletion.none

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let (description, workspace) = try context.undoHistory.redo(current: context.workspace)
        context.restore(workspace)
        return .status("redid: \(description)")
    }
}
