import DossierKit
import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The terminal's size, from TIOCGWINSZ on standard output (falls back to `$COLUMNS`/`$LINES`).
enum TerminalSize {
    static func columns() -> Int { size().columns }
    static func rows() -> Int { size().rows }

    static func size() -> (columns: Int, rows: Int) {
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 {
            return (Int(ws.ws_col), Int(ws.ws_row))
        }
        let env = ProcessInfo.processInfo.environment
        return (env["COLUMNS"].flatMap(Int.init) ?? 80, env["LINES"].flatMap(Int.init) ?? 24)
    }
}

/// Ctrl-C: sets the shared interruption flag; without SA_RESTART so a blocked readline returns.
enum SignalHandling {
    static let interruption = Interruption()

    static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in SignalHandling.interruption.request() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked; Ctrl-C must still reach the shell.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        // A reader that goes away (`dossier … | head`, quitting the pager early) must not kill the
        // shell: writes then fail with EPIPE instead.
        signal(SIGPIPE, SIG_IGN)
    }
}

/// Where the line editor keeps its history: `$XDG_STATE_HOME/dossier/history`
/// (default `~/.local/state/dossier/history`); the folder is created when missing.
enum HistoryFile {
    static func path() -> String {
        let dir = StateFolder.path()
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/history"
    }
}

extension Locale {
    /// libedit drops non-ASCII keystrokes unless LC_CTYPE is a UTF-8 locale: use the user's,
    /// falling back to C.UTF-8.
    static func setUTF8CType() {
        if let set = setlocale(LC_CTYPE, ""), String(cString: set).lowercased().contains("utf") { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
}

/// Quoting a word so the shell's splitter reads it back unchanged.
enum ShellQuoting {
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
