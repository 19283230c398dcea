import Foundation

/// How the open session stands with its file: the one-writer lock held on it, the SHA-256 of the
/// bytes it was opened from or last saved as, and who holds the file when this shell only reads it.
public struct SessionFileState: Sendable {
    /// The lock on the session file while this shell is its writer.
    public private(set) var lock: SessionLock?
    /// SHA-256 of the file as opened or last saved; nil for a session never saved.
    public private(set) var digest: String?
    /// Set when the file was opened while another shell held it: who that was.
    public private(set) var readOnlyHolder: String?
    /// How many history lines the file holds (the journal's base; the shell appends `save` after saving).
    public private(set) var historyCount: Int?

    public init() {}

    /// After `open`: takes the file's lock, or notes who holds it (the session is then read-only).
    /// Returns a line to show when the session is read-only.
    public mutating func opened(_ path: String, digest: String, historyCount: Int) -> String? {
        lock?.release()
        lock = nil
        self.digest = digest
        self.historyCount = historyCount
        readOnlyHolder = nil
        switch SessionLock.acquire(path) {
        case .acquired(let new):
            lock = new
            AtomicFile.removeStaleTemporaries(of: new.path)
        case .held(let holder):
            readOnlyHolder = holder
            return "\(path) is open for writing in another shell (\(holder)): opened read-only; save NAME keeps your changes in another file"
        case .unavailable: break
        }
        return nil
    }

    /// Before saving to `path`: the lock to hold for it (ours, or newly taken). Refuses when
    /// another shell holds it, or when the file changed on disk since this read-only session
    /// was opened from it (unless `force`).
    public func lockForSaving(_ path: String, ownFile: Bool, force: Bool) throws(SessionError) -> SessionLock? {
        if let lock, lock.guards(path) { return lock }
        switch SessionLock.acquire(path) {
        case .held(let holder): throw .locked(path: path, holder: holder)
        case .unavailable: return nil
        case .acquired(let new):
            if ownFile, readOnlyHolder != nil, !force, let digest,
               let current = SHA256Digest.ofFile(path), current != digest {
                new.release()
                throw .changedOnDisk(path: path)
            }
            return new
        }
    }

    /// After a successful save: `lock` is now this session's, and the file holds `saved`.
    public mutating func saved(_ saved: SessionStore.Saved, lock new: SessionLock?) {
        var new = new
        if new == nil, case .acquired(let taken) = SessionLock.acquire(saved.path) {
            new = taken // the folder did not exist before this save, so no lock could be taken then
        }
        if let lock, lock !== new { lock.release() }
        lock = new
        digest = saved.digest
        historyCount = saved.historyCount
        readOnlyHolder = nil
        AtomicFile.removeStaleTemporaries(of: saved.path)
    }

    /// After `new` (or quitting): no file, no lock.
    public mutating func closed() {
        lock?.release()
        lock = nil
        digest = nil
        historyCount = nil
        readOnlyHolder = nil
    }

    /// After recovering a journal onto the file whose bytes have `digest`; returns a line to show
    /// when another shell has that file open (the recovered session is then read-only).
    public mutating func recovered(_ path: String?, digest: String?, historyCount: Int?) -> String? {
        closed()
        var note: String?
        if let path, let digest { note = opened(path, digest: digest, historyCount: historyCount ?? 0) }
        self.digest = digest
        self.historyCount = historyCount
        return note
    }
}
