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
            // Only counted here (entries start with their time: keys are sorted); `replay` decodes them.
            guard let (fd, header, lines) = try? openUnheld(path) else { continue }
            defer { close(fd) }
            let stamps = lines.compactMap(Self.time(of:))
            guard let header, let last = stamps.last else {
                unlink(path)
                continue
            }
            found.append(PendingJournal(path: path, session: header.session, commands: stamps.count, lastChange: last))
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
        let (fd, header, lines) = try openUnheld(journal.path)
        do {
            var entries: [JournalEntry] = []
            for line in lines {
                guard let entry = try? JSONDecoder().decode(JournalEntry.self, from: Data(line)) else { break }
                entries.append(entry)
            }
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
            if let problem = SessionValidator.validate(workspace) {
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

    /// An entry line's time: the value of its first key, `at`; nil for a line that is not an entry.
    static func time(of line: ArraySlice<UInt8>) -> String? {
        let opening = Array(#"{"at":""#.utf8)
        guard line.starts(with: opening) else { return nil }
        let rest = line.dropFirst(opening.count)
        guard let end = rest.firstIndex(of: 0x22) else { return nil }
        return String(decoding: rest[..<end], as: UTF8.self)
    }

    /// Opens and locks a journal nobody holds, and reads its header and its complete entry lines.
    /// A torn last line (the shell died while writing it) is left out.
    static func openUnheld(_ path: String) throws(JournalError) -> (Int32, JournalHeader?, [ArraySlice<UInt8>]) {
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
        // Only lines ended by a newline are complete: the last element after split is what follows the final newline.
        return (fd, header, Array(lines.dropFirst().dropLast()))
    }
}
