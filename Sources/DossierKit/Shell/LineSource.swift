#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// What reading one line gave.
public enum LineInput: Sendable, Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the line was cancelled.
    case interrupted
    /// End of input (Ctrl-D on an empty line, end of file).
    case end
    /// A line longer than `limit` bytes: it was read to its end and dropped.
    case tooLong(limit: Int)
}

/// Where the shell's command lines come from: libedit on a terminal, a file or pipe, or memory.
public protocol LineSource: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Records an entered line in the line editor's history (no-op for non-interactive sources).
    func remember(_ line: String)
    /// Called before each interactive read with the shell's current state (for Tab completion).
    func prepare(for context: ShellContext)
}

extension LineSource {
    public func remember(_ line: String) {}
    public func prepare(for context: ShellContext) {}
}

/// Lines from memory: tests and `-c` commands.
public final class StringLineSource: LineSource {
    private var lines: [String]

    public init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines.reversed()
    }

    public func readLine(prompt: String) -> LineInput {
        lines.popLast().map(LineInput.line) ?? .end
    }
}

/// Lines from a C stream (standard input or an opened script), read with getline(3).
public final class StreamLineSource: LineSource {
    private let stream: UnsafeMutablePointer<FILE>
    private let ownsStream: Bool

    /// The longest line read: 10 MB (an endless line from a pipe or device is not held in memory).
    public static let maximumLineBytes = 10_000_000
    private let maximumLineBytes: Int

    public init(stream: UnsafeMutablePointer<FILE>, ownsStream: Bool = false, maximumLineBytes: Int = StreamLineSource.maximumLineBytes) {
        self.stream = stream
        self.ownsStream = ownsStream
        self.maximumLineBytes = maximumLineBytes
    }

    /// Opens a script file; nil when it cannot be opened.
    public convenience init?(path: String) {
        guard let f = fopen(path, "r") else { return nil }
        self.init(stream: f, ownsStream: true)
    }

    /// Standard input.
    public static func standardInput() -> StreamLineSource {
        StreamLineSource(stream: fdopen(STDIN_FILENO, "r"), ownsStream: false)
    }

    deinit { if ownsStream { fclose(stream) } }

    public func readLine(prompt: String) -> LineInput {
        var line: [UInt8] = []
        var sawAny = false
        var tooLong = false
        flockfile(stream)
        while true {
            let c = getc_unlocked(stream)
            if c == EOF { break }
            sawAny = true
            if c == 0x0A { break }
            if tooLong { continue }
            line.append(UInt8(truncatingIfNeeded: c))
            if line.count > maximumLineBytes { tooLong = true; line = [] }
        }
        funlockfile(stream)
        guard sawAny else { return .end }
        if tooLong { return .tooLong(limit: maximumLineBytes) }
        var bytes = line[...]
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        return .line(String(decoding: bytes, as: UTF8.self))
    }
}
