import ArgumentParser

/// `open NAME|PATH`: replaces the workspace with a saved session.
public struct OpenCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a saved session (a name in Sessions/ or a path).",
        discussion: "Refuses to discard unsaved changes unless --force is given. Example: open kazakhstan")
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.sessions

    @Argument(help: "A session name (Sessions/NAME.json) or a path to a session file.")
    var session: String

    @Flag(name: .shortAndLong, help: "Discard unsaved changes.")
    var force = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        try UnsavedChanges.check(context, force: force, action: "open")
        let path = context.store.path(for: session)
        let (workspace, digest) = try context.store.loadFile(path)
        context.replaceWorkspace(workspace, path: path)
        if let readOnly = context.file.opened(path, digest: digest, historyCount: workspace.history.count) { context.warnings.append(readOnly) }
        context.searchIndex.prepareInBackground(workspace, generation: context.workspaceGeneration,
                                                cache: IndexCache(sessionPath: path, sessionDigest: digest))
        return .status("opened \(path): " + SessionSummary.describe(workspace))
    }
}

/// Guards commands that replace the workspace.
enum UnsavedChanges {
    static func check(_ context: ShellContext, force: Bool, action: String) throws {
        guard context.isDirty, !force else { return }
        throw CommandError("session '\(context.sessionName)' has unsaved changes; save first, or \(action) --force to discard them")
    }
}

/// One line describing a workspace's contents.
enum SessionSummary {
    static func describe(_ w: Workspace) -> String {
        var parts = [Format.plural(w.documents.count, "document"),
                     Format.plural(w.visibleEntities.count, "entity", "entities"),
                     Format.plural(w.figures.count, "figure")]
        if !w.annotations.isEmpty { parts.append(Format.plural(w.annotations.count, "annotation")) }
        return parts.joined(separator: ", ")
    }
}
