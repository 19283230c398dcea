import Foundation

/// Turns Markdown into the plain text a reader sees: heading marks, emphasis, link and image syntax
/// and HTML comments go; the words stay. The title is the first heading.
public enum MarkdownText {
    public static func convert(_ markdown: String) -> (title: String?, text: String) {
        var title: String?
        var lines: [Substring] = []
        var inFence = false
        let source = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in source.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { lines.append(line); continue }
            // Setext heading underline: the previous line was the heading.
            if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" || $0 == "-" }), trimmed.count >= 3,
               let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty, i > 0 {
                if title == nil { title = String(last).trimmingCharacters(in: .whitespaces) }
                continue
            }
            var content = trimmed
            if content.first == "#" {
                let hashes = content.prefix { $0 == "#" }
                let rest = content.dropFirst(hashes.count)
                if hashes.count <= 6, rest.isEmpty || rest.first == " " {
                    content = Substring(rest.trimmingCharacters(in: .whitespaces)
                        .trimmingCharacters(in: CharacterSet(charactersIn: "#")).trimmingCharacters(in: .whitespaces))
                    let heading = inline(content)
                    if title == nil, !heading.isEmpty { title = heading }
                    lines.append(Substring(heading))
                    continue
                }
            }
            if content.hasPrefix("> ") { content = content.dropFirst(2) }
            lines.append(Substring(inline(line.hasPrefix(" ") ? line : content)))
        }
        return (title, lines.joined(separator: "\n"))
    }

    /// Removes inline syntax: `![alt](src)` → alt, `[text](url)` → text, `**b**`/`__b__`/`*i*`/`` `c` `` → content.
    /// Linear in the line: where the next `]`, `)` and `-->` are is computed once, not searched
    /// for again at every `[` or `<!--` (100,000 `[` on one line took minutes).
    static func inline(_ line: Substring) -> String {
        guard line.contains(where: { "[!*`_<".contains($0) }) else { return String(line) }
        let chars = Array(line)
        let n = chars.count
        let nextClose = nextIndex(in: chars) { $0 == "]" }
        let nextParen = nextIndex(in: chars) { $0 == ")" }
        // The first `-->` starting at or after each position.
        var nextCommentEnd = [Int](repeating: n, count: n + 1)
        if n >= 3 {
            for j in stride(from: n - 3, through: 0, by: -1) {
                nextCommentEnd[j] = chars[j] == "-" && chars[j + 1] == "-" && chars[j + 2] == ">" ? j : nextCommentEnd[j + 1]
            }
        }
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var i = 0
        while i < n {
            let c = chars[i]
            if c == "!" || c == "[" {
                let open = c == "!" ? i + 1 : i
                if open < n, chars[open] == "[" {
                    let close = nextClose[open]
                    if close + 1 < n, chars[close + 1] == "(", nextParen[close] < n {
                        out.append(contentsOf: chars[(open + 1)..<close])
                        i = nextParen[close] + 1
                        continue
                    }
                }
            }
            if c == "*" || c == "`" || (c == "_" && isBoundary(chars, i)) {
                i += 1
                continue
            }
            if c == "<", i + 3 < n, chars[i + 1] == "!", chars[i + 2] == "-", chars[i + 3] == "-", nextCommentEnd[i] < n {
                i = nextCommentEnd[i] + 3
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// For each position, the first position at or after it whose character matches (`count` when none).
    private static func nextIndex(in chars: [Character], where matches: (Character) -> Bool) -> [Int] {
        var next = [Int](repeating: chars.count, count: chars.count + 1)
        for j in stride(from: chars.count - 1, through: 0, by: -1) {
            next[j] = matches(chars[j]) ? j : next[j + 1]
        }
        return next
    }

    /// `_` is emphasis only next to a space or the line's edge, so `snake_case` keeps its underscore.
    private static func isBoundary(_ chars: [Character], _ i: Int) -> Bool {
        let before: Character = i == 0 ? " " : chars[i - 1]
        let after: Character = i + 1 == chars.count ? " " : chars[i + 1]
        return !before.isLetter || !after.isLetter
    }
}

