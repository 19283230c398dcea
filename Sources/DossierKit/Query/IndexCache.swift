import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// Where a session's search index is kept between runs: `NAME.json.index` beside the session file,
/// an SQLite database valid only for the session file whose SHA-256 it records (and for this
/// query schema). Never required: a missing, stale or unreadable cache is rebuilt.
public struct IndexCache: Sendable, Equatable {
    /// The cache file.
    public let path: String
    /// What the cache must record to be used: the session file's SHA-256 and the schema's.
    public let key: String

    /// Sessions with fewer documents are not cached: their index builds faster than a cache is read.
    public static let minimumDocuments = 5000

    public init(sessionPath: String, sessionDigest: String) {
        path = sessionPath + ".index"
        key = sessionDigest + " " + QuerySchema.fingerprint
    }

    /// The table, in the cache file only, that holds `key`.
    static let keyTable = "dossier_index_cache"

    /// The file's bytes in a buffer from `sqlite3_malloc64`, as `sqlite3_deserialize` takes them
    /// (nil when missing or unreadable; the caller owns the buffer).
    func readBytes() -> (bytes: UnsafeMutablePointer<UInt8>, count: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
              let size = Int(exactly: info.st_size), let raw = sqlite3_malloc64(UInt64(size)) else { return nil }
        let buffer = raw.assumingMemoryBound(to: UInt8.self)
        var done = 0
        while done < size {
            let n = read(fd, buffer + done, size - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { sqlite3_free(raw); return nil }
            done += n
        }
        return (buffer, size)
    }

    /// Writes a serialized database to the cache file (through a temporary file, renamed into
    /// place) and records `key` in it. False when anything fails; no temporary file is left.
    @discardableResult
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        removeAbandonedTemporaryFiles()
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        let temporary = path + ".tmp-\(getpid())"
        defer { unlink(temporary) }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, base + done, bytes.count - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { close(fd); return false }
            done += n
        }
        guard close(fd) == 0 else { return false }
        do {
            let db = try SQLiteDatabase(path: temporary)
            try db.execute("PRAGMA journal_mode = OFF; CREATE TABLE \(Self.keyTable)(key TEXT)")
            let insert = try db.prepare("INSERT INTO \(Self.keyTable) VALUES(?)")
            try insert.run([.text(key)])
        } catch {
            return false
        }
        return rename(temporary, path) == 0
    }

    /// Removes temporary files of this cache left by a process that was killed while writing.
    func removeAbandonedTemporaryFiles() {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let prefix = (slash.map { String(path[path.index(after: $0)...]) } ?? path) + ".tmp-"
        guard let dir = opendir(folder.isEmpty ? "/" : folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
