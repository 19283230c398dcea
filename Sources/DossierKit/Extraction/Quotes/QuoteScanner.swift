/// One attribution found by `QuoteScanner`, in tokens and code points, before its speaker is
/// resolved to an entity.
struct FoundQuote {
    var parts: [Range<Int>]
    var kind: QuoteKind
    var cue: Range<Int>?
    /// Token range of the speaker phrase.
    var speaker: Range<Int>?
}

/// Finds attributions unit by unit: each cue ("said", "according to") outside quotation marks
/// with its speaker phrase and its content, which is a quotation before it (`"…," he said`),
/// the clause before it (`…, the ministry said`), or what follows it (`X said that …`,
/// `X said: "…"`). Quotations left over continue the previous speaker's run of quotes.
struct QuoteScanner {
    let t: QuoteText

    func scan() -> [FoundQuote] {
        var found: [FoundQuote] = []
        var usedRegions = Set<Int>()
        for (u, unit) in t.units.enumerated() {
            let before = found.count
            var k = unit.lowerBound
            while k < unit.upperBound {
                guard !t.inQuote(k), let cue = cue(at: k, in: unit) else { k += 1; continue }
                let lastSpeaker = found.count > before ? found[found.count - 1].speaker : nil
                if var q = attribution(cue: cue, unit: unit, next: u + 1 < t.units.count ? t.units[u + 1] : nil, lastSpeaker: lastSpeaker),
                   !found.contains(where: { $0.parts == q.parts }) {
                    for p in q.parts { markRegions(p, &usedRegions) }
                    q.kind = kind(q.parts)
                    found.append(q)
                }
                k = cue.upperBound
            }
            // quotations no cue claimed: the next words of the last direct speaker in a run
            var k2 = unit.lowerBound
            while k2 < unit.upperBound {
                let r = t.region[k2]
                guard r >= 0, !usedRegions.contains(r), t.opensQuote(k2) else { k2 += 1; continue }
                usedRegions.insert(r)
                if let q = signed(r) {
                    found.append(q)
                } else if let last = found.indices.last, found[last].kind != .indirect, found[last].speaker != nil,
                   let end = found[last].parts.last?.upperBound, end <= t.regions[r].start,
                   isSentenceLike(r), paragraphsBetween(end, t.regions[r].start) <= 1 {
                    found[last].parts.append(contentsOf: t.regions[r].parts)
                }
                k2 += 1
            }
        }
        return found
    }

    /// A quotation signed with a dash after it on its line: `"…" ― Esther Tapia`.
    func signed(_ r: Int) -> FoundQuote? {
        let end = t.regions[r].end
        guard let dash = t.tokens.firstIndex(where: { $0.start >= end }), dash + 1 < t.tokens.count,
              ["\u{2015}", "\u{2014}", "\u{2013}", "-", "--"].contains(t.lower[dash]),
              !(end..<t.tokens[dash].start).contains(where: { t.s[$0] == "\n" }) else { return nil }
        var k = dash + 1
        while k < t.tokens.count, t.isWord(k) || t.lower[k] == ".", k - dash <= 5,
              !(t.tokens[k - 1].end..<t.tokens[k].start).contains(where: { t.s[$0] == "\n" }) { k += 1 }
        guard k > dash + 1, t.isCapitalized(dash + 1),
              k >= t.tokens.count || (t.tokens[k - 1].end..<t.tokens[k].start).contains(where: { t.s[$0] == "\n" }) else { return nil }
        return FoundQuote(parts: t.regions[r].parts, kind: .direct, cue: t.span(tokens: dash..<(dash + 1)), speaker: (dash + 1)..<k)
    }

    /// The cue starting at token `k`, as a token range, or nil.
    func cue(at k: Int, in unit: Range<Int>) -> Range<Int>? {
        let w = t.lower[k]
        if w == "according", k + 1 < unit.upperBound, t.lower[k + 1] == "to" { return k..<(k + 2) }
        guard QuoteLexicon.cueVerbs.contains(w), !t.isCapitalized(k) else { return nil }
        // a noun, not a verb: "the report", "his call", "a show"
        if k > unit.lowerBound {
            let p = t.lower[k - 1]
            if QuoteLexicon.determiners.contains(p) || QuoteText.possessives.contains(p) || p == "'s" || p == "\u{2019}s" { return nil }
        }
        if w == "saying", k >= unit.lowerBound + 2, t.lower[k - 1] == "as", t.lower[k - 2] == "quoted" { return (k - 2)..<(k + 1) }
        return k..<(k + 1)
    }

