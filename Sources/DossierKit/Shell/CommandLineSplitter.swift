/// One command as typed: its words after quote removal, and the raw text of its arguments
/// (for commands such as `search` that take their argument exactly as typed).
public struct SplitCommand: Sendable, Equatable {
    public var words: [String]
    public var rawArguments: String
    /// Where the command's results go instead of the screen (`> FILE`, `>> FILE`, `| SHELLCMD`).
    public var redirection: Redirection?

    public init(words: [String], rawArguments: String, redirection: Redirection? = nil) {
        self.words = words
        self.rawArguments = rawArguments
        self.redirection = redirection
    }
}

/// Where a command's results are sent: a file (`> FILE` replaces it, `>> FILE` appends) or the
/// standard input of a command run by `/bin/sh` (`| SHELLCMD`, which takes the rest of the line).
public enum Redirection: Sendable, Equatable {
    case file(String, append: Bool)
    case pipe(String)
}

/// Why a line could not be split into words.
public enum SplitError: Error, CustomStringConvertible, Equatable {
    /// A quote was opened and never closed.
    case unterminatedQuote(Character)
    /// `>`, `>>` or `|` with nothing after it.
    case missingRedirectTarget(String)
    /// A word after `> FILE` (the file name must be the last word of the command).
    case wordAfterRedirectTarget(String)
    /// `>` or `|` with no command before it.
    case nothingToRedirect(String)

    public var description: String {
        switch self {
        case .unterminatedQuote(let q): "unterminated \(q == "\"" ? "double" : "single") quote"
        case .missingRedirectTarget(let op):
            op == "|" ? "expected a command after '|'" : "expected a file name after '\(op)'"
        case .wordAfterRedirectTarget(let w): "unexpected '\(w)' after the file name of '>' (put it before the '>', or quote it)"
        case .nothingToRedirect(let op): "'\(op)' needs a command before it"
        }
    }
}

/// Shell-like splitting: whitespace separates words, `'…'` is literal (an apostrophe between two
/// letters, as in `Kazakhstan's`, is just a letter), `"…"` allows `\"` and `\\`,
/// a backslash escapes the next character, `;` separates commands (except after `sql`, which takes
/// the rest of the line) and `#` at the start of a word begins a comment. Unquoted `>`, `>>` and `|`
/// redirect a command's results, except in the arguments of `verbatim` commands (`search`, `sql`),
/// whose text is their query.
public enum CommandLineSplitter {
    public static func split(_ line: String, verbatim: Set<String> = []) throws(SplitError) -> [SplitCommand] {
        var commands: [SplitCommand] = []
        var words: [String] = []
        var word = ""
        var inWord = false
        /// The last thing added to the word came from a quoted part (`'it''s'` is two quoted parts).
        var afterQuote = false
        var argumentsStart: String.Index?
        /// Where the command's own text ends when a redirection follows it.
        var argumentsEnd: String.Index?
        /// `>` or `>>` was seen; the next word is the file.
        var pendingFile: (op: String, append: Bool)?
        var redirection: Redirection?
        var stray: String?
        var i = line.startIndex

        func endWord() {
            if inWord {
                if let pending = pendingFile {
                    if case .file = redirection { stray = stray ?? word } else {
                        redirection = .file(word, append: pending.append)
                    }
                } else {
                    words.append(word)
                }
            }
            word = ""
            inWord = false
        }
        func endCommand(at end: String.Index) throws(SplitError) {
            endWord()
            if let stray { throw .wordAfterRedirectTarget(stray) }
            if let pending = pendingFile, redirection == nil { throw .missingRedirectTarget(pending.op) }
            if !words.isEmpty {
                let raw = argumentsStart.map { line[$0..<max($0, argumentsEnd ?? end)] } ?? ""
                commands.append(SplitCommand(words: words, rawArguments: raw.trimmingWhitespace(), redirection: redirection))
            } else if let redirection {
                if case .pipe = redirection { throw .nothingToRedirect("|") }
                throw .nothingToRedirect(">")
            }
            words = []
            argumentsStart = nil
            argumentsEnd = nil
            pendingFile = nil
            redirection = nil
        }
        /// Whether `>` and `|` redirect here (not in a verbatim command's query).
        func redirects() -> Bool {
            guard let name = words.first ?? (inWord ? word : nil) else { return true }
            return !verbatim.contains(name.lowercased())
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
                try endCommand(at: i)
            case "#" where !inWord:
                try endCommand(at: i)
                return commands
            case "|" where redirects() && pendingFile == nil:
                endWord()
                if words.count == 1, argumentsStart == nil { argumentsStart = i }
                argumentsEnd = argumentsEnd ?? i
                // The shell command runs to the next `;` outside its own quotes (or the end of the line).
                let end = ShellWords.endOfCommand(in: line, from: line.index(after: i))
                let rest = line[line.index(after: i)..<end].trimmingWhitespace()
                guard !rest.isEmpty else { throw .missingRedirectTarget("|") }
                if words.isEmpty { throw .nothingToRedirect("|") }
                redirection = .pipe(rest)
                try endCommand(at: i)
                i = end
                continue
            case ">" where redirects() && pendingFile == nil:
                endWord()
                if words.count == 1, argumentsStart == nil { argumentsStart = i }
                argumentsEnd = i
                let next = line.index(after: i)
                if next < line.endIndex, line[next] == ">" {
                    pendingFile = (">>", true)
                    i = next
                } else {
                    pendingFile = (">", false)
                }
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
        try endCommand(at: line.endIndex)
        return commands
    }

    /// Commands whose argument is the rest of the line, `;` included (a statement of their own language).
    static func takesRestOfLine(_ command: String) -> Bool {
        command.lowercased() == "sql"
    }
}

/// How `/bin/sh` reads quotes, as far as finding where a piped command ends.
enum ShellWords {
    /// The index of the first `;` in `line` from `start` that is outside sh's quotes, or the end.
    static func endOfCommand(in line: String, from start: String.Index) -> String.Index {
        var quote: Character?
        var i = start
        while i < line.endIndex {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil } else if q == "\"", c == "\\" { i = line.index(after: i) }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "\\" {
                i = line.index(after: i)
            } else if c == ";" {
                return i
            }
            if i < line.endIndex { i = line.index(after: i) }
        }
        return line.endIndex
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
