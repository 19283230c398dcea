/// The headline of a page copied as text: the headline-shaped line above the article (or among
/// its first lines) that best reads as the article's own — sharing its words, followed by a byline
/// or a date, printed twice in the page — rather than a banner, a label or a teaser's.
enum PageHeadline {
    /// How far above the article a headline is looked for, in non-blank lines.
    static let headlineWindow = 40

    /// The line that reads as the article's headline, above the article or among its first lines:
    /// a headline-shaped line (`isHeadlineShaped`) scored by `score(_:)`; nil when none reaches
    /// `minimumScore`. Of equals the upper line wins: a headline comes before what describes it.
    static func index(_ lines: [PageLine], before first: Int, last: Int) -> Int? {
        var best: Candidate?
        for c in candidates(lines, before: first, last: last) where c.score > (best.map { $0.score + tie } ?? minimumScore) { best = c }
        return best?.index
    }

    /// A line that could be the headline, with what speaks for and against it.
    struct Candidate {
        var index: Int
        /// Share of its content words found in the article, scaled down below four content words.
        var shared: Double
        /// A byline, a date or other furniture follows within three lines.
        var dated: Bool
        /// How many lines below it a byline or dateline comes (1 or 2), if one does.
        var signedAfter: Int?
        /// Printed elsewhere in the page too (a breadcrumb, a share text).
        var repeated: Bool
        /// Shaped as a headline only because a byline or date follows it.
        var relaxed: Bool
        var titleCase: Bool
        var words: Int
        /// An item of a link list that a barrier ("Related articles", "More videos") opens.
        var listedAfterBarrier: Bool
        /// A prose line just under a headline-shaped line: the standfirst, not the headline.
        var standfirst: Bool
        /// A call to action ("Follow CNN Business", "Subscribe to …").
        var callToAction: Bool
        var score: Double
    }

    /// The lowest score a headline needs.
    static let minimumScore = 0.3
    /// Scores closer than this are equal (sums of the same weights in another order).
    static let tie = 1e-9

    /// Every headline-shaped line in reach of the article, scored.
    static func candidates(_ lines: [PageLine], before first: Int, last: Int) -> [Candidate] {
        var vocabulary = Set<String>()
        for i in first...last where lines[i].isKeptInside { vocabulary.formUnion(lines[i].contentWords) }
        var found: [Candidate] = []
        let lowest = max(0, first - headlineWindow)
        let highest = min(last, first + headlineLinesInside - 1)
        let barriers = lines.indices.filter { lines[$0].kind == .barrier }
        func isListItem(_ j: Int) -> Bool {
            lines.indices.contains(j) && lines[j].kind != .good && isHeadlineShaped(lines[j])
        }
        for i in lowest...highest {
            let line = lines[i]
            if i >= first, line.kind == .good || line.kind == .nearGood { continue }
            let signed = (i + 1..<min(lines.count, i + 3)).first(where: { isSignature(lines[$0]) }).map { $0 - i }
            let plain = isHeadlineShaped(line)
            guard plain || isHeadlineShaped(line, dated: signed == 1) else { continue }
            let shared = Double(line.contentWords.filter(vocabulary.contains).count) / Double(line.contentWords.count)
                * min(1, Double(line.contentWords.count) / 4)
            let afterBarrier = barriers.last(where: { $0 < i }).map { i - $0 <= listReach } ?? false
            let above = i > 0 ? lines[i - 1] : nil
            let standfirst = line.kind == .good && above.map {
                $0.kind != .good && $0.words >= standfirstHeadlineWords && isHeadlineShaped($0) && $0.text.contains(where: \.isLowercase)
            } == true
            var c = Candidate(
                index: i, shared: shared,
                dated: (i + 1..<min(lines.count, i + 4)).contains(where: { isDateOrByline(lines[$0]) }),
                signedAfter: signed,
                repeated: lines.indices.contains(where: { $0 != i && lines[$0].text.contains(line.text) }),
                relaxed: !plain, titleCase: line.titleCaseWords >= 2, words: line.words,
                listedAfterBarrier: afterBarrier && (isListItem(i - 1) || isListItem(i + 1)),
                standfirst: standfirst, callToAction: isCallToAction(line), score: 0)
            c.score = score(c)
            found.append(c)
        }
        return found
    }

    /// What speaks for a headline: words shared with the article (a line sharing none is almost
    /// never it), a byline or date just below, being printed twice, Title Case, length up to eight
    /// words (captions and labels are shorter); against it: being an item of a related-links list,
    /// a standfirst under a headline, a call to action. Weights set on the dev pages, kept only
    /// where each half of them agreed.
    static func score(_ c: Candidate) -> Double {
        var score = c.shared
        if c.shared == 0 { score -= 0.4 }
        if c.repeated { score += 0.25 }
        if c.dated { score += 0.4 }
        if c.signedAfter != nil { score += 0.3 }
        if c.relaxed { score -= relaxedShapeCost }
        if c.titleCase { score += 0.1 }
        score += 0.4 * Double(min(c.words, 8)) / 8
        if c.listedAfterBarrier { score -= 0.4 }
        if c.standfirst { score -= 0.4 }
        if c.callToAction { score -= 1 }
        return score
    }

