import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal of one shell's unsaved changes: a JSON-lines file in the journal folder, a header
/// naming the saved state it applies to, then one line per command that changed the workspace
/// (the change itself, see `WorkspaceDelta`), written and flushed to disk before the prompt
/// returns. `save`, `open` and `new` start it afresh; a clean exit removes it. While the shell
/// runs it holds a `flock` on the file, so a journal nobody holds belongs to a shell that died.
public final class SessionJournal {
    /// The journal file.
    public let path: String
    private var fd: Int32
    /// The workspace as of the last entry (or the base): the next entry is the change from it.
    private var last: Workspace
    private var generation: Int
    private var basePath: String?
    private var baseDigest: String?
    /// Entries since the last checkpoint.
    public private(set) var count: Int
    /// Set when a write failed; the shell says so once and the journal stops.
    public private(set) var failure: String?

    private init(path: String, fd: Int32, context: ShellContext, count: Int) {
        self.path = path
        self.fd = fd
        last = context.workspace
        generation = context.workspaceGeneration
        basePath = context.sessionPath.map(Self.absolute)
        baseDigest = context.file.digest
        self.count = count
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Starts a new journal for the shell's current state in `folder` (created, private to the user).
    public static func start(in folder: String, context: ShellContext) throws(JournalError) -> SessionJournal {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(folder, reason: "cannot create the folder")
        }
        let name = String(format: "%@-%d-%08x.jsonl", Timestamp.now().filter { $0.isNumber }, getpid(), UInt32.random(in: 0...UInt32.max))
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .cannotWrite(path, reason: "cannot lock it")
        }
        let journal = SessionJournal(path: path, fd: fd, context: context, count: 0)
        journal.writeHeader()
        return journal
    }

    /// Continues a recovered journal (already locked through `fd`), whose entries lead to the
    /// recovered workspace now in `context`.
    static func adopt(path: String, fd: Int32, context: ShellContext, count: Int) -> SessionJournal {
        SessionJournal(path: path, fd: fd, context: context, count: count)
    }

    /// Called after every command: starts afresh when the session was saved, opened or replaced;
    /// otherwise appends what the command changed (nothing when only the history changed).
    public func record(_ command: String, context: ShellContext) {
        guard failure == nil else { return }
        let path = context.sessionPath.map(Self.absolute)
        if context.workspaceGeneration != generation || path != basePath || context.file.digest != baseDigest
            || (!context.isDirty && count > 0) {
            last = context.workspace
            // The file holds the history up to the save; the `save` line itself comes after.
            if let n = context.file.historyCount, n <= last.history.count { last.history = Array(last.history.prefix(n)) }
            generation = context.workspaceGeneration
            basePath = path
            baseDigest = context.file.digest
            count = 0
            guard ftruncate(fd, 0) == 0 else { return fail(String(cString: strerror(errno))) }
            writeHeader()
            return
        }
        let delta = WorkspaceDelta(from: last, to: context.workspace)
        guard !delta.changesOnlyHistory else { return }
        let entry = JournalEntry(at: Timestamp.now(), command: command, delta: delta)
        guard append(entry) else { return }
        last = context.workspace
        count += 1
    }

    /// Ends the journal: removed when its changes were saved or discarded, kept (and unlocked, so a
    /// later start offers to recover it) when `keep`.
    public func finish(keep: Bool) {
        guard fd >= 0 else { return }
        if !keep || count == 0 { unlink(path) }
        close(fd)
        fd = -1
    }

    private func writeHeader() {
        let header = JournalHeader(session: basePath, base: baseDigest, started: Timestamp.now(), pid: Int(getpid()))
        _ = append(header)
    }

    private func append(_ value: some Encodable) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var bytes = try? [UInt8](encoder.encode(value)) else {
            fail("cannot encode an entry")
            return false
        }
        bytes.append(0x0A)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                fail(String(cString: strerror(errno)))
                return false
            }
            offset += n
        }
        guard fdatasync(fd) == 0 else {
            fail(String(cString: strerror(errno)))
            return false
        }
        return true
    }

    private func fail(_ reason: String) {
        failure = "the journal of unsaved changes (\(path)) cannot be written: \(reason); save to keep your work"
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return (path as NSString).standardizingPath }
        return (FileManager.default.currentDirectoryPath + "/" + path as NSString).standardizingPath
    }
}

/// Absolute, standardised session paths, as journals record them.
public enum SessionJournalPath {
    public static func absolute(_ path: String) -> String { SessionJournal.absolute(path) }
}

/// Why a journal could not be written or recovered.
public enum JournalError: Error, CustomStringConvertible, Equatable {
    case cannotWrite(String, reason: String)
    /// The journal is held by a running shell (or another recovery).
    case inUse(String)
    /// The journal is unreadable or does not apply to its base.
    case damaged(String, reason: String)
    /// The saved file the journal applies to changed or vanished since.
    case baseChanged(String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(p, r): "cannot write the journal \(p): \(r)"
        case .inUse(let p): "the journal \(p) is in use by another shell"
        case let .damaged(p, r): "cannot recover from \(p): \(r)"
        case let .baseChanged(p, r): "cannot recover: \(r); the journal is kept at \(p)"
        }
    }
}
