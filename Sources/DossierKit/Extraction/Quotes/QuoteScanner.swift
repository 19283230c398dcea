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
        // a title in quotation marks before the speaker (`On "Face the Nation," Issa said …`) does not
        // take the place of the clause that follows
        let clauseAfter = forward.map { parts in parts.contains { p in p.contains { !t.inQuote(code: $0) && ScalarClass.isWord(t.s[$0]) } } } ?? false
        let quoteBefore = t.closesQuote(lead - 1) && (!clauseAfter || isSentenceLike(t.region[lead - 1]))
        if !borrowed, lead - 1 > unit.lowerBound, quoteBefore || t.lower[lead - 1] == "," && forward == nil {
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
