#if canImport(Glibc)
import Glibc
#endif

/// Reads all of standard input (for `load -`).
public enum StandardInput {
    /// What reading standard input gave.
    public enum Read: Equatable {
        case bytes([UInt8])
        /// Ctrl-C stopped the read.
        case interrupted
        /// More than the limit arrived; reading stopped there.
        case tooLarge
    }

    /// Everything up to end of input, at most `limit` bytes.
    public static func readAll(interruption: Interruption? = nil, limit: Int = .max) -> Read {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if interruption?.isRequested == true { return .interrupted }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit { return .tooLarge }
        }
        return .bytes(out)
    }

    /// The format of piped bytes: HTML when they start like a page, PDF by its header, else text.
    public static func sniffFormat(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: Array("%PDF-".utf8)) { return "pdf" }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") { return "html" }
        return "text"
    }
}
