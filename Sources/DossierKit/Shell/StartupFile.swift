import Foundation

/// The start-up file, `$XDG_CONFIG_HOME/dossier/rc.dsh` (default `~/.config/dossier/rc.dsh`): a
/// script run before the first prompt, as psql runs `.psqlrc` (skipped with `--no-rc`; before
/// `-c`/`-f` runs only with `--rc`).
public enum StartupFile {
    /// The start-up file's path when it exists, from the environment given.
    public static func path(environment env: [String: String]) -> String? {
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? env["HOME"].map { $0 + "/.config" }
        guard let config else { return nil }
        let path = config + "/dossier/rc.dsh"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

extension ShellSession {
    /// Runs the start-up file: its errors are reported as `FILE:LINE: message` and never stop the
    /// shell; its status lines (`format = json`) are not shown, and its commands are not recorded
    /// in the session's history (they are the user's settings, not the session's work).
    public mutating func runStartupFile(_ path: String) {
        guard let source = StreamLineSource(path: path) else {
            console.writeError("warning: cannot read start-up file \(path)\n")
            return
        }
        let status = context.terminal.status
        let historyCount = context.workspace.history.count
        context.terminal.status = .none
        defer {
            context.terminal.status = status
            if context.workspace.history.count > historyCount {
                context.workspace.history.removeSubrange(historyCount...)
            }
        }
        _ = runScript(source, name: path, bail: false)
    }
}
