@preconcurrency import CLibEdit
import DossierKit
import Foundation
import Synchronization
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reads lines with libedit's readline API: history kept in a file, Tab completion, Ctrl-C
/// cancels the line, Ctrl-D on an empty line ends input.
final class LibEditLineSource: LineSource {
    private let historyPath: String
    private var lastEntry: String?

    init(historyPath: String) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("dossier"))
        rl_attempted_completion_function = completeAtCursor
        rl_completer_word_break_characters = strdup(" \t;")
        using_history()
        stifle_history(1000)
        _ = read_history(historyPath)
        if history_length > 0, let entry = history_get(history_base + history_length - 1), let line = entry.pointee.line {
            lastEntry = String(cString: line)
        }
    }

    func prepare(for context: ShellContext) {
        CompletionBridge.context.withLock { $0 = context }
    }

    func readLine(prompt: String) -> LineInput {
        SignalHandling.interruption.clear()
        guard let raw = readline(prompt) else {
            if SignalHandling.interruption.isRequested {
                SignalHandling.interruption.clear()
                StandardStream.output.write("^C\n")
                return .interrupted
            }
            StandardStream.output.write("\n")
            return .end
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    /// Adds a line to the history file, except repeats of the previous line and lines starting
    /// with a space.
    func remember(_ line: String) {
        guard !line.hasPrefix(" "), line != lastEntry else { return }
        _ = add_history(line)
        lastEntry = line
        _ = write_history(historyPath)
    }

    /// Asks a question on the terminal; nil at end of input.
    func ask(_ question: String) -> String? {
        guard let raw = readline(question) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }
}

/// The state libedit's C completion callback reads: the shell's context at the last prompt.
enum CompletionBridge {
    static let context = Mutex<ShellContext?>(nil)
}

/// libedit's attempted-completion callback: candidates from `CompletionEngine`, returned as a
/// NULL-terminated array whose first entry is their common prefix.
private func completeAtCursor(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    guard let text, let buffer = rl_line_buffer else { return nil }
    let word = String(cString: text)
    let lineBytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                              count: Int(max(0, end))))
    let line = String(decoding: lineBytes, as: UTF8.self)
    guard let context = CompletionBridge.context.withLock({ $0 }) else { return nil }
    let candidates = CompletionEngine(registry: .standard, context: context)
        .complete(lineBeforeCursor: line, word: word)
    guard !candidates.isEmpty else { return nil }
    // A directory or an opening quote should not be followed by a space.
    rl_completion_append_character = candidates.count == 1 && candidates[0].hasSuffix("/") ? 0 : 32
    let common = commonPrefix(candidates)
    let matches = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: candidates.count + 3)
    matches.initialize(repeating: nil, count: candidates.count + 3)
    matches[0] = strdup(candidates.count == 1 ? candidates[0] : common)
    for (i, c) in candidates.enumerated() where candidates.count > 1 { matches[i + 1] = strdup(c) }
    return matches
}

private func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for w in words.dropFirst() {
        let chars = Array(w)
        var n = 0
        while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
        prefix = Array(prefix.prefix(n))
    }
    return String(prefix)
}
