import ArgumentParser

/// `once FILE` / `once '|SHELLCMD'`: sends the next command's results to a file or a program, as
/// sqlite3's `.once` — the way to redirect `search` and `sql`, whose `>` and `|` belong to the query.
public struct OnceCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "once", abstract: "Send the next command's results to a file or to '|SHELLCMD' (sqlite3 .once).",
        discussion: """
            Mostly for search and sql, where '>' and '|' are part of the query; other commands can use CMD > FILE.
            Examples: once figures.csv   once --append log.txt   once '|sort | uniq -c'
            """)
    public static let group = CommandGroup.shell
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "A file, or '|' and a command for /bin/sh (quoted).")
    var target: String

    @Flag(help: "Append to the file instead of replacing it.")
    var append = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let text = target.trimmingWhitespace()
        if text.hasPrefix("|") {
            let command = text.dropFirst().trimmingWhitespace()
            guard !command.isEmpty else { throw CommandError("once: expected a command after '|'") }
            guard !append else { throw CommandError("once: --append is for files, not '|' commands") }
            context.pendingRedirection = .pipe(command)
            return .status("the next command's results go to '\(command)'")
        }
        guard !text.isEmpty else { throw CommandError("once: name a file, or '|' and a command") }
        context.pendingRedirection = .file(target, append: append)
        return .status("the next command's results go to \(target)")
    }
}
