#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A file a command's results are redirected to (`CMD > FILE` replaces it, `CMD >> FILE` appends).
/// Opened before the command runs, so a file that cannot be written is reported first.
struct OutputFile {
    /// Why the file could not be written; the message names the file.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let path: String
    private let descriptor: Int32

    init(path: String, append: Bool) throws(Failure) {
        self.path = path
        var isDirectory = stat()
        if stat(path, &isDirectory) == 0, (isDirectory.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(description: "cannot write \(path): it is a directory")
        }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        descriptor = fd
    }

    func write(_ text: String) throws(Failure) {
        var text = text
        let error: Int32? = text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return n < 0 ? errno : EIO }
                offset += n
            }
            return nil
        }
        if let error {
            _ = Glibc.close(descriptor)
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(error)))")
        }
    }

    func close() throws(Failure) {
        if Glibc.close(descriptor) != 0 {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

/// Counts the lines text takes on a screen, long lines wrapping, to decide whether it needs the pager.
enum ScreenLines {
    /// True when `text` needs more than `rows` lines on a screen `columns` wide. Stops counting early.
    static func exceed(_ text: String, rows: Int, columns: Int) -> Bool {
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            let width = DisplayWidth.of(String(line))
            count += max(1, (width + columns - 1) / columns)
            if count > rows { return true }
        }
        return false
    }
}
