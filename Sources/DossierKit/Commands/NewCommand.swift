import ArgumentParser

/// `new`: starts an empty, unnamed session.
public struct NewCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a new, empty session.",
        discussion: "Refuses to discard unsaved changes unless --force is given.")
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.none

    @Flag(name: .shortAndLong, help: "Discard unsaved changes.")
    var force = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        try UnsavedChanges.check(context, force: force, action: "new")
        context.replaceWorkspace(Workspace(), path: nil)
        context.file.closed()
        return .status("new session (unsaved): save NAME to keep it")
    }
}
