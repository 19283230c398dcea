import ArgumentParser

/// `quit`: leaves the shell, asking first on a terminal when there are unsaved changes.
public struct QuitCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quit", abstract: "Leave Dossier (asks first if there are unsaved changes).",
        aliases: ["exit", "q"])
    public static let group = CommandGroup.shell
    public static let argumentCompletion = ArgumentCompletion.none

    @Flag(name: .shortAndLong, help: "Quit without asking, discarding unsaved changes.")
    var force = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        .quit(force: force)
    }
}
