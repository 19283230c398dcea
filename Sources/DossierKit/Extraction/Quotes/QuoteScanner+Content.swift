/// Where an attribution's content lies: after its cue, before it, or in the next paragraph;
/// trimmed, and classed direct, indirect or mixed.
extension QuoteScanner {
    /// The content after a cue: `X said (that) …`, `X said: "…"`, `X told reporters …`, or the
    /// quotation opening the next unit after `X reports:`. Nil when no clause follows.
    func contentAfter(_ start: Int, verb: String, unit: Range<Int>, next: Range<Int>?) -> [Range<Int>]? {
        var k = start
        var needsQuote = QuoteLexicon.needQuote.contains(verb)
        if let that = thatWithin(k, unit) {
            k = that + 1
        } else if needsQuote, k < unit.upperBound, t.lower[k] == "for" {
            needsQuote = false // `called for an end to …`: a demand
            k += 1
        } else if QuoteLexicon.objectCues.contains(verb) {
            let after = skipObject(k, unit)
            // `urged Democrats to vote …`: the person addressed is part of what was said
            if !(after < unit.upperBound && t.lower[after] == "to" && after > k) { k = after }
        }
        while k < unit.upperBound, t.lower[k] == "," || t.lower[k] == ":" { k += 1 }
        if k >= unit.upperBound {
            guard t.lower[unit.upperBound - 1] == ":", let next, t.opensQuote(next.lowerBound) else { return nil }
            return t.regions[t.region[next.lowerBound]].parts
        }
        let end = contentEnd(from: k, unit)
        guard end > k else { return nil }
        let content = k..<end
        let hasQuote = content.contains { t.inQuote($0) }
        if needsQuote, !hasQuote { return nil }
        guard hasQuote || content.filter({ t.isWord($0) }).count >= 3 else { return nil }
        // `agreed to the plan`, `said on Tuesday.`: a phrase, not reported speech
        if !hasQuote, Self.prepositions.contains(t.lower[k]), thatWithin(k, unit) == nil { return nil }
        return [trimmed(content)]
    }

    /// `according to X, …` and `…, according to X`.
    func accordingTo(cue: Range<Int>, unit: Range<Int>) -> FoundQuote? {
        var end = cue.upperBound
        while end < unit.upperBound, end - cue.upperBound < 12, !t.inQuote(end), t.lower[end] != ",",
              t.lower[end] != ".", t.lower[end] != ";" { end += 1 }
        guard end > cue.upperBound else { return nil }
        let speaker = cue.upperBound..<end
        let content: Range<Int>
        if cue.lowerBound - unit.lowerBound <= 1 {
            var k = end
            while k < unit.upperBound, t.lower[k] == "," { k += 1 }
            content = k..<contentEnd(from: k, unit)
        } else {
            var e = cue.lowerBound
            if t.lower[e - 1] == "," { e -= 1 }
            content = unit.lowerBound..<e
        }
        guard content.filter({ t.isWord($0) }).count >= 3 else { return nil }
        return FoundQuote(parts: [trimmed(content)], kind: .indirect, cue: t.span(tokens: cue), speaker: speaker)
    }

    /// Whether `that` or a colon comes right after (within a few words of) token `k`: the content follows.
    func followsThat(_ k: Int, _ unit: Range<Int>) -> Bool {
        thatWithin(k, unit) != nil || (k < unit.upperBound && t.lower[k] == ":")
    }

    /// The position of a `that` at most six words after `k`, with no punctuation before it.
    func thatWithin(_ k: Int, _ unit: Range<Int>) -> Int? {
        var j = k
        while j < unit.upperBound, j - k <= 6, t.isWord(j), !t.inQuote(j) {
            if t.lower[j] == "that" { return j }
            j += 1
        }
        return nil
    }

    /// Skips the person a cue is addressed to: a pronoun, a short lower-case noun ("reporters"), or a name.
    func skipObject(_ k: Int, _ unit: Range<Int>) -> Int {
        guard k < unit.upperBound, t.isWord(k), !t.inQuote(k) else { return k }
        let w = t.lower[k]
        if ["him", "her", "them", "me", "us", "you", "reporters", "journalists", "supporters", "voters", "listeners", "viewers", "audiences", "the"].contains(w) {
            var j = k + 1
            if w == "the" { while j < unit.upperBound, t.isWord(j), j - k < 4, !QuoteLexicon.phraseBreakers.contains(t.lower[j]) { j += 1 } }
            return j
        }
        var j = k
        while j < unit.upperBound, t.isWord(j), t.isCapitalized(j), j - k < 5 { j += 1 }
        return j
    }

    /// Where content starting at `k` ends: the unit's end, before a final stop outside quotation
    /// marks, or before `, adding …` / `, according to …` (another attribution).
    func contentEnd(from k: Int, _ unit: Range<Int>) -> Int {
        var e = k
        while e < unit.upperBound {
            if t.lower[e] == ",", e + 1 < unit.upperBound, !t.inQuote(e) {
                let n = t.lower[e + 1]
                if n == "according" || n.hasSuffix("ing") && QuoteLexicon.cueVerbs.contains(n) { break }
            }
            e += 1
        }
        while e > k, !t.inQuote(e - 1), [".", "!", "?", ";", ",", ":"].contains(t.lower[e - 1]) { e -= 1 }
        return e
    }

    /// The code points of a content token range without leading or trailing punctuation outside quotation marks.
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b - 1, !t.inQuote(a), !t.isWord(a) { a += 1 }
        while b > a + 1, !t.inQuote(b - 1), !t.isWord(b - 1) { b -= 1 }
        return t.span(tokens: a..<b)
    }

    /// Direct when the content lies inside quotation marks, mixed when it holds some, else indirect.
    func kind(_ parts: [Range<Int>]) -> QuoteKind {
        var inside = 0, outside = 0
        for p in parts {
            var r = 0
            var k = p.lowerBound
            while k < p.upperBound {
                while r < t.regions.count, t.regions[r].end <= k { r += 1 }
                if r < t.regions.count, let part = t.regions[r].parts.first(where: { $0.contains(k) }) {
                    inside += min(part.upperBound, p.upperBound) - k
                    k = min(part.upperBound, p.upperBound)
                } else {
                    if ScalarClass.isWord(t.s[k]) { outside += 1 }
                    k += 1
                }
            }
        }
        return inside == 0 ? .indirect : outside == 0 ? .direct : .mixed
    }
}
