import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes session files: `NAME` means `Sessions/NAME.json` under the current directory,
/// anything with a slash or ending in `.json` is a path. Writes are atomic (temporary file + rename).
public struct SessionStore: Sendable {
    /// The folder that plain session names live in.
    public var directory: String

    public init(directory: String = "Sessions") { self.directory = directory }

    /// The file a name or path refers to.
    public func path(for nameOrPath: String) -> String {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") { return nameOrPath }
        return directory + "/" + nameOrPath + ".json"
    }

    /// The session name shown in the prompt for a file: its base name without `.json`.
    public static func name(ofPath path: String) -> String {
        let base = (path as NSString).lastPathComponent
        return base.hasSuffix(".json") ? String(base.dropLast(5)) : base
    }

    /// Session names in `directory`, sorted.
    public func list() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    public func load(_ path: String) throws(SessionError) -> Workspace {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch .notFound {
            throw .notFound(path: path)
        } catch {
            throw .io(path: path, reason: "\(error)")
        }
        return try SessionCodec.decode(bytes, path: path)
    }

    /// Writes the workspace to `path` atomically, creating `Sessions/` when needed; on any failure
    /// the old file is left as it was.
    public func save(_ workspace: Workspace, to path: String) throws(SessionError) {
        let bytes: [UInt8]
        do {
            bytes = try SessionCodec.encode(workspace)
        } catch {
            throw .io(path: path, reason: "cannot encode session: \(error)")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .io(path: path, reason: "cannot create folder \(folder)")
            }
        }
        try AtomicFile.write(bytes, to: path)
    }
}

/// Atomic replacement of a file: write `PATH.tmp` in the same folder, flush to disk, rename.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(SessionError) {
        let tmp = path + ".tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .io(path: path, reason: "cannot write: \(String(cString: strerror(errno)))") }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(tmp)
                throw .io(path: path, reason: "cannot write: \(reason)")
            }
            offset += n
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(tmp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw .io(path: path, reason: "cannot write: \(reason)")
        }
    }
}
