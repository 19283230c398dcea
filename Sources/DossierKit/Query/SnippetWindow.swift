/// Cuts a search snippet out of a highlighted column (matches wrapped in `MatchMarkers`): the
/// window of `length` words holding the most matches (the earliest of equals), with `…` where
/// text was cut. Linear in the text — FTS5's own `snippet()` scores every match against every
/// other, so a document with 40,000 matches took 15 s.
enum SnippetWindow {
    /// The snippet, and how many matched words it holds (for choosing between columns).
    static func cut(_ marked: String, length: Int) -> (text: String, matches: Int) {
        let open = MatchMarkers.open, close = MatchMarkers.close
        // Words as ranges of the text, and whether each holds the start of a match.
        var words: [Range<String.Index>] = []
        var hits: [Bool] = []
        var start: String.Index? = nil
        var hit = false
        var i = marked.startIndex
        while i < marked.endIndex {
            let c = marked[i]
            if c.isWhitespace {
                if let s = start { words.append(s..<i); hits.append(hit) }
                start = nil
                hit = false
            } else {
                if start == nil { start = i }
                if c == open { hit = true }
            }
            i = marked.index(after: i)
        }
        if let s = start { words.append(s..<marked.endIndex); hits.append(hit) }
        guard !words.isEmpty else { return ("", 0) }
        let size = max(1, length)
        // Sliding window over the words: most matches, earliest first.
        var inWindow = 0, best = 0, bestStart = 0
        for w in words.indices {
            if hits[w] { inWindow += 1 }
            if w >= size, hits[w - size] { inWindow -= 1 }
            let first = max(0, w - size + 1)
            if inWindow > best { best = inWindow; bestStart = first }
        }
        // Start a few words before the window's first match (keeping its last one), and use the
        // whole length when the text ends early.
        if best > 0 {
            let window = bestStart..<min(words.count, bestStart + size)
            let firstHit = window.first { hits[$0] }!, lastHit = window.last { hits[$0] }!
            let slack = size - (lastHit - firstHit + 1)
            bestStart = max(0, min(firstHit - min(slack / 2, 3), words.count - size))
        }
        let end = min(words.count, bestStart + size)
        var text = String(marked[words[bestStart].lowerBound..<words[end - 1].upperBound])
        // A phrase cut by the window keeps its markers balanced.
        var depth = 0, leadingClose = 0
        for c in text {
            if c == open { depth += 1 } else if c == close { if depth == 0 { leadingClose += 1 } else { depth -= 1 } }
        }
        if leadingClose > 0 { text = String(repeating: open, count: leadingClose) + text }
        if depth > 0 { text += String(repeating: close, count: depth) }
        return ((bestStart > 0 ? "…" : "") + text + (end < words.count ? "…" : ""), best)
    }
}
