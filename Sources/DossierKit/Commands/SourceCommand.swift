import ArgumentParser

/// `source FILE`: runs a script of commands inside the shell.
public struct SourceCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "source", abstract: "Run the commands in a script file (.dsh).")
    public static let group = CommandGroup.shell
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "The script file.")
    var file: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        .runScript(path: file)
    }
}
