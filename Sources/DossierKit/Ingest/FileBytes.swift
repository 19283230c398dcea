import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with clear errors (POSIX I/O: faster than `Data(contentsOf:)` for many small files).
enum FileBytes {
    static func read(_ path: String) throws(LoadError) -> [UInt8] {
        var st = stat()
        guard stat(path, &st) == 0 else { throw .notFound(path) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path, reason: "is a directory") }
        // A FIFO would block forever and a device may never end: only regular files are read.
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path, reason: "not a regular file") }
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var out = [UInt8]()
        out.reserveCapacity(Int(st.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }
}
