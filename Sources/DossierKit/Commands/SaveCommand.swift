import ArgumentParser

/// `save [NAME|PATH]`: writes the session atomically.
public struct SaveCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "save", abstract: "Save the session (NAME → Sessions/NAME.json, or a path).",
        discussion: "Without a name, saves to the file the session came from. Writes are atomic: a failed save leaves the old file intact.")
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.sessions

    @Argument(help: "A session name or a path ending in .json.")
    var session: String?

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard let path = session.map(context.store.path(for:)) ?? context.sessionPath else {
            throw CommandError("save: this session has no name yet; use save NAME")
        }
        try context.store.save(context.workspace, to: path)
        context.markSaved(to: path)
        return .message("saved \(path): " + SessionSummary.describe(context.workspace))
    }
}