    func attribution(cue: Range<Int>, unit: Range<Int>, next: Range<Int>?, lastSpeaker: Range<Int>?) -> FoundQuote? {
        let verb = t.lower[cue.upperBound - 1]
        if t.lower[cue.lowerBound] == "according" { return accordingTo(cue: cue, unit: unit) }
        // `interjected to say`: the speaker stands before the verb that takes the infinitive
        let infinitive = cue.count == 1 && cue.lowerBound - 2 >= unit.lowerBound && t.lower[cue.lowerBound - 1] == "to"
            && t.isWord(cue.lowerBound - 2) && !t.inQuote(cue.lowerBound - 2)
        let anchor = infinitive ? cue.lowerBound - 2 : cue.lowerBound
        var speaker = t.speakerBefore(anchor, floor: unit.lowerBound)
        if let sp = speaker, !infinitive,
           isPassive(cue) || verb.hasSuffix("ing") && !isProgressive(cue, sp) || !plausible(sp, cue: cue, verb: verb) {
            speaker = nil
        }
        var speakerAfter = false
        var borrowed = false
        if speaker == nil {
            let p = anchor - 1
            if p >= unit.lowerBound, t.lower[p] == "," || t.closesQuote(p) || t.isPunctuation(p, ":") {
                if verb.hasSuffix("ing"), t.lower[p] == "," || t.closesQuote(p) && p > unit.lowerBound && t.lower[p - 1] == "," {
                    speaker = lastSpeaker ?? t.unitSubject(unit)
                    borrowed = true
                } else if !QuoteLexicon.objectCues.contains(verb), let after = t.speakerAfter(cue.upperBound, limit: unit.upperBound) {
                    speaker = after
                    speakerAfter = true
                } else if t.lower[p] == "," {
                    speaker = appositiveSpeaker(before: p, unit)
                }
            } else if p >= unit.lowerBound, t.lower[p] == "and" || t.lower[p] == "but" {
                // `Trump bemoaned the unrest and said …`
                speaker = lastSpeaker ?? t.unitSubject(unit)
                borrowed = true
            }
        }
        guard let speaker else { return nil }
        let afterAll = speakerAfter ? speaker.upperBound : cue.upperBound
        let forward = contentAfter(afterAll, verb: verb, unit: unit, next: next)
        // content before: `"…," he said` or `…, the ministry said` (when no clause follows)
        let lead = speakerAfter ? cue.lowerBound : speaker.lowerBound
        if !borrowed, lead - 1 > unit.lowerBound, t.closesQuote(lead - 1) || t.lower[lead - 1] == "," && forward == nil {
            var end = lead - 1
            if t.closesQuote(end) { end += 1 } // `,"` — the mark closes the content
            let contentTokens = unit.lowerBound..<end
            guard contentTokens.filter({ t.isWord($0) }).count >= 4 || t.closesQuote(end - 1) else { return nil }
            var parts = [trimmed(contentTokens)]
            // interrupted: `"…," he said, "…"`
            var k = afterAll
            var skipped = 0
            while k < unit.upperBound, !t.inQuote(k), t.lower[k] != ",", skipped < 4, t.isWord(k) { k += 1; skipped += 1 }
            if k + 1 < unit.upperBound, t.lower[k] == ",", t.opensQuote(k + 1), t.closesQuote(end - 1) {
                parts.append(contentsOf: t.regions[t.region[k + 1]].parts)
            }
            if QuoteLexicon.needQuote.contains(verb), !contentTokens.contains(where: { t.inQuote($0) }) { return nil }
            return FoundQuote(parts: parts, kind: .indirect, cue: t.span(tokens: cue), speaker: speaker)
        }
        guard let forward else { return nil }
        return FoundQuote(parts: forward, kind: .indirect, cue: t.span(tokens: cue), speaker: speaker)
    }

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

