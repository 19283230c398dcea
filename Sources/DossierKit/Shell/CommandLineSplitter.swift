/// One command as typed: its words after quote removal, and the raw text of its arguments
/// (for commands such as `search` that take their argument exactly as typed).
public struct SplitCommand: Sendable, Equatable {
    public var words: [String]
    public var rawArguments: String

    public init(words: [String], rawArguments: String) {
        self.words = words
        self.rawArguments = rawArguments
    }
}

/// Why a line could not be split into words.
public enum SplitError: Error, CustomStringConvertible, Equatable {
    /// A quote was opened and never closed.
    case unterminatedQuote(Character)

    public var description: String {
        switch self {
        case .unterminatedQuote(let q): "unterminated \(q == "\"" ? "double" : "single") quote"
        }
    }
}

/// Shell-like splitting: whitespace separates words, `'…'` is literal (an apostrophe between two
/// letters, as in `Kazakhstan's`, is just a letter), `"…"` allows `\"` and `\\`,
/// a backslash escapes the next character, `;` separates commands (except after `sql`, which takes
/// the rest of the line) and `#` at the start of a word begins a comment.
public enum CommandLineSplitter {
    public static func split(_ line: String) throws(SplitError) -> [SplitCommand] {
        var commands: [SplitCommand] = []
        var words: [String] = []
        var word = ""
        var inWord = false
        /// The last thing added to the word came from a quoted part (`'it''s'` is two quoted parts).
        var afterQuote = false
        var argumentsStart: String.Index?
        var i = line.startIndex

        func endWord() {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        }
        func endCommand(at end: String.Index) {
            endWord()
            if !words.isEmpty {
                let raw = argumentsStart.map { line[$0..<end] } ?? ""
                commands.append(SplitCommand(words: words, rawArguments: raw.trimmingWhitespace()))
            }
            words = []
            argumentsStart = nil
        }

        while i < line.endIndex {
            let c = line[i]
            let quotedBefore = afterQuote
            afterQuote = false
            switch c {
            case " ", "\t", "\n", "\r":
                let hadWord = inWord
                endWord()
                if hadWord, words.count == 1, argumentsStart == nil { argumentsStart = line.index(after: i) }
            case ";" where words.first.map(takesRestOfLine) == true:
                // `sql` reads the rest of the line as typed: its `;` belongs to the statement.
                inWord = true
                word.append(c)
            case ";":
                endCommand(at: i)
            case "#" where !inWord:
                endCommand(at: i)
                return commands
            case "'" where !quotedBefore && word.last?.isLetter == true && line.index(after: i) < line.endIndex
                && line[line.index(after: i)].isLetter:
                // An apostrophe inside a word ("Kazakhstan's") is a letter, not a quote.
                word.append(c)
            case "'", "\"":
                inWord = true
                var j = line.index(after: i)
                while true {
                    guard j < line.endIndex else { throw .unterminatedQuote(c) }
                    let d = line[j]
                    if d == c { break }
                    if c == "\"", d == "\\", line.index(after: j) < line.endIndex,
                       "\"\\".contains(line[line.index(after: j)]) {
                        j = line.index(after: j)
                    }
                    word.append(line[j])
                    j = line.index(after: j)
                }
                i = j
                afterQuote = true
            case "\\":
                inWord = true
                let next = line.index(after: i)
                if next < line.endIndex {
                    word.append(line[next])
                    i = next
                }
            default:
                inWord = true
                word.append(c)
            }
            i = line.index(after: i)
        }
        endCommand(at: line.endIndex)
        return commands
    }

    /// Commands whose argument is the rest of the line, `;` included (a statement of their own language).
    static func takesRestOfLine(_ command: String) -> Bool {
        command.lowercased() == "sql"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
