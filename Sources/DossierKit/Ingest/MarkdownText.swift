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
    static func inline(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "!" || c == "[" {
                let open = c == "!" ? line.index(after: i) : i
                if open < line.endIndex, line[open] == "[",
                   let close = line[open...].firstIndex(of: "]"),
                   line.index(after: close) < line.endIndex, line[line.index(after: close)] == "(",
                   let paren = line[close...].firstIndex(of: ")") {
                    out += line[line.index(after: open)..<close]
                    i = line.index(after: paren)
                    continue
                }
            }
            if c == "*" || c == "`" || (c == "_" && isBoundary(line, i)) {
                i = line.index(after: i)
                continue
            }
            if c == "<", line[i...].hasPrefix("<!--"), let end = line[i...].range(of: "-->") {
                i = end.upperBound
                continue
            }
            out.append(c)
            i = line.index(after: i)
        }
        return out
    }

    /// `_` is emphasis only next to a space or the line's edge, so `snake_case` keeps its underscore.
    private static func isBoundary(_ line: Substring, _ i: Substring.Index) -> Bool {
        let before = i == line.startIndex ? " " : line[line.index(before: i)]
        let afterIndex = line.index(after: i)
        let after = afterIndex == line.endIndex ? " " : line[afterIndex]
        return !before.isLetter || !after.isLetter
    }
}