    /// The speaker with its appositive: `Reid, the minority leader, said`, `Christie, who has
    /// campaigned for Trump, blasted …` (the phrase runs to the comma before the cue).
    func appositiveSpeaker(before comma: Int, _ unit: Range<Int>) -> Range<Int>? {
        var q = comma - 1
        while q > unit.lowerBound, comma - q <= 30, !t.inQuote(q), t.lower[q] != "," { q -= 1 }
        guard q > unit.lowerBound, q < comma - 1, t.lower[q] == ",", !t.inQuote(q) else { return nil }
        let relative = ["who", "whose", "which"].contains(t.lower[q + 1])
        guard relative || comma - q <= 12 else { return nil }
        guard relative || (q + 1..<comma).allSatisfy({ t.isWord($0) || t.lower[$0] == "'s" || t.lower[$0] == "\u{2019}s" || t.lower[$0] == "-" }) else { return nil }
        guard let head = t.speakerBefore(q, floor: unit.lowerBound) else { return nil }
        return relative ? head : head.lowerBound..<comma
    }

    /// Whether a phrase before a cue can be its speaker: a cue form that is as often a noun
    /// ("reports") needs a name, pronoun or role word before it; a base form ("say") a plural
    /// subject or an auxiliary ("will say", "did not say").
    func plausible(_ sp: Range<Int>, cue: Range<Int>, verb: String) -> Bool {
        let head = sp.upperBound - 1, w = t.lower[head]
        if QuoteLexicon.nounLike.contains(verb) {
            let singular = w.hasSuffix("s") ? String(w.dropLast()) : w
            return t.isCapitalized(head) || QuoteLexicon.pronouns.contains(w)
                || QuoteLexicon.personRoles.contains(singular) || QuoteLexicon.organisationRoles.contains(singular)
        }
        if cue.count == 1, QuoteLexicon.baseForms.contains(verb) {
            let aux: Set<String> = ["will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "n't", "n\u{2019}t", "not", "to", "'ll", "\u{2019}ll", "'d", "\u{2019}d"]
            if (sp.upperBound..<cue.lowerBound).contains(where: { aux.contains(t.lower[$0]) }) { return true }
            return ["i", "we", "they", "you", "who", "police", "people", "staff", "media", "public", "military", "clergy"].contains(w)
                || w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss")
        }
        return true
    }

    static let prepositions: Set<String> = ["to", "with", "on", "in", "at", "for", "by", "about", "from", "of", "into", "as", "after", "before", "during", "against", "over", "up", "out", "off", "down"]

    /// `was announced`, `were told`: a passive cue, whose subject is not the speaker
    /// (`was quoted as saying` is not passive).
    func isPassive(_ cue: Range<Int>) -> Bool {
        guard cue.count == 1, !t.lower[cue.lowerBound].hasSuffix("ing") else { return false }
        var k = cue.lowerBound - 1
        while k >= 0, ["also", "not", "n't", "later", "previously", "recently", "widely", "first", "never", "often"].contains(t.lower[k]) { k -= 1 }
        return k >= 0 && ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"].contains(t.lower[k])
    }

    /// `is saying`, `was quoted as saying`, `Trump saying`: an -ing cue with its speaker.
    func isProgressive(_ cue: Range<Int>, _ speaker: Range<Int>) -> Bool {
        if cue.count > 1 { return true }
        for k in speaker.upperBound..<cue.lowerBound where ["is", "was", "are", "were", "been", "be", "keeps", "kept"].contains(t.lower[k]) { return true }
        let head = speaker.upperBound - 1
        return t.isCapitalized(head) || QuoteLexicon.pronouns.contains(t.lower[head])
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

    func markRegions(_ p: Range<Int>, _ used: inout Set<Int>) {
        for (i, r) in t.regions.enumerated() where r.parts.contains(where: { $0.overlaps(p) }) { used.insert(i) }
    }

    /// A quotation of at least four words: a sentence or more, not a scare-quoted term.
    func isSentenceLike(_ r: Int) -> Bool {
        var words = 0
        for p in t.regions[r].parts {
            var inWord = false
            for k in p where ScalarClass.isWord(t.s[k]) != inWord {
                inWord.toggle()
                if inWord { words += 1 }
            }
        }
        return words >= 4
    }

    /// How many paragraph breaks lie between two offsets.
    func paragraphsBetween(_ a: Int, _ b: Int) -> Int {
        guard a < b else { return 0 }
        var n = 0
        var k = a
        while k < b {
            if t.s[k] == "\n" {
                n += 1
                while k + 1 < b, ScalarClass.isSpace(t.s[k + 1]) { k += 1 }
            }
            k += 1
        }
        return n
    }
}
