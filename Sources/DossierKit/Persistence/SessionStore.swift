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
        try loadFile(path).workspace
    }

    /// A session read from disk, with the SHA-256 of the bytes it came from (the base a journal
    /// replays onto, and how a later save tells that the file changed meanwhile).
    public func loadFile(_ path: String) throws(SessionError) -> (workspace: Workspace, digest: String) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch .notFound {
            throw .notFound(path: path)
        } catch {
            throw .io(path: path, reason: "\(error)")
        }
        return (try SessionCodec.decode(bytes, path: path), SHA256Digest.hex(bytes))
    }

    /// What a save wrote: the file (a symlink's target when saved through one), the SHA-256 of its
    /// bytes, and how many history lines it holds (the shell appends the `save` line afterwards).
    public struct Saved: Sendable, Equatable {
        public var path: String
        public var digest: String
        public var historyCount: Int
    }

    /// Writes the workspace to `path` atomically; on any failure the old file is left as it was.
    /// The sessions folder is created when missing; any other missing folder is an error (a typo
    /// in an explicit path should not silently create folders). A read-only file is replaced only
    /// with `replacingReadOnly`.
    @discardableResult
    public func save(_ workspace: Workspace, to path: String, replacingReadOnly: Bool = false) throws(SessionError) -> Saved {
        let target = try AtomicFile.resolve(path)
        let folder = AtomicFile.folderOf(target)
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard Self.sameFolder(folder, directory) else { throw .missingFolder(path: path, folder: folder) }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .io(path: path, reason: "cannot create folder \(folder)")
            }
        } else if !isFolder.boolValue {
            throw .io(path: path, reason: "\(folder) is not a folder")
        }
        // Streamed: the file's bytes are hashed and written a chunk at a time, never held whole.
        let digest = SHA256Digest.Running()
        let written = try AtomicFile.write(to: target, replacingReadOnly: replacingReadOnly) { sink in
            try SessionCodec.encode(workspace) { chunk in
                digest.update(chunk)
                try sink(&chunk)
            }
        }
        return Saved(path: written, digest: digest.finish(), historyCount: workspace.history.count)
    }

    static func sameFolder(_ a: String, _ b: String) -> Bool {
        (a as NSString).standardizingPath == (b as NSString).standardizingPath
    }
}
