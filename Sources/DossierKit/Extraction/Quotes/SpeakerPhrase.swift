/// Finds the words naming a speaker around a cue, by token shape and the small word lists of
/// `QuoteLexicon` (no part-of-speech tagger): the phrase ending right before the cue ("the Kazakh
/// leader said"), or the one right after it ("…," said Tokayev).
extension QuoteText {
    /// The speaker phrase ending before the cue at token `cue` (skipping auxiliaries, adverbs and
    /// time words), not reaching before `floor`; nil when a punctuation mark or a function word comes first.
    func speakerBefore(_ cue: Int, floor: Int) -> Range<Int>? {
        var h = cue - 1
        while h >= floor, !inQuote(h) {
            if QuoteLexicon.betweenSpeakerAndCue.contains(lower[h]) || isAdverb(h) { h -= 1; continue }
            // a parenthesis after a name: `Sen. David Perdue (R-Ga.) said`
            if lower[h] == ")", let open = (max(floor, h - 8)..<h).last(where: { lower[$0] == "(" }), open > floor { h = open - 1; continue }
            break
        }
        guard h >= floor, !inQuote(h), isWord(h) else { return nil }
        if QuoteLexicon.pronouns.contains(lower[h]) { return h..<(h + 1) }
        guard !QuoteLexicon.phraseBreakers.contains(lower[h]), !QuoteLexicon.determiners.contains(lower[h]) else { return nil }
        var start = h
        var lowercase = isCapitalized(h) ? 0 : 1
        while start - 1 >= floor, !inQuote(start - 1) {
            let w = lower[start - 1]
            if w == "'s" || w == "\u{2019}s" { start -= 1; continue }
            if QuoteLexicon.determiners.contains(w) || Self.possessives.contains(w) {
                start -= 1
                // "the president of the Central Asian country": go on past "of" to the head noun
                if start - 2 >= floor, lower[start - 1] == "of", isWord(start - 2), !inQuote(start - 2),
                   !QuoteLexicon.phraseBreakers.contains(lower[start - 2]) {
                    start -= 2
                    continue
                }
                break
            }
            // `Association of Flight Attendants`, `Secretary of State John Kerry`
            if w == "of", start - 2 >= floor, isCapitalized(start - 2), isCapitalized(start), !inQuote(start - 2) { start -= 2; continue }
            guard isWord(start - 1), !QuoteLexicon.phraseBreakers.contains(w), !QuoteLexicon.cueVerbs.contains(w) else { break }
            if isCapitalized(start - 1) { start -= 1; continue }
            guard lowercase < 3 else { break }
            lowercase += 1
            start -= 1
        }
        // a possessive cannot start the phrase ("'s leader")
        while start < h, !isWord(start) { start += 1 }
        return start..<(h + 1)
    }

    /// The speaker phrase right after a cue ending at token `after`: a pronoun, or a run of words
    /// (an optional determiner first) up to a punctuation mark or a function word.
    func speakerAfter(_ after: Int, limit: Int) -> Range<Int>? {
        guard after < limit, !inQuote(after), isWord(after) else { return nil }
        if QuoteLexicon.pronouns.contains(lower[after]) {
            // `"…," said he.` — but not `…, said he would go`
            let next = after + 1
            return lower[after] != "which" && (next >= limit || !isWord(next)) ? after..<next : nil
        }
        var end = after
        if QuoteLexicon.determiners.contains(lower[end]) || Self.possessives.contains(lower[end]) { end += 1 }
        let first = end
        while end < limit, end - after < 10, !inQuote(end) {
            let w = lower[end]
            if w == "'s" || w == "\u{2019}s" { end += 1; continue }
            // `said the president of the Central Asian country`
            if w == "of", end > first, end + 1 < limit, isCapitalized(end + 1) || QuoteLexicon.determiners.contains(lower[end + 1]) {
                end += 2
                continue
            }
            guard isWord(end), !QuoteLexicon.phraseBreakers.contains(w), !QuoteLexicon.cueVerbs.contains(w) else { break }
            end += 1
        }
        guard end > first else { return nil }
        // the phrase ends the clause: `…," said Tokayev.`, `said the mayor on Monday`, not `said closed primaries are …`
        guard end >= limit || !isWord(end) || Self.afterInvertedSpeaker.contains(lower[end]) else { return nil }
        return after..<end
    }

    /// Words that may follow an inverted speaker (`said the mayor on Monday`, `said Smith, who …`).
    static let afterInvertedSpeaker: Set<String> = [
        "on", "in", "at", "during", "after", "before", "who", "whose", "which", "as", "when", "while", "to", "from",
        "last", "this", "earlier", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "and", "but", "of", "about", "for", "with",
    ]

    /// The subject at the start of a unit (a pronoun or a capitalized name), used for a gerund cue
    /// with nothing before it ("Trump blasted her, saying …").
    func unitSubject(_ unit: Range<Int>) -> Range<Int>? {
        var k = unit.lowerBound
        while k < unit.upperBound, !isWord(k) { k += 1 }
        guard k < unit.upperBound, !inQuote(k) else { return nil }
        if QuoteLexicon.pronouns.contains(lower[k]) { return k..<(k + 1) }
        let start = k
        if QuoteLexicon.determiners.contains(lower[k]) { k += 1 }
        guard k < unit.upperBound, isWord(k), isCapitalized(k), !QuoteLexicon.phraseBreakers.contains(lower[k]) else { return nil }
        var end = k + 1
        while end < unit.upperBound, isWord(end), isCapitalized(end) || lower[end] == "'s" || lower[end] == "\u{2019}s" { end += 1 }
        // `The Kazakh leader also condemned …`: a few lower-case words up to the verb or an adverb
        var lowercase = 0
        while end < unit.upperBound, lowercase < 3, isWord(end), !isCapitalized(end), !inQuote(end) {
            let w = lower[end]
            if QuoteLexicon.phraseBreakers.contains(w) || QuoteLexicon.cueVerbs.contains(w)
                || QuoteLexicon.betweenSpeakerAndCue.contains(w) || w.hasSuffix("ed") || isAdverb(end) { break }
            end += 1
            lowercase += 1
        }
        return start..<end
    }

    /// A lower-case word ending in "-ly" that is an adverb ("swiftly", "repeatedly"), not a noun.
    func isAdverb(_ k: Int) -> Bool {
        let w = lower[k]
        return w.count > 4 && w.hasSuffix("ly") && !isCapitalized(k) && !Self.lyNouns.contains(w)
    }

    static let lyNouns: Set<String> = ["family", "ally", "assembly", "supply", "rally", "reply", "daily", "weekly", "monthly", "anomaly", "monopoly", "italy", "july", "bully", "belly", "jelly", "homily"]

    static let possessives: Set<String> = ["his", "her", "their", "its", "our", "my", "your"]
}
