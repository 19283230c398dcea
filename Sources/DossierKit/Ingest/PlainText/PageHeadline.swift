/// The headline of a page copied as text: the headline-shaped line above the article (or among
/// its first lines) that best reads as the article's own — sharing its words, followed by a byline
/// or a date, printed twice in the page — rather than a banner, a label or a teaser's.
enum PageHeadline {
    /// How far above the article a headline is looked for, in non-blank lines.
    static let headlineWindow = 40

    /// The line that reads as the article's headline, above the article or among its first lines:
    /// three to thirty words, one sentence at most and not ending in a full stop (unless a date
    /// follows it: `isHeadlineShaped`), not furniture, a
    /// timestamp or a photo credit, sharing most of its words with the article. What marks a
    /// headline gains: printed twice in the page (a section bar or breadcrumb, then the heading),
    /// followed by a byline or date, Title Case, length (up to eight words: captions and labels
    /// are shorter). Among equals the nearer line wins. Weights set on half of the dev pages.
    static func index(_ lines: [PageLine], before first: Int, last: Int) -> Int? {
        var vocabulary = Set<String>()
        for i in first...last where lines[i].isKeptInside { vocabulary.formUnion(lines[i].contentWords) }
        var best: (score: Double, index: Int)?
        let lowest = max(0, first - headlineWindow)
        let highest = min(last, first + headlineLinesInside - 1)
        for i in lowest...highest {
            let line = lines[i]
            if i >= first, line.kind == .good || line.kind == .nearGood { continue }
            let dated = (i + 1..<min(lines.count, i + 4)).contains(where: { isDateOrByline(lines[$0]) })
            let plain = isHeadlineShaped(line)
            guard plain || isHeadlineShaped(line, dated: i + 1 < lines.count && isDated(lines[i + 1])) else { continue }
            let shared = line.contentWords.filter(vocabulary.contains).count
            let size = min(1, Double(line.contentWords.count) / 4)
            var score = Double(shared) / Double(line.contentWords.count) * size - 0.01 * Double(abs(first - i))
            if lines.indices.contains(where: { $0 != i && lines[$0].text.contains(line.text) }) { score += 0.25 }
            if dated { score += 0.4 }
            if !plain { score -= relaxedShapeCost }
            if line.titleCaseWords >= 2 { score += 0.1 }
            score += 0.4 * Double(min(line.words, 8)) / 8
            if score > (best?.score ?? 0.3) { best = (score, i) }
        }
        return best?.index
    }

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
        return !hasSentenceBreak(line.text) && (!line.text.hasSuffix(".") || line.text.hasSuffix("..")) && !line.text.hasSuffix("。")
    }

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
