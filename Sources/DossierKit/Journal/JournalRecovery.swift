import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A journal left by a shell that died with unsaved changes.
public struct PendingJournal: Sendable, Equatable {
    /// The journal file.
    public var path: String
    /// The session file its changes apply to (nil: a session never saved).
    public var session: String?
    /// How many commands it holds, and when the last one ran.
    public var commands: Int
    public var lastChange: String

    /// The session's name as the prompt shows it.
    public var sessionName: String { session.map(SessionStore.name(ofPath:)) ?? "untitled" }

    /// Whether an answer to `question` means yes (an empty answer does: the default).
    public static func acceptsAnswer(_ answer: String) -> Bool {
        ["", "y", "yes"].contains(answer.trimmingWhitespace().lowercased())
    }

    /// The question asked at an interactive start.
    public var question: String {
        "session \(sessionName) has unsaved changes from \(lastChange) (\(Format.plural(commands, "command"))): recover? [Y/n] "
    }
}

/// Finds journals of shells that died and replays them onto the saved state they started from.
public enum JournalRecovery {
    /// Journals in `folder` that no running shell holds, newest first. Empty ones (a shell killed
    /// with nothing unsaved) and unreadable ones are removed on the way, so the folder stays small.
    public static func pending(in folder: String) -> [PendingJournal] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var found: [PendingJournal] = []
        for name in names where name.hasSuffix(".jsonl") {
            let path = folder + "/" + name
            guard let (fd, header, entries) = try? openUnheld(path) else { continue }
            defer { close(fd) }
            guard let header, let last = entries.last else {
                unlink(path)
                continue
            }
            found.append(PendingJournal(path: path, session: header.session, commands: entries.count, lastChange: last.at))
        }
        return found.sorted { $0.lastChange != $1.lastChange ? $0.lastChange > $1.lastChange : $0.path > $1.path }
    }

    /// The recovered state of a pending journal: the saved file it applies to, read and checked
    /// against the digest the journal recorded, with every entry applied in order.
    public struct Recovered {
        public var workspace: Workspace
        public var session: String?
        public var digest: String?
        public var commands: Int
        /// History lines in the saved file.
        public var baseHistoryCount: Int?
        /// The journal, still locked, to be continued by the recovering shell.
        let fd: Int32
        let path: String
    }

    /// Replays `journal` onto its base. Throws, leaving the journal in place, when another shell
    /// holds it, when it is damaged, or when its saved file changed or vanished since.
    public static func replay(_ journal: PendingJournal, store: SessionStore) throws(JournalError) -> Recovered {
        let (fd, header, entries) = try openUnheld(journal.path)
        do {
            guard let header else { throw JournalError.damaged(journal.path, reason: "no header") }
            var workspace = Workspace()
            var baseHistoryCount: Int?
            if let session = header.session {
                guard let base = header.base else { throw JournalError.damaged(journal.path, reason: "no base digest") }
                let loaded: (workspace: Workspace, digest: String)
                do { loaded = try store.loadFile(session) } catch {
                    throw JournalError.baseChanged(journal.path, reason: "\(error)")
                }
                guard loaded.digest == base else {
                    throw JournalError.baseChanged(journal.path, reason: "\(session) changed since the journal began (saved by another shell?)")
                }
                workspace = loaded.workspace
                baseHistoryCount = workspace.history.count
            }
            for (i, entry) in entries.enumerated() {
                guard let next = entry.delta.apply(to: workspace) else {
                    throw JournalError.damaged(journal.path, reason: "entry \(i + 1) (\(entry.command)) does not apply")
                }
                workspace = next
            }
            // The result must hold together like any session file before it replaces the workspace.
            if let problem = SessionValidator.validate(SessionFile(workspace)) {
                throw JournalError.damaged(journal.path, reason: "the recovered session is damaged (\(problem))")
            }
            return Recovered(workspace: workspace, session: header.session, digest: header.base,
                             commands: entries.count, baseHistoryCount: baseHistoryCount, fd: fd, path: journal.path)
        } catch let error as JournalError {
            close(fd)
            throw error
        } catch {
            close(fd)
            throw .damaged(journal.path, reason: "\(error)")
        }
    }

    /// Removes a journal whose changes the user chose to discard.
    public static func discard(_ journal: PendingJournal) {
        guard let (fd, _, _) = try? openUnheld(journal.path) else { return }
        unlink(journal.path)
        close(fd)
    }

    /// Opens and locks a journal nobody holds, and reads its header and complete entries. A torn
    /// last line (the shell died while writing it) ends the entries.
    static func openUnheld(_ path: String) throws(JournalError) -> (Int32, JournalHeader?, [JournalEntry]) {
        let fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw .damaged(path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .inUse(path)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            offset += off_t(n)
        }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let decoder = JSONDecoder()
        guard let first = lines.first, let header = try? decoder.decode(JournalHeader.self, from: Data(first)),
              header.format == JournalHeader.formatName else { return (fd, nil, []) }
        var entries: [JournalEntry] = []
        // Only lines ended by a newline are complete: the last element after split is what follows the final newline.
        for line in lines.dropFirst().dropLast() {
            guard let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) else { break }
            entries.append(entry)
        }
        return (fd, header, entries)
    }
}