    /// How far below a barrier its list of links may run, in non-blank lines.
    static let listReach = 10
    /// A headline a standfirst sits under has at least this many words (kickers and labels above a prose headline have fewer).
    static let standfirstHeadlineWords = 5

    /// "Follow CNN Business", "Subscribe to our channel", "Sign up for …": a short line opening
    /// with the verb of a social or subscription call to action.
    static func isCallToAction(_ line: PageLine) -> Bool {
        guard line.words <= 5 else { return false }
        let lower = line.text.lowercased()
        return callToActionOpenings.contains { lower.hasPrefix($0) }
    }

    static let callToActionOpenings = ["follow ", "subscribe", "sign up", "join us", "join our", "download ", "like us"]

    /// What a line shaped as a headline only because a date follows it (two words, or a full stop)
    /// gives up to one shaped as a headline outright.
    static let relaxedShapeCost = 0.15

    /// The first lines of the article stretch may hold its headline (when a standfirst above it
    /// reads as prose).
    static let headlineLinesInside = 3

    /// A headline has three to thirty words, one sentence, no closing full stop; one that a date or
    /// byline follows may be two words long or punctuated as a sentence ("Meth. We're on it.").
    static func isHeadlineShaped(_ line: PageLine, dated: Bool = false) -> Bool {
        // A headline may name one furniture word ("… a Grocery Store on Instagram"), a label may not.
        guard ((dated ? 2 : 3)...30).contains(line.words), line.characters <= 200, line.kind != .barrier,
              line.phrases == 0 || (line.phrases == 1 && line.words >= headlineWordsWithPhrase), !isAddress(line.text),
              !line.isBoilerplate, !line.isTimestamp, !line.contentWords.isEmpty,
              !line.contentWords.contains(where: creditWords.contains), !isByline(line.text) else { return false }
        if dated { return true }
        // A quoted sentence ("… in drugs.") ends in a full stop inside its closing quote.
        var core = line.text
        while let l = core.last, closingQuotes.contains(l) { core = core.dropLast() }
        return !hasSentenceBreak(line.text) && (!core.hasSuffix(".") || core.hasSuffix("..")) && !core.hasSuffix("。")
    }

    static let closingQuotes: Set<Character> = ["\"", "”", "’", "'", "»", "」"]

    /// A headline that names a furniture word has at least this many words.
    static let headlineWordsWithPhrase = 6

    /// A web or mail address ("https://www.example.com/story-1", "www.example.com").
    static func isAddress(_ text: Substring) -> Bool {
        text.contains("://") || text.hasPrefix("www.") || (text.contains("@") && !text.contains(" "))
    }

    /// A byline, a timestamp or a line opening with a date ("13/06/2014 Tony Carter"): what follows
    /// a headline.
    static func isDateOrByline(_ line: PageLine) -> Bool {
        line.isBoilerplate || line.isTimestamp || isDated(line)
    }

    /// A byline or a dateline, what follows a headline on news pages: "By Jane Doe", "Author:",
    /// "Posted by …", "Published: Nov 19, 2019", "Updated 0339 GMT", "November 12, 2018", a lone
    /// author's name.
    static func isSignature(_ line: PageLine) -> Bool {
        guard line.characters <= 2 * BoilerplateLines.shortLine else { return false }
        if line.isTimestamp || isDated(line) || isByline(line.text) { return true }
        let text = String(line.text)
        if BoilerplateLines.isByline(text) || BoilerplateLines.isDateline(text) { return true }
        let lower = text.lowercased()
        if lower == "by" || signaturePrefixes.contains(where: { lower.hasPrefix($0) }) || PageLine.bylinePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return line.isBoilerplate && PageLine.isAuthorName(line.text)
    }

    /// How bylines and datelines open, in the languages of `FurniturePhrases`.
    static let signaturePrefixes = ["by:", "posted", "published", "updated", "author:", "authors:", "last updated", "publicado",
                                    "atualizado", "actualizado", "publié", "mis à jour", "veröffentlicht", "aktualisiert",
                                    "pubblicato", "aggiornato", "опубликовано", "обновлено"]

    /// A timestamp or a line opening with a numeric date.
    static func isDated(_ line: PageLine) -> Bool {
        if line.isTimestamp { return true }
        guard line.words <= 16, let token = line.text.split(separator: " ").first else { return false }
        let parts = token.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        return parts.contains { $0.count == 4 } || parts.allSatisfy { $0.count <= 2 }
    }

    /// "By Amy Kuperinsky | NJ Advance Media": "By" and a capitalised name open a byline, not a headline.
    static func isByline(_ text: Substring) -> Bool {
        guard text.hasPrefix("By "), let next = text.dropFirst(3).first else { return false }
        return next.isUppercase
    }

    /// Words of photo captions and credits, which sit between a headline and its article.
    static let creditWords: Set<String> = ["photo", "photos", "photograph", "getty", "credit", "courtesy", "image", "images", "file"]

    /// A full stop, question or exclamation mark followed by a capital inside the line: two
    /// sentences, a standfirst or a caption rather than a headline.
    static func hasSentenceBreak(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 3 else { return false }
        for i in 1..<(scalars.count - 2) where scalars[i] == "." || scalars[i] == "!" || scalars[i] == "?" {
            if scalars[i + 1] == " ", scalars[i + 2].properties.isUppercase, scalars[i - 1].properties.isLowercase { return true }
        }
        return false
    }
}
