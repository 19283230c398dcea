import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Where the shell writes and how it asks questions; the front end picks the implementation.
public protocol Console: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Shows text through the pager; the shell decides when (`set pager`, output longer than the screen).
    func page(_ text: String)
    /// Feeds text to `/bin/sh -c command` (`CMD | SHELLCMD`); returns the command's exit status.
    func pipe(_ text: String, to command: String) throws -> Int32
    /// The terminal's size now (it may have been resized), or nil when output is not a terminal.
    func screenSize() -> (columns: Int, rows: Int)?
    /// Asks a yes/no question; false when no answer can be had.
    func confirm(_ question: String) -> Bool
}

/// Standard output and error, with `$PAGER` (default `less -FRX`) run in the terminal's
/// foreground process group.
public final class StandardConsole: Console {
    /// Reads the answer to `confirm`; nil when there is no one to ask.
    private let ask: ((String) -> String?)?
    private let size: () -> (columns: Int, rows: Int)?

    /// `size` reports the terminal's size (nil when standard output is not a terminal).
    public init(size: @escaping () -> (columns: Int, rows: Int)?, ask: ((String) -> String?)? = nil) {
        self.size = size
        self.ask = ask
    }

    public func write(_ text: String) { StandardStream.output.write(text) }

    public func writeError(_ text: String) { StandardStream.error.write(text) }

    public func screenSize() -> (columns: Int, rows: Int)? { size() }

    public func page(_ text: String) {
        let env = ProcessInfo.processInfo.environment
        let pager = env["PAGER"].flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 } ?? "less -FRX"
        guard let terminal = ChildProcess.controllingTerminal(),
              let result = try? ChildProcess.run(pager, input: text, terminal: terminal),
              result.status != 126, result.status != 127 else {
            // No terminal to hand over, or the pager could not be started: print it instead.
            return write(text)
        }
    }

    public func pipe(_ text: String, to command: String) throws -> Int32 {
        try ChildProcess.run(command, input: text, terminal: ChildProcess.controllingTerminal()).status
    }

    public func confirm(_ question: String) -> Bool {
        guard let ask, let answer = ask(question + " [y/N] ") else { return false }
        return ["y", "yes"].contains(answer.trimmingWhitespace().lowercased())
    }
}

/// Collects output in memory; used by tests and by commands that capture output.
public final class BufferConsole: Console {
    public private(set) var output = ""
    public private(set) var errors = ""
    public var answers: [Bool]

    public init(answers: [Bool] = []) { self.answers = answers }

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errors += text }
    /// What `page` was given, in order (tests check that the pager would have been used).
    public private(set) var paged: [String] = []
    /// The size `screenSize` reports; nil (not a terminal) unless a test sets it.
    public var size: (columns: Int, rows: Int)?

    public func page(_ text: String) {
        paged.append(text)
        output += text
    }
    /// Runs the command for real, its output collected in `output`.
    public func pipe(_ text: String, to command: String) throws -> Int32 {
        let result = try ChildProcess.run(command, input: text, terminal: nil, captureOutput: true)
        output += result.output
        return result.status
    }
    public func screenSize() -> (columns: Int, rows: Int)? { size }
    public func confirm(_ question: String) -> Bool {
        errors += question + "\n"
        return answers.isEmpty ? false : answers.removeFirst()
    }
}
