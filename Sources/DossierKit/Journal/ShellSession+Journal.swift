/// The shell's side of the journal: recording each command, recovering a dead shell's journal,
/// and removing the journal at a clean exit.
extension ShellSession {
    /// Starts journaling this session's changes in `folder`; returns a warning when it cannot.
    public mutating func startJournal(in folder: String) -> String? {
        do {
            journal = try SessionJournal.start(in: folder, context: context)
            return nil
        } catch {
            return "\(error); unsaved changes will not survive a crash"
        }
    }

    /// Records the command that just ran; says once when the journal cannot be written.
    mutating func recordInJournal(_ command: String) {
        guard let journal else { return }
        journal.record(command, context: context)
        if let failure = journal.failure, !journalFailureShown {
            journalFailureShown = true
            console.writeError("warning: " + failure + "\n")
        }
    }

    /// Replays a dead shell's journal onto its saved state and makes it this shell's session,
    /// unsaved; this shell continues that journal. Returns the line to show.
    public mutating func recover(_ pending: PendingJournal) throws(JournalError) -> String {
        let recovered = try JournalRecovery.replay(pending, store: context.store)
        context.replaceWorkspace(recovered.workspace, path: recovered.session)
        let readOnly = context.file.recovered(recovered.session, digest: recovered.digest,
                                              historyCount: recovered.baseHistoryCount)
        context.markChanged()
        journal?.finish(keep: false)
        journal = SessionJournal.adopt(path: recovered.path, fd: recovered.fd, context: context, count: recovered.commands)
        context.searchIndex.prepareInBackground(context.workspace, generation: context.workspaceGeneration)
        return "recovered \(Format.plural(recovered.commands, "command")) of session \(pending.sessionName)"
            + (recovered.session.map { " onto \($0)" } ?? "") + "; save to keep them"
            + (readOnly.map { "\n" + $0 } ?? "")
    }

    /// Ends journaling: the journal is removed unless `keep` (changes neither saved nor discarded).
    public mutating func finishJournal(keep: Bool) {
        journal?.finish(keep: keep && context.isDirty)
        journal = nil
    }
}
