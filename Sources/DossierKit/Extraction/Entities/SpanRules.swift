/// Corrections a reader would make to the tagger's spans in modern news: a name does not run
/// through an ordinary lower-case word ("Liberal Democrat spokeswoman for women Sandra Gidley" is two
/// names), and a courtesy title or role is not part of a person's name ("Ms Hewitt" → "Hewitt", as in
/// CoNLL; "Interior Minister Wolfgang Peschorn" → "Wolfgang Peschorn", role "Interior Minister").
enum SpanRules {
    /// Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
    static let connectives: Set<String> = [
        "of", "and", "the", "de", "del", "della", "dello", "der", "den", "van", "von", "la", "le", "du", "des", "for",
        "on", "upon", "'s", "al", "bin", "bint", "ibn", "da", "dos", "das", "do", "di", "y", "e", "in", "&", "zu", "ter",
        "a", "an", "at", "to", "el", "st", "et", "sur", "am",
    ]
    /// A name found by the tagger after these rules: its tokens, its type, and the tokens of the role
    /// written before it ("Interior Minister" in "Interior Minister Wolfgang Peschorn"), if any.
    typealias Span = (range: Range<Int>, type: EntityType, role: Range<Int>?)

    static func apply(_ spans: [(Range<Int>, EntityType)], _ doc: TaggerDocument) -> [Span] {
        var out: [Span] = []
        for (range, tagged) in spans {
            var start = range.lowerBound, type = tagged
            // "Ms Hewitt" is a person whatever the tagger said; the title stays outside the name
            while start < range.upperBound - 1, PersonTitles.isCourtesy(word(doc, start)) {
                start += 1
                type = .person
            }
            if range.count == 1, PersonTitles.isCourtesy(word(doc, start)) { continue }    // "Mr" alone
            var role: Range<Int>? = nil
            if let nameStart = roleEnd(doc, start..<range.upperBound, type) {
                role = start..<nameStart
                start = nameStart
                type = .person
            }
            var pieceStart = start
            var split = false
            let unbalanced = unbalancedBrackets(doc, start..<range.upperBound)
            for k in start..<range.upperBound where breaksName(doc, k) || unbalanced.contains(k) {
                append(pieceStart..<k, type, doc, &out, split: true)
                pieceStart = k + 1
                split = true
            }
            let before = out.count
            append(pieceStart..<range.upperBound, type, doc, &out, split: split)
            if let role, out.count > before, out[before].range.lowerBound == start { out[before].role = role }
        }
        return joinFirstNames(out, doc).map { span in
            guard span.type == .person, span.role == nil else { return span }
            return (span.range, span.type, roleBefore(doc, span.range.lowerBound))
        }
    }

    /// Where the name starts in a span that opens with a role ("Trade and Industry Secretary
    /// Patricia Hewitt"): after the last office or title followed by one to four capitalised words
    /// that make a person's name (the tagger said person, or they start with a known first name).
    static func roleEnd(_ doc: TaggerDocument, _ range: Range<Int>, _ type: EntityType) -> Int? {
        guard range.count >= 2 else { return nil }
        for r in stride(from: range.upperBound - 2, through: range.lowerBound, by: -1) where PersonTitles.endsRole(word(doc, r)) {
            let name = r + 1
            guard range.upperBound - name <= 4, doc.forms[name].startsUpper, !PersonTitles.endsRole(word(doc, name)) else { return nil }
            return type == .person || isFirstName(doc, name) ? name : nil
        }
        return nil
    }

    /// The role written just before a person's name outside the tagged span ("Prime Minister" before
    /// "Tony Blair", "Manchester United defender" before "Wes Brown"): up to five capitalised words,
    /// offices and connectives, ending in an office or title, in the same sentence.
    static func roleBefore(_ doc: TaggerDocument, _ start: Int) -> Range<Int>? {
        guard start > 0, PersonTitles.endsRole(word(doc, start - 1)), doc.sentenceOf(start) == doc.sentenceOf(start - 1) else { return nil }
        var first = start - 1
        while first > 0, start - first < 5, doc.sentenceOf(first - 1) == doc.sentenceOf(start) {
            let w = word(doc, first - 1)
            if PersonTitles.isCourtesy(w) || breaksName(doc, first - 1) && !PersonTitles.endsRole(w) { break }
            guard doc.forms[first - 1].startsUpper || PersonTitles.endsRole(w) || connectives.contains(w.lowercased()) else { break }
            first -= 1
        }
        while first < start - 1, !PersonTitles.endsRole(word(doc, first)),
              !doc.forms[first].startsUpper || PersonTitles.roleOpeners.contains(word(doc, first).lowercased()) { first += 1 }
        return first..<start
    }

