import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One writer per session file: an advisory `flock` on a hidden `.NAME.json.lock` beside the
/// session, held while a shell has it open for writing. The lock file says who holds it; the
/// kernel drops the lock when the holder dies, so a killed shell never leaves the file locked.
public final class SessionLock: Sendable {
    /// The session file this lock guards (symlinks resolved).
    public let path: String
    let lockPath: String
    private let descriptor: Mutex<Int32>

    /// How acquiring went.
    public enum Outcome: Sendable {
        case acquired(SessionLock)
        /// Another process holds it; `holder` says who (`pid 123, ann on host, since …`).
        case held(holder: String)
        /// No lock can be taken here (e.g. a read-only folder); nothing to guard against writes either.
        case unavailable
    }

    private init(path: String, lockPath: String, fd: Int32) {
        self.path = path
        self.lockPath = lockPath
        descriptor = Mutex(fd)
    }

    deinit { release() }

    /// Takes the lock of the session at `sessionPath` without waiting.
    public static func acquire(_ sessionPath: String) -> Outcome {
        let path = (try? AtomicFile.resolve(sessionPath)) ?? sessionPath
        let lockPath = AtomicFile.folderOf(path) + "/." + (path as NSString).lastPathComponent + ".lock"
        for _ in 0..<5 {
            let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return .unavailable }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let holder = errno == EWOULDBLOCK ? describeHolder(fd) : nil
                close(fd)
                return holder.map { .held(holder: $0) } ?? .unavailable
            }
            // The holder before us may have removed the file between our open and our flock: then
            // we locked a file nobody else will see. Only a lock on the file at the path counts.
            var mine = stat(), there = stat()
            guard fstat(fd, &mine) == 0, stat(lockPath, &there) == 0,
                  mine.st_ino == there.st_ino, mine.st_dev == there.st_dev else {
                close(fd)
                continue
            }
            let info = Array("pid \(getpid()), \(Author.current) on \(hostName()), since \(Timestamp.now())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = info.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            return .acquired(SessionLock(path: path, lockPath: lockPath, fd: fd))
        }
        return .unavailable
    }

    /// Who holds the lock of `sessionPath`, or nil when no live process does.
    public static func holder(of sessionPath: String) -> String? {
        switch acquire(sessionPath) {
        case .acquired(let lock):
            lock.release()
            return nil
        case .held(let holder): return holder
        case .unavailable: return nil
        }
    }

    /// Releases the lock and removes the lock file (removed while still held, so no one can lock
    /// an orphaned file). Safe to call twice.
    public func release() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            unlink(lockPath)
            close(fd)
            fd = -1
        }
    }

    /// True when `other` names the file this lock guards (relative or absolute, through symlinks).
    public func guards(_ other: String) -> Bool {
        Self.canonical(other) == Self.canonical(path)
    }

    /// An absolute path with symlinks resolved (for a file that does not exist yet: its folder's).
    static func canonical(_ path: String) -> String {
        let target = (try? AtomicFile.resolve(path)) ?? path
        if let resolved = realpath(target, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let folder = AtomicFile.folderOf(target)
        guard let resolved = realpath(folder, nil) else { return (target as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + (target as NSString).lastPathComponent
    }

    private static func describeHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        let text = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return text.isEmpty ? "another process" : String(text.unicodeScalars.filter { $0.value >= 0x20 }.map(Character.init))
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "this machine" }
        return String(cString: buffer)
    }
}
