/// Resolves speaker phrases to entities with simple rules: a phrase whose head word is part of a
/// named mention is that entity; "he"/"she" is the last speaker in the run of quotes when the
/// gender fits, else the nearest person before it whose first name fits; a description ("the
/// president", "the Kazakh leader") is the nearest person introduced with that role word, else the
/// last person speaking or mentioned; "the ministry" the nearest organisation with that word in its
/// name. Plural descriptions ("officials") and unnamed sources stay text only.
struct SpeakerResolver {
    let t: QuoteText
    /// Entity mentions in text order.
    let mentions: [EntityMentionFacts]
    let genders: NameGenders

    init(text: QuoteText, mentions: [EntityMentionFacts], genders: NameGenders) {
        t = text
        self.mentions = mentions.sorted { $0.start < $1.start }
        self.genders = genders
    }

    /// The canonical entity name each quote's speaker refers to, in order.
    func resolve(_ quotes: [FoundQuote]) -> [String?] {
        var result: [String?] = []
        var lastPerson: (name: String, end: Int)? = nil
        for q in quotes {
            let name = q.speaker.flatMap { resolve($0, lastPerson: lastPerson) }
            result.append(name)
            if let name, let sp = q.speaker, isPerson(name) { lastPerson = (name, t.tokens[sp.upperBound - 1].end) }
        }
        return result
    }

    func resolve(_ sp: Range<Int>, lastPerson: (name: String, end: Int)?) -> String? {
        // the head word: the last one, or the one before "of" ("the president of the country")
        let head = sp.first { $0 > sp.lowerBound && t.lower[$0] == "of" }.map { $0 - 1 } ?? sp.upperBound - 1
        let headSpan = t.tokens[head]
        // a named mention covering the head word
        if let m = mentions.first(where: { $0.start <= headSpan.start && headSpan.end <= $0.end }),
           m.type == .person || m.type == .organization || (m.mentionType ?? m.type) == .location {
            return m.canonical
        }
        // a person named in the phrase up to its head, not as a possessive: `Dmitry Peskov, the Kremlin spokesman`
        let spanStart = t.tokens[sp.lowerBound].start, spanEnd = t.tokens[sp.upperBound - 1].end
        if let m = mentions.last(where: { m in
            spanStart <= m.start && m.end <= min(spanEnd, headSpan.end) && m.type == .person
                && (m.mentionType ?? m.type) == m.type && !isPossessive(at: m.end)
        }) {
            return m.canonical
        }
        let word = t.lower[head]
        let from = t.tokens[sp.lowerBound].start
        switch word {
        case "he", "she":
            let g: NameGenders.Gender = word == "he" ? .male : .female
            if let last = lastPerson, from - last.end < 1500, fits(last.name, g) { return last.name }
            return nearestPerson(before: from) { fits($0.canonical, g) }?.canonical
        case "who":
            return mentions.last(where: { $0.end <= from && from - $0.end < 40 && $0.type != .misc })?.canonical
        case "it", "which":
            return mentions.last(where: { $0.end <= from && $0.type == .organization && from - $0.end < 400 })?.canonical
        default:
            break
        }
        let first = t.lower[sp.lowerBound]
        let plural = word.hasSuffix("s") && !word.hasSuffix("ss") || ["some", "many", "several", "two", "three", "most"].contains(first)
        if QuoteLexicon.personRoles.contains(word), !plural {
            if let m = nearestPerson(before: from, where: { hasRole(word, near: $0) }) { return m.canonical }
            if let last = lastPerson { return last.name }
            return nearestPerson(before: from) { _ in true }?.canonical
        }
        if QuoteLexicon.organisationRoles.contains(word), !plural {
            // `the RIA Novosti news agency`: the organisation named in the phrase
            if let m = mentions.last(where: { spanStart <= $0.start && $0.end <= headSpan.start && $0.type == .organization && !isPossessive(at: $0.end) }) {
                return m.canonical
            }
            return mentions.last(where: { $0.end <= from && $0.type == .organization && $0.canonical.lowercased().contains(word) })?.canonical
        }
        return nil
    }

    /// Whether `'s` follows at a code-point offset ("Tokayev's spokesman").
    func isPossessive(at offset: Int) -> Bool {
        offset + 1 < t.s.count && (t.s[offset] == "'" || t.s[offset] == "\u{2019}") && (t.s[offset + 1] == "s" || t.s[offset + 1] == "S")
    }

    func nearestPerson(before offset: Int, where test: (EntityMentionFacts) -> Bool) -> EntityMentionFacts? {
        mentions.last { $0.end <= offset && $0.type == .person && ($0.mentionType ?? .person) == .person && test($0) }
    }

    func isPerson(_ canonical: String) -> Bool {
        mentions.contains { $0.canonical == canonical && $0.type == .person }
    }

    /// Whether the first name of a person fits a pronoun's gender (unknown names fit both).
    func fits(_ canonical: String, _ g: NameGenders.Gender) -> Bool {
        guard canonical.contains(" "), let first = canonical.split(separator: " ").first,
              let known = genders.gender(ofFirstName: first) else { return true }
        return known == g
    }

    /// Whether the role word is the title right before a mention ("President Kassym-Jomart
    /// Tokayev") or stands in an appositive right after it ("Josh Earnest, the White House spokesman").
    func hasRole(_ role: String, near m: EntityMentionFacts) -> Bool {
        var k = m.start
        while k > 0, ScalarClass.isSpace(t.s[k - 1]) { k -= 1 }
        var before = ""
        while k > 0, ScalarClass.isLetter(t.s[k - 1]) { k -= 1; before.unicodeScalars.insert(ScalarClass.lower(t.s[k]), at: before.unicodeScalars.startIndex) }
        if before == role { return true }
        guard m.end + 1 < t.s.count, t.s[m.end] == "," else { return false }
        var after = ""
        var j = m.end + 1
        while j < t.s.count, j - m.end < 60, t.s[j] != ",", t.s[j] != ".", t.s[j] != "\n" {
            after.unicodeScalars.append(ScalarClass.lower(t.s[j]))
            j += 1
        }
        return Workspace.containsWord(role, in: after)
    }
}
