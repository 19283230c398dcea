import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with clear errors (POSIX I/O: faster than `Data(contentsOf:)` for many small
/// files). Only regular files are read, never past `limit` bytes, and the first bytes can be
/// checked (`sniff`) before the rest is read, so a huge binary file is refused at once.
enum FileBytes {
    /// How much of the start of a file `sniff` sees (all of it when the file is shorter).
    static let headLength = 1 << 16

    /// The file's bytes. `limit` is the most it may hold; `raise` says how to raise it (for the
    /// message). `sniff` may throw to refuse the file from its first bytes.
    static func read(_ path: String, limit: Int = .max, raise: String = "",
                     sniff: ((ArraySlice<UInt8>) throws(LoadError) -> Void)? = nil) throws(LoadError) -> [UInt8] {
        var st = stat()
        guard stat(path, &st) == 0 else { throw statError(path, errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path, reason: "is a directory") }
        // A FIFO would block forever and a device may never end: only regular files are read.
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path, reason: "not a regular file (a FIFO, device or socket)") }
        let size = Int(st.st_size)
        if size > limit { throw .tooLarge(path, size: size, limit: limit, raise: raise) }
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var out = [UInt8]()
        // The size from stat is a hint only (the file may change while read, and a raised limit may
        // be huge): at most 1 GB is reserved up front, the array grows past that as bytes arrive.
        // Reserving the whole size matters for large sessions: growing doubles the buffer, and
        // the copy would briefly hold the file three times over.
        out.reserveCapacity(min(size, limit, 1 << 30) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var sniffed = sniff == nil
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit { throw .tooLarge(path, size: nil, limit: limit, raise: raise) }
            if !sniffed, out.count >= headLength {
                sniffed = true
                try sniff?(out.prefix(headLength))
            }
        }
        if !sniffed { try sniff?(out[...]) }
        return out
    }

    /// The error for a path that `stat` refused: missing, a symlink loop, no permission.
    static func statError(_ path: String, _ code: Int32) -> LoadError {
        switch code {
        case ENOENT: .notFound(path)
        case ELOOP: .unreadable(path, reason: "too many levels of symbolic links (a symlink loop?)")
        case ENOTDIR: .unreadable(path, reason: "a part of the path is not a directory")
        default: .unreadable(path, reason: String(cString: strerror(code)))
        }
    }
}
