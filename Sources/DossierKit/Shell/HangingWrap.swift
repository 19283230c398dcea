/// Word-wraps text for a terminal: a line wider than the screen breaks at its last space that
/// fits (a word wider than the room is split, never cut), and the continuation lines are indented
/// so they line up under the text, as after `read`'s line numbers.
public enum HangingWrap {
    /// `text` with every line at most `width` columns wide; continuation lines start with
    /// `indent` spaces. Text on a screen too narrow to hold `indent` plus a few words is returned
    /// unchanged (the terminal wraps it).
    public static func wrap(_ text: String, width: Int, indent: Int) -> String {
        let indent = max(0, indent)
        guard width >= indent + minimumRoom else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / max(1, width) * (indent + 1))
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out += "\n" }
            first = false
            if fits(line, width: width) {
                out += line
            } else {
                out += pieces(line, width: width, indent: indent).joined(separator: "\n")
            }
        }
        return out
    }

    /// The fewest columns left for text after the indent before wrapping is worth it.
    static let minimumRoom = 12

    /// True when `line` surely fits: no more bytes than columns and no tab to expand.
    static func fits(_ line: Substring, width: Int) -> Bool {
        line.utf8.count <= width && !line.utf8.contains(0x09)
    }

    /// The screen lines of one text line: each at most `width` columns, continuation lines indented.
    static func pieces(_ line: Substring, width: Int, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var result: [String] = []
        var current = ""           // the screen line being filled
        var column = 0             // its width so far
        var breakAt: String.Index? // in `current`: just after the last space past the indent
        var fresh = false          // `current` is a continuation line with nothing after its indent yet
        func newLine(carrying rest: String) {
            while current.last == " " { current.removeLast() }
            result.append(current)
            current = pad + rest
            column = indent + columns(of: rest)
            breakAt = nil
            fresh = rest.isEmpty
        }
        for c in line {
            if fresh, c == " " { continue } // spaces at a break are the break
            var w = c == "\t" ? 8 - column % 8 : DisplayWidth.of(String(c))
            if column + w > width, column > indent {
                if c == " " { // the line so far fits: break here
                    newLine(carrying: "")
                    continue
                }
                if let cut = breakAt {
                    let rest = String(current[cut...])
                    current = String(current[..<cut])
                    newLine(carrying: rest)
                } else {
                    newLine(carrying: "") // one word wider than the room: split it
                }
                if c == "\t" { w = 8 - column % 8 }
                if column + w > width, column > indent { newLine(carrying: "") }
            }
            current.append(c)
            column += w
            fresh = false
            if c == " ", column > indent { breakAt = current.endIndex }
        }
        result.append(current)
        return result
    }

    /// The width of a piece carried to the next line (tabs counted from the indent).
    private static func columns(of s: String) -> Int {
        s.contains("\t") ? s.reduce(0) { $0 + ($1 == "\t" ? 8 : DisplayWidth.of(String($1))) } : DisplayWidth.of(s)
    }
}
