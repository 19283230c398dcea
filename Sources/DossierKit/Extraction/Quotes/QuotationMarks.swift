/// Finds the stretches of a text inside quotation marks: straight `"…"`, curly `“…”`, `„…“`,
/// guillemets `«…»` and TeX-style ``` ``…'' ```. Single quotes inside them are nested quotes and stay
/// part of the outer one. A quote still open at the end of a paragraph ends there; when the next
/// paragraph opens a quote again (the news convention for a quote running over paragraphs) both
/// become parts of one region.
enum QuotationMarks {
    /// One quotation: its parts as code-point ranges, each including its marks.
    struct Region: Equatable {
        var parts: [Range<Int>]
        var start: Int { parts[0].lowerBound }
        var end: Int { parts[parts.count - 1].upperBound }
    }

    static func regions(_ s: [Unicode.Scalar]) -> [Region] {
        var found: [(range: Range<Int>, closed: Bool)] = []
        var open: Int? = nil
        var closer: Unicode.Scalar = "\""
        let n = s.count
        var i = 0
        func finishParagraph(at p: Int) {
            guard let o = open else { return }
            var e = p
            while e > o + 1, ScalarClass.isSpace(s[e - 1]) { e -= 1 }
            if e - o > 1 { found.append((o..<e, false)) }
            open = nil
        }
        while i < n {
            let c = s[i]
            switch c {
            case "\n", "\r", "\u{2029}":
                finishParagraph(at: i)
            case "\"":
                if let o = open, closer == "\"" || closer == "\u{201D}" {
                    found.append((o..<(i + 1), true)); open = nil
                } else if open == nil, opens(s, i) {
                    open = i; closer = "\""
                }
            case "\u{201C}", "\u{201E}":
                // a second opening mark before any close: the first one was never closed
                open = i; closer = "\u{201D}"
            case "\u{201D}":
                if let o = open {
                    found.append((o..<(i + 1), true)); open = nil
                } else if opens(s, i), i + 1 < n, ScalarClass.isWord(s[i + 1]) || s[i + 1] == "\u{2026}" || s[i + 1] == "." {
                    // a closing mark typed where an opening one belongs: `” … he delivered`
                    open = i; closer = "\u{201D}"
                }
            case "\u{00AB}":
                if open == nil { open = i; closer = "\u{00BB}" }
            case "\u{00BB}":
                if let o = open, closer == "\u{00BB}" { found.append((o..<(i + 1), true)); open = nil }
            case "`":
                if open == nil, i + 1 < n, s[i + 1] == "`" { open = i; closer = "'"; i += 1 }
            case "'":
                // `''` closes a ``` `` ``` quote, and both opens and closes one in text that writes `''…''`
                guard i + 1 < n, s[i + 1] == "'" else { break }
                if let o = open, closer == "'" {
                    // three apostrophes close a nested single quote, then the outer pair
                    if i + 2 < n, s[i + 2] == "'" { i += 1 }
                    found.append((o..<(i + 2), true)); open = nil
                } else if open == nil, opens(s, i + 1), i == 0 || !ScalarClass.isWord(s[i - 1]) {
                    open = i; closer = "'"
                }
                i += 1
            default:
                break
            }
            i += 1
        }
        finishParagraph(at: n)
        // an unclosed quote continues in the next part when only white space lies between them
        var regions: [Region] = []
        var continues = false
        for (range, closed) in found {
            if continues, let last = regions.last, (last.end..<range.lowerBound).allSatisfy({ ScalarClass.isSpace(s[$0]) }) {
                regions[regions.count - 1].parts.append(range)
            } else {
                regions.append(Region(parts: [range]))
            }
            continues = !closed
        }
        return regions
    }

    /// Whether a straight `"` at `i` can open a quote: not right after a letter or digit.
    static func opens(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i + 1 < s.count, !ScalarClass.isSpace(s[i + 1]) else { return false }
        return i == 0 || !ScalarClass.isWord(s[i - 1])
    }
}