    /// Joins a person span that ends in a known first name with a one-word name right after it
    /// ("Defense Secretary Mark" + "Esper" → "Mark Esper").
    static func joinFirstNames(_ spans: [Span], _ doc: TaggerDocument) -> [Span] {
        var out: [Span] = []
        for span in spans {
            if let last = out.last, last.type == .person, last.range.upperBound == span.range.lowerBound, span.range.count == 1,
               doc.forms[span.range.lowerBound].startsUpper, isFirstName(doc, last.range.upperBound - 1),
               doc.sentenceOf(span.range.lowerBound) == doc.sentenceOf(last.range.lowerBound) {
                out[out.count - 1].range = last.range.lowerBound..<span.range.upperBound
                continue
            }
            out.append(span)
        }
        return out
    }

    static func isFirstName(_ doc: TaggerDocument, _ k: Int) -> Bool {
        doc.gazetteer[k] >> UInt64(Gazetteer.List.firstName.rawValue * 4) & 0xF != 0
    }

    /// Appends a piece of a name without lower-case words at its ends ("for" alone is no name). A
    /// piece cut from a longer span that starts with a known first name is a person ("Theresa May").
    static func append(_ piece: Range<Int>, _ type: EntityType, _ doc: TaggerDocument, _ out: inout [Span],
                       split: Bool) {
        var a = piece.lowerBound, b = piece.upperBound
        while a < b, isBareLowercase(doc, a) { a += 1 }
        while b > a, isBareLowercase(doc, b - 1) || isPossessive(doc, b - 1) { b -= 1 }
        guard a < b else { return }
        out.append((a..<b, split && isFirstName(doc, a) && (2...3).contains(b - a) ? .person : type, nil))
    }

    /// The possessive "'s" token, which CoNLL leaves outside names ("BBC's" → "BBC").
    static func isPossessive(_ doc: TaggerDocument, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        return t.end - t.start == 2 && Tokenizer.isApostrophe(doc.scalars[t.start]) && doc.scalars[t.start + 1].properties.lowercaseMapping == "s"
    }

    static func isBareLowercase(_ doc: TaggerDocument, _ k: Int) -> Bool {
        ScalarClass.isLower(doc.scalars[doc.tokens[k].start]) && !word(doc, k).contains("-")
    }

    /// Punctuation that never sits inside a name: opening quotes and bars among them.
    static let separators: Set<Unicode.Scalar> = [",", ";", ":", "\"", "!", "?", ".", "\u{201C}", "\u{201D}", "\u{2014}", "\u{2013}",
                                                  "|", "\u{2018}", "\u{00AB}", "\u{00BB}", "\u{201E}"]

    static let closingBracket: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]", "{": "}"]

    /// Brackets in `range` that the span does not close or open: a name may hold a bracketed part
    /// ("Mladost (L)", "(Tom) Seaver") but not half of one ("Baar (Switzerland" is two places).
    static func unbalancedBrackets(_ doc: TaggerDocument, _ range: Range<Int>) -> Set<Int> {
        var open: [(index: Int, closer: Unicode.Scalar)] = []
        var out = Set<Int>()
        for k in range where doc.tokens[k].end - doc.tokens[k].start == 1 {
            let c = doc.scalars[doc.tokens[k].start]
            if let closer = closingBracket[c] {
                open.append((k, closer))
            } else if closingBracket.values.contains(c) {
                if open.last?.closer == c { open.removeLast() } else { out.insert(k) }
            }
        }
        out.formUnion(open.map(\.index))
        return out
    }

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
