import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Atomic replacement of a file: a unique temporary file (`mkstemp`, so never a symlink or another
/// writer's file) in the target's folder is written, flushed, given the replaced file's permissions
/// and renamed over it; the folder is then synced. A path that is a symlink is replaced at its
/// target. A failed write leaves the old file as it was and no temporary file behind.
public enum AtomicFile {
    /// Writes `bytes` to `path` (or, when `path` is a symlink, to the file it points to) and returns
    /// the path actually written. A file without write permission is replaced only with
    /// `replacingReadOnly`, and keeps its mode.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, replacingReadOnly: Bool = false) throws(SessionError) -> String {
        try write(to: path, replacingReadOnly: replacingReadOnly) { sink in
            var copy = bytes
            try sink(&copy)
        }
    }

    /// Writes what `produce` hands to its sink, chunk by chunk, so the file is never whole in memory;
    /// otherwise as `write(_:to:)`. An error thrown by `produce` leaves the old file as it was.
    @discardableResult
    static func write(to path: String, replacingReadOnly: Bool = false,
                      produce: (_ sink: @escaping (inout [UInt8]) throws -> Void) throws -> Void) throws(SessionError) -> String {
        let target = try resolve(path)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists {
            guard (existing.st_mode & S_IFMT) == S_IFREG else { throw .io(path: path, reason: "not a regular file") }
            if !replacingReadOnly, (existing.st_mode & 0o222) == 0 || access(target, W_OK) != 0 {
                throw .readOnly(path: path, mode: Int(existing.st_mode & 0o7777))
            }
        }
        let folder = folderOf(target)
        var template = Array((folder + "/" + temporaryPrefix(for: target) + "XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .io(path: path, reason: "cannot write: \(String(cString: strerror(errno)))") }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let tmp = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(_ reason: String) -> SessionError {
            close(fd)
            unlink(tmp)
            return .io(path: path, reason: "cannot write: \(reason)")
        }
        do {
            try produce { (chunk: inout [UInt8]) throws in
                var offset = 0
                while offset < chunk.count {
                    let n = chunk.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
                    if n < 0, errno == EINTR { continue }
                    if n <= 0 { throw WriteFailure(reason: n == 0 ? "no space written" : String(cString: strerror(errno))) }
                    offset += n
                }
            }
        } catch let error as WriteFailure {
            throw fail(error.reason)
        } catch {
            throw fail("\(error)")
        }
        let mode = exists ? existing.st_mode & 0o7777 : newFileMode()
        guard fchmod(fd, mode) == 0 else { throw fail(String(cString: strerror(errno))) }
        if exists, existing.st_uid != geteuid() || existing.st_gid != getegid() {
            _ = fchown(fd, existing.st_uid, existing.st_gid) // best effort: only root may give a file away
        }
        guard fsync(fd) == 0 else { throw fail(String(cString: strerror(errno))) }
        close(fd)
        guard rename(tmp, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw .io(path: path, reason: "cannot write: \(reason)")
        }
        syncFolder(folder)
        return target
    }

    /// A `write(2)` that failed, carried out of the chunk sink.
    private struct WriteFailure: Error { var reason: String }

    /// The file a path names: the path itself, or the final target when it is a symlink.
    public static func resolve(_ path: String) throws(SessionError) -> String {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            // A dangling link: the file it names may be created, in a folder that exists.
            var target = path
            for _ in 0..<40 {
                guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: target) else { break }
                target = link.hasPrefix("/") ? link : folderOf(target) + "/" + link
                guard lstat(target, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return target }
            }
            throw .io(path: path, reason: "a symbolic link that loops")
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes temporary files a killed save left beside `path` (its unique ones and the fixed
    /// `PATH.tmp` older versions used). Only the session's lock holder calls this, so none of them
    /// belongs to a save in progress. Returns how many were removed.
    @discardableResult
    public static func removeStaleTemporaries(of path: String) -> Int {
        let folder = folderOf(path)
        let prefix = temporaryPrefix(for: path)
        let legacy = (path as NSString).lastPathComponent + ".tmp"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed = 0
        for name in names where (name.hasPrefix(prefix) && name.utf8.count == prefix.utf8.count + 6) || name == legacy {
            var st = stat()
            let full = folder + "/" + name
            guard lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFLNK else { continue }
            if unlink(full) == 0 { removed += 1 }
        }
        return removed
    }

    /// Hidden, so `sessions` and globs skip it: `.NAME.json.tmp-` followed by six random characters.
    static func temporaryPrefix(for path: String) -> String {
        "." + (path as NSString).lastPathComponent + ".tmp-"
    }

    static func folderOf(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// 0666 less the process's umask, as `open` would give a new file.
    private static func newFileMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }

    /// Makes the rename itself durable (best effort: some file systems refuse fsync on folders).
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
