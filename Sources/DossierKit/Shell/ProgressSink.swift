/// Where long commands report progress: a status line the front end draws on standard error
/// when it is a terminal (nowhere otherwise). Commands still never print.
public struct ProgressSink: Sendable {
    private let draw: (@Sendable (String) -> Void)?

    /// A sink that shows nothing (scripts, pipes, tests).
    public init() { draw = nil }

    /// A sink that hands each status line to `draw`; an empty line means "clear it".
    public init(draw: @escaping @Sendable (String) -> Void) { self.draw = draw }

    public var isEnabled: Bool { draw != nil }

    public func update(_ line: String) { draw?(line) }
    public func clear() { draw?("") }

    /// Draws on standard error with a carriage return and erase-line, so the line is rewritten in place.
    public static let standardError = ProgressSink { line in
        StandardStream.error.write(line.isEmpty ? "\r\u{1B}[K" : "\r\u{1B}[K" + line)
    }
}
