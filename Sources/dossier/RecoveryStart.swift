import DossierKit
import Foundation

/// At start-up: offers to recover the journal a dead shell left (interactive), or recovers it
/// without asking (`--recover`), then starts this shell's journal when it is interactive.
enum RecoveryStart {
    /// Returns false when `--recover` found nothing to recover or could not recover.
    static func run(_ shell: inout ShellSession, interactive: Bool, recover: Bool, sessionFile: String?,
                    ask: ((String) -> String?)?) -> Bool {
        let folder = StateFolder.journals()
        let wanted = sessionFile.map { SessionJournalPath.absolute($0) }
        let pending = JournalRecovery.pending(in: folder).filter { wanted == nil || $0.session == wanted }
        var ok = true
        if let newest = pending.first, recover || interactive {
            var accept = recover
            if !recover, let ask {
                let answer = ask(newest.question)
                accept = answer.map(PendingJournal.acceptsAnswer) ?? false
                if !accept, answer != nil { JournalRecovery.discard(newest) }
            }
            if accept {
                do {
                    StandardStream.error.write(try shell.recover(newest) + "\n")
                } catch {
                    StandardStream.error.write("dossier: \(error)\n")
                    ok = false
                }
            }
        } else if recover {
            StandardStream.error.write("dossier: no unsaved changes to recover\n")
            ok = false
        }
        if interactive, shell.journal == nil, let warning = shell.startJournal(in: folder) {
            StandardStream.error.write("warning: \(warning)\n")
        }
        return ok
    }
}
