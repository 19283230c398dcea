/// Corrections a reader would make to the tagger's spans in modern news: a name does not run
/// through an ordinary lower-case word ("Liberal Democrat spokeswoman for women Sandra Gidley" is two
/// names), and a courtesy title is not part of a person's name ("Ms Hewitt" → "Hewitt", as in CoNLL).
enum SpanRules {
    /// Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
    static let connectives: Set<String> = [
        "of", "and", "the", "de", "del", "della", "dello", "der", "den", "van", "von", "la", "le", "du", "des", "for",
        "on", "upon", "'s", "al", "bin", "bint", "ibn", "da", "dos", "das", "do", "di", "y", "e", "in", "&", "zu", "ter",
        "a", "an", "at", "to", "el", "st", "et", "sur", "am",
    ]
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "mx", "prof", "prof."]

    static func apply(_ spans: [(Range<Int>, EntityType)], _ doc: TaggerDocument) -> [(Range<Int>, EntityType)] {
        var out: [(Range<Int>, EntityType)] = []
        for (range, tagged) in spans {
            var start = range.lowerBound, type = tagged
            // "Ms Hewitt" is a person whatever the tagger said; the title stays outside the name
            while start < range.upperBound - 1, titles.contains(word(doc, start).lowercased()) {
                start += 1
                type = .person
            }
            if range.count == 1, titles.contains(word(doc, start).lowercased()) { continue }    // "Mr" alone
            var pieceStart = start
            var split = false
            for k in start..<range.upperBound where breaksName(doc, k) {
                append(pieceStart..<k, type, doc, &out, split: true)
                pieceStart = k + 1
                split = true
            }
            append(pieceStart..<range.upperBound, type, doc, &out, split: split)
        }
        return out
    }

    /// Appends a piece of a name without lower-case words at its ends ("for" alone is no name). A
    /// piece cut from a longer span that starts with a known first name is a person ("Theresa May").
    static func append(_ piece: Range<Int>, _ type: EntityType, _ doc: TaggerDocument, _ out: inout [(Range<Int>, EntityType)],
                       split: Bool) {
        var a = piece.lowerBound, b = piece.upperBound
        while a < b, isBareLowercase(doc, a) { a += 1 }
        while b > a, isBareLowercase(doc, b - 1) || isPossessive(doc, b - 1) { b -= 1 }
        guard a < b else { return }
        let firstName = doc.gazetteer[a] >> UInt32(Gazetteer.List.firstName.rawValue * 4) & 0xF != 0
        out.append((a..<b, split && firstName && (2...3).contains(b - a) ? .person : type))
    }

    /// The possessive "'s" token, which CoNLL leaves outside names ("BBC's" → "BBC").
    static func isPossessive(_ doc: TaggerDocument, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        return t.end - t.start == 2 && Tokenizer.isApostrophe(doc.scalars[t.start]) && doc.scalars[t.start + 1].properties.lowercaseMapping == "s"
    }

    static func isBareLowercase(_ doc: TaggerDocument, _ k: Int) -> Bool {
        ScalarClass.isLower(doc.scalars[doc.tokens[k].start]) && !word(doc, k).contains("-")
    }

    /// Punctuation that never sits inside a name.
    static let separators: Set<Unicode.Scalar> = [",", ";", ":", "\"", "!", "?", ".", "\u{201C}", "\u{201D}", "\u{2014}", "\u{2013}"]

    /// A word starting in lower case that is no connective and has no hyphen ("al-Aqsa" and "ex-England"
    /// stay), or a separating punctuation token.
    static func breaksName(_ doc: TaggerDocument, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        if t.end - t.start == 1, separators.contains(doc.scalars[t.start]) { return true }
        guard ScalarClass.isLower(doc.scalars[t.start]) else { return false }
        let w = word(doc, k)
        return !w.contains("-") && !connectives.contains(w.lowercased())
    }

    static func word(_ doc: TaggerDocument, _ k: Int) -> String {
        var w = ""
        w.unicodeScalars.append(contentsOf: doc.scalars[doc.tokens[k].start..<doc.tokens[k].end])
        return w
    }
}
