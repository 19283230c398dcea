import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Where the shell writes and how it asks questions; the front end picks the implementation.
public protocol Console: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Shows long text, through a pager on a terminal.
    func page(_ text: String)
    /// Asks a yes/no question; false when no answer can be had.
    func confirm(_ question: String) -> Bool
}

/// Standard output and error, with `$PAGER` (default `less -FRX`) for long text on a terminal.
public final class StandardConsole: Console {
    private let pagerEnabled: Bool
    private let terminalHeight: Int
    /// Reads the answer to `confirm`; nil when there is no one to ask.
    private let ask: ((String) -> String?)?

    public init(pagerEnabled: Bool, terminalHeight: Int = 24, ask: ((String) -> String?)? = nil) {
        self.pagerEnabled = pagerEnabled
        self.terminalHeight = terminalHeight
        self.ask = ask
    }

    public func write(_ text: String) { StandardStream.output.write(text) }

    public func writeError(_ text: String) { StandardStream.error.write(text) }

    public func page(_ text: String) {
        let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        guard pagerEnabled, lines >= terminalHeight - 1 else { return write(text) }
        let env = ProcessInfo.processInfo.environment
        let pager = env["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
            pipe.fileHandleForWriting.write(Data(text.utf8))
            try? pipe.fileHandleForWriting.close()
            process.waitUntilExit()
        } catch {
            write(text)
        }
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
    public func page(_ text: String) { output += text }
    public func confirm(_ question: String) -> Bool {
        errors += question + "\n"
        return answers.isEmpty ? false : answers.removeFirst()
    }
}
