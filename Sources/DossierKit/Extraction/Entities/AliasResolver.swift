/// Folds the mentions of one document into entities by giving each its canonical name:
/// a surname joins the full name ("Tokayev" → "Kassym-Jomart Tokayev"), an acronym joins the name it
/// abbreviates ("EC" → "European Commission"), a demonym joins its place ("Kazakh" → Kazakhstan, LOC),
/// a country joins its usual name ("U.S." → "United States"), and a headline's capitals join the
/// ordinary spelling ("KAZAKHSTAN" → "Kazakhstan").
public struct AliasResolver: Sendable {
    /// A mention as the tagger found it.
    public struct Mention: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: EntityType
        /// The role written before a person's name ("Interior Minister"), if any.
        public var role: String?

        public init(start: Int, end: Int, text: String, type: EntityType, role: String? = nil) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.role = role
        }
    }

    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    static let connectives: Set<String> = ["of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "der", "die", "für", "on", "in"]

    public func resolve(_ mentions: [Mention]) -> [EntityMentionFacts] {
        let names = mentions.map { Self.words($0.text) }
        // the ordinary spelling of each name (not a headline's capitals), by lower-cased form
        var spelling: [String: String] = [:]
        for (m, w) in zip(mentions, names) {
            let joined = w.joined(separator: " ")
            let key = joined.lowercased()
            if spelling[key] == nil || Self.isShouted(spelling[key]!) && !Self.isShouted(joined) { spelling[key] = joined }
            _ = m
        }
        // the longest person name ending in each one- or two-word suffix ("tokayev" → "Kassym-Jomart Tokayev")
        var fullNames: [String: [String]] = [:]
        // the first longer name with each acronym ("ECB" → "European Central Bank")
        var acronyms: [String: (Mention, [String])] = [:]
        for (m, w) in zip(mentions, names) where w.count >= 2 {
            // a person's name has no "and", "of", "for" or "the" in it ("John Reid and Labour" is a tagging slip)
            if m.type == .person, !w.contains(where: { ["and", "&", "of", "for", "the"].contains($0) }) {
                for n in 1...min(2, w.count - 1) {
                    let key = w.suffix(n).joined(separator: " ").lowercased()
                    if (fullNames[key]?.count ?? 0) < w.count { fullNames[key] = w }
                }
            }
            let initials = Self.initials(w)
            if acronyms[initials] == nil { acronyms[initials] = (m, w) }
        }
        return zip(mentions, names).map { m, words in
            let plain = words.joined(separator: " ")
            var canonical = spelling[plain.lowercased()] ?? plain
            var type = m.type
            let key = plain.lowercased()
            if m.type == .person, words.count < 3, let full = fullNames[key], full.count > words.count {
                canonical = spelling[full.joined(separator: " ").lowercased()] ?? full.joined(separator: " ")
            } else if let place = gazetteer.demonyms[key], m.type != .person {
                canonical = place
                type = .location
            } else if let country = gazetteer.countries[key], m.type == .location {
                canonical = country
            } else if words.count == 1, Self.isAcronym(plain), let (long, longWords) = acronyms[plain] {
                canonical = spelling[longWords.joined(separator: " ").lowercased()] ?? longWords.joined(separator: " ")
                type = long.type
            }
            return EntityMentionFacts(start: m.start, end: m.end, text: m.text, type: type, canonical: canonical,
                                      mentionType: type == m.type ? nil : m.type, role: m.role)
        }
    }

    /// The words of a name: whitespace collapsed, a trailing possessive dropped.
    static func words(_ text: String) -> [String] {
        var w = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if w.count > 1, w[0] == "The" || w[0] == "THE" { w.removeFirst() }     // "The Moscow Times" → "Moscow Times"
        if let last = w.last, last.count > 2, last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") {
            w[w.count - 1] = String(last.dropLast(2))
        }
        return w
    }

    static func isShouted(_ s: String) -> Bool { s.count > 1 && s == s.uppercased() && s != s.lowercased() }

    static func isAcronym(_ s: String) -> Bool {
        let letters = s.filter { $0 != "." }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isUppercase }
    }

    /// "European Central Bank" → "ECB"; connectives are skipped; hyphenated parts count.
    static func initials(_ words: [String]) -> String {
        String(words.flatMap { $0.split(separator: "-") }.filter { !connectives.contains($0.lowercased()) }
            .compactMap { $0.first?.uppercased() }.joined())
    }
}
