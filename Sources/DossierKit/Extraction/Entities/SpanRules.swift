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
        for (range, type) in spans {
            var start = range.lowerBound
            if type == .person {
                while start < range.upperBound, titles.contains(word(doc, start).lowercased()) { start += 1 }
            }
            var pieceStart = start
            for k in start..<range.upperBound where breaksName(doc, k) {
                append(pieceStart..<k, type, doc, &out)
                pieceStart = k + 1
            }
            append(pieceStart..<range.upperBound, type, doc, &out)
        }
        return out
    }

    /// Appends a piece of a name without lower-case words at its ends ("for" alone is no name).
    static func append(_ piece: Range<Int>, _ type: EntityType, _ doc: TaggerDocument, _ out: inout [(Range<Int>, EntityType)]) {
        var a = piece.lowerBound, b = piece.upperBound
        while a < b, isBareLowercase(doc, a) { a += 1 }
        while b > a, isBareLowercase(doc, b - 1) { b -= 1 }
        if a < b { out.append((a..<b, type)) }
    }

    static func isBareLowercase(_ doc: TaggerDocument, _ k: Int) -> Bool {
        ScalarClass.isLower(doc.scalars[doc.tokens[k].start]) && !word(doc, k).contains("-")
    }

    /// A word starting in lower case that is no connective and has no hyphen ("al-Aqsa" and "ex-England" stay).
    static func breaksName(_ doc: TaggerDocument, _ k: Int) -> Bool {
        let t = doc.tokens[k]
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
