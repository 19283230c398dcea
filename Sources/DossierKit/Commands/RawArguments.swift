/// A command's arguments exactly as typed, split into words that keep their quotes, so a command
/// such as `search` or `sql` can take its options out and keep the rest verbatim.
enum RawArguments {
    /// `raw` without the given `--name VALUE` / `--name=VALUE` options and `--flag` flags; the words
    /// left are joined by single spaces, their quotes untouched.
    static func removingOptions(_ raw: String, valued: Set<String>, flags: Set<String> = []) -> String {
        let words = split(raw)
        var kept: [Substring] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            if valued.contains(String(word)) {
                i += 2
                continue
            }
            if let eq = word.firstIndex(of: "="), valued.contains(String(word[..<eq])) || flags.contains(String(word)) {
                i += 1
                continue
            }
            if flags.contains(String(word)) {
                i += 1
                continue
            }
            kept.append(word)
            i += 1
        }
        return kept.joined(separator: " ")
    }

    /// The word after `--name` (or after `--name=`) as typed, quotes kept; nil when absent.
    static func value(of name: String, in raw: String) -> String? {
        let words = split(raw)
        for (i, word) in words.enumerated() {
            if word == name, i + 1 < words.count { return String(words[i + 1]) }
            if word.hasPrefix(name + "=") { return String(word.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// Words separated by unquoted whitespace; quotes and backslashes stay in the words.
    static func split(_ raw: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var quote: Character?
        var i = raw.startIndex
        while i < raw.endIndex {
            let c = raw[i]
            if let q = quote {
                if c == "\\", q == "\"", raw.index(after: i) < raw.endIndex {
                    i = raw.index(after: i)
                } else if c == q {
                    quote = nil
                }
            } else if c.isWhitespace {
                if let s = start { words.append(raw[s..<i]); start = nil }
            } else {
                if start == nil { start = i }
                if c == "\"" || c == "'" {
                    quote = c
                } else if c == "\\", raw.index(after: i) < raw.endIndex {
                    i = raw.index(after: i)
                }
            }
            i = raw.index(after: i)
        }
        if let s = start { words.append(raw[s...]) }
        return words
    }
}
