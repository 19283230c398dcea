/// Which phrase near a cue is its speaker: appositives, and the checks that keep nouns, passives
/// and infinitives from passing for a speaker and a verb of saying.
extension QuoteScanner {
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
}
