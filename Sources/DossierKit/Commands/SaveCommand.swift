import ArgumentParser
import Foundation

/// `save [NAME|PATH]`: writes the session atomically.
public struct SaveCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "save", abstract: "Save the session (NAME → Sessions/NAME.json, or a path).",
        discussion: """
            Without a name, saves to the file the session came from. Writes are atomic: a failed save \
            leaves the old file intact, and a file saved through a symlink is written at its target with \
            its permissions kept. An existing file that is not this session's, or a read-only one, is \
            only replaced with --force. A file another shell has open for writing is never replaced. \
            A missing folder in an explicit path is not created.
            """)
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.sessions

    @Argument(help: "A session name or a path ending in .json.")
    var session: String?

    @Flag(name: .shortAndLong, help: "Replace an existing file that is not this session's, or a read-only one.")
    var force = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard let path = session.map(context.store.path(for:)) ?? context.sessionPath else {
            throw CommandError("save: this session has no name yet; use save NAME")
        }
        guard !(session?.trimmingCharacters(in: .whitespaces).isEmpty ?? false) else {
            throw CommandError("save: the session name is empty")
        }
        let isOwnFile = context.sessionPath.map { Self.samePath($0, path) } ?? false
        if !force, !isOwnFile, FileManager.default.fileExists(atPath: path) {
            throw CommandError("save: \(path) already exists and is not this session's file; save --force \(session ?? path) replaces it")
        }
        let lock = try context.file.lockForSaving(path, ownFile: isOwnFile, force: force)
        let saved = try context.store.save(context.workspace, to: path, replacingReadOnly: force)
        context.file.saved(saved, lock: lock)
        context.markSaved(to: path)
        return .status("saved \(path): " + SessionSummary.describe(context.workspace))
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        (a as NSString).standardizingPath == (b as NSString).standardizingPath
    }
}
