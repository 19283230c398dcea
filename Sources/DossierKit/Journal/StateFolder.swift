import Foundation

/// Where Dossier keeps per-user state: `$XDG_STATE_HOME/dossier` (default `~/.local/state/dossier`).
public enum StateFolder {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/dossier"
    }

    /// The folder journals of unsaved changes are kept in.
    public static func journals(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        path(environment: environment) + "/journal"
    }
}
