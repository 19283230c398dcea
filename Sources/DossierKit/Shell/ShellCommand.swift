import ArgumentParser

/// The groups `help` lists commands under.
public enum CommandGroup: String, Sendable, CaseIterable {
    case documents = "Documents"
    case explore = "Explore"
    case annotate = "Annotate"
    case session = "Session"
    case shell = "Shell"
}

/// What Tab offers for a command's arguments.
public enum ArgumentCompletion: Sendable {
    /// File and directory paths.
    case paths
    /// Session names in `Sessions/`, then paths.
    case sessions
    /// IDs of documents, entities, figures and annotations, and entity names.
    case workspaceReferences
    /// Command names (for `help`).
    case commands
    /// A fixed list of words.
    case words([String])
    case none
}

/// A command of the shell. Its arguments are declared with swift-argument-parser, so parsing,
/// usage lines and `help CMD` come from one declaration; `execute` does the work.
public protocol ShellCommand: ParsableCommand {
    static var group: CommandGroup { get }
    static var argumentCompletion: ArgumentCompletion { get }
    /// True for commands that take their argument text as typed (`search`, `sql`): `>` and `|` in
    /// it are part of the query, not redirections.
    static var verbatimArguments: Bool { get }
    /// Fixed words Tab offers for the next argument or option value, given the words typed after
    /// the command name (e.g. `set pager` → `auto on off`); nil to use `argumentCompletion`.
    static func completions(after words: [String]) -> [String]?
    /// Runs the command against the shell's state; never prints, returns what to show.
    mutating func execute(in context: inout ShellContext) throws -> CommandOutput
}

extension ShellCommand {
    public static var argumentCompletion: ArgumentCompletion { .workspaceReferences }
    public static var verbatimArguments: Bool { false }
    public static func completions(after words: [String]) -> [String]? { nil }
    public static var name: String { configuration.commandName ?? "\(Self.self)".lowercased() }
}

/// What a command hands back to the shell to show or do.
public enum CommandOutput: Sendable, Equatable {
    case none
    /// Plain lines for standard output: a result.
    case message(String)
    /// A line saying what was done (`saved …`, `loaded …`): standard output on a terminal,
    /// standard error when output is piped, nothing with `--quiet`; never redirected with `>`.
    case status(String)
    /// A listing, rendered in the chosen format.
    case table(Table, format: OutputFormat?)
    /// Long text; paged on a terminal.
    case text(String, paged: Bool)
    /// A document's lines: on a terminal, lines wider than the screen are word-wrapped with their
    /// continuation lines indented `indent` columns (past `read`'s line numbers); elsewhere as is.
    case wrappedText(String, indent: Int)
    /// Raw JSON or other machine output written as is.
    case raw(String)
    /// Ask the shell to quit (`force` skips the unsaved-changes question).
    case quit(force: Bool)
    /// Ask the shell to run a script file (`source`).
    case runScript(path: String)
    /// Several outputs, in order.
    indirect case sequence([CommandOutput])
}

/// A failure inside a command, with a message for the user.
public struct CommandError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ message: String) { description = message }
}
