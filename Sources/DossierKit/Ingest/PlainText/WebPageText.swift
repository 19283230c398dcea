/// What `WebPageText` keeps of a page copied as text: the article, its headline, and the
/// furniture lines set aside (in page order, the headline's line among them).
public struct PageText: Sendable, Equatable {
    /// The article's headline, when one reads as such.
    public var title: String?
    /// The article: its lines in page order, blank lines kept between paragraphs.
    public var text: String
    /// Every non-blank line not kept, in page order.
    public var setAside: [String]
}

/// Finds the article in a web page saved as plain text (select all, copy): lines are classified
/// as jusText does (`PageLine`), the article is the stretch of lines richest in prose (largest
/// sum of line weights, Kadane's algorithm) — the first such stretch when another is not much
/// richer, since comments and related stories follow the article — and the headline is the
/// line `PageHeadline` picks above it (or among its first lines).
/// Text that shows no web furniture
/// is not a page: `extract` returns nil and the caller keeps it whole.
public enum WebPageText {
    /// Short lines of furniture vocabulary a text needs before it is read as a web page.
    static let furnitureLinesForPage = 2
    /// A later stretch replaces the first only when the first has less than this share of its weight.
    static let firstStretchShare = 0.6

    /// The article of a copied web page, or nil when `text` does not read as one.
    public static func extract(_ text: String) -> PageText? {
        guard let page = decide(text) else { return nil }
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        var previous: Int?
        var setAside: [String] = []
        for (k, line) in page.lines.enumerated() {
            guard page.keep[k] else { setAside.append(String(line.text)); continue }
            let r = page.rawIndex[k]
            if let p = previous { out += r - p > 1 ? "\n\n" : "\n" }
            out += raw[r]
            previous = r
        }
        guard out.contains(where: { !$0.isWhitespace }) else { return nil }
        return PageText(title: page.headline.map { String(page.lines[$0].text) }, text: out, setAside: setAside)
    }

    /// The verdict on each non-blank line of a page: its measures, whether it is kept, which is the headline.
    struct Decision {
        var lines: [PageLine]
        /// The line number in the text of each of `lines`.
        var rawIndex: [Int]
        var keep: [Bool]
        var headline: Int?
        var stretch: (first: Int, last: Int)
    }

    /// Classifies the lines of `text`, finds the article and its headline; nil when `text` is not a page.
    static func decide(_ text: String) -> Decision? {
        guard looksLikePage(text) else { return nil }
        var lines: [PageLine] = []
        var rawIndex: [Int] = []
        let stopWords = PageStopWords.shipped.list(forWords: PageStopWords.words(in: text))
        for (i, r) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where r.contains(where: { !$0.isWhitespace }) {
            lines.append(PageLine(r, stopWords: stopWords))
            rawIndex.append(i)
        }
        markRepeatedLabels(&lines)
        markExcerpts(&lines)
        markTableRows(&lines)
        markRelatedBoxes(&lines)
        guard let (first, stretchLast) = articleStretch(lines) else { return nil }
        // The article ends where an author's or a company's box begins, however long its text.
        let last = (first...stretchLast).dropFirst().first(where: { lines[$0].isAboutHeading }).map { $0 - 1 } ?? stretchLast
        var keep = Array(repeating: false, count: lines.count)
        for i in first...last where lines[i].isKeptInside { keep[i] = true }
        dropBoxesInside(lines, first: first, last: last, &keep)
        if let items = introducedList(lines, after: last) {
            for i in items { keep[i] = true }
        }
        let headline = PageHeadline.index(lines, before: first, last: last)
        if let h = headline, h >= first {
            keep[h] = false
        } else if let h = headline, first - h - 1 == 1,
                  lines[h + 1].isCreditedCaption || (lines[h + 1].isKeptInside && !lines[h + 1].isBoilerplate) {
            // The one line between a headline and its article is its standfirst or its photo's
            // caption (credit included); more lines there are bylines, dates and share bars.
            keep[h + 1] = true
        }
        dropRepeats(lines, &keep)
        return Decision(lines: lines, rawIndex: rawIndex, keep: keep, headline: headline, stretch: (first, last))
    }

    /// A list the article's last lines announce ("The tour dates:", "The newly selected five are:")
    /// belongs to it, however short or sparse its items: they run on while they keep the shape of
    /// the first two (opening with a digit or a capital, holding digits: dates, ranks, prices, or
    /// links), up to a barrier or a label the page repeats.
    static func introducedList(_ lines: [PageLine], after last: Int) -> ClosedRange<Int>? {
        guard let intro = (max(0, last - 1)...min(lines.count - 1, last + 2)).first(where: { i in
            lines[i].text.hasSuffix(":") && lines[i].kind != .barrier && !lines[i].isBoilerplate && !lines[i].isTimestamp
                && (last + 1..<max(last + 1, i)).allSatisfy { lines[$0].kind == .short }
        }) else { return nil }
        let start = intro + 1
        guard start + 1 < lines.count else { return nil }
        let shapes = [listShape(lines[start]), listShape(lines[start + 1])]
        var end = start - 1
        while end + 1 < lines.count, end + 1 - start < maxListItems {
            let line = lines[end + 1]
            guard line.kind != .barrier, !line.isRepeatedLabel, !line.isTimestamp, line.kind != .good,
                  shapes.contains(listShape(line)) else { break }
            end += 1
        }
        return end - start + 1 >= minListItems ? min(intro, last + 1)...end : nil
    }

    /// Items a list needs before it is taken whole, and the most it takes.
    static let minListItems = 3
    static let maxListItems = 200

    /// How a list item opens and what it holds: a digit first, a capital first, any digit in it.
    static func listShape(_ line: PageLine) -> [Bool] {
        let first = line.text.unicodeScalars.first
        return [first?.properties.numericType != nil, first?.properties.isUppercase == true,
                line.text.unicodeScalars.contains { $0.properties.numericType != nil }]
    }

    /// An article does not print the same sentence twice: a kept line of `repeatWords` words or
    /// more that repeats an earlier kept line (whole, or cut short with an ellipsis) is page
    /// metadata or a pull quote, and goes.
    static func dropRepeats(_ lines: [PageLine], _ keep: inout [Bool]) {
        // Compared by their words, so a caption that repeats a paragraph with other quote marks is a repeat.
        var earlier: [[String]] = []
        for i in lines.indices where keep[i] && lines[i].words >= repeatWords {
            let text = lines[i].text
            let words = lines[i].contentWords
            let cut = text.hasSuffix("...") || text.hasSuffix("…")
            // A line cut short may end in half a word.
            let core = cut ? Array(words.dropLast()) : words
            if !words.isEmpty, earlier.contains(where: { $0 == words || (cut && $0.starts(with: core)) }) {
                keep[i] = false
            } else {
                earlier.append(words)
            }
        }
    }

    /// A barrier inside the article ("Most read in world news") heads a box of teasers set between
    /// its paragraphs: the article resumes at the next two paragraphs in a row; the lines between are
    /// the box's, and go. With no two paragraphs in a row after it, the barrier closes the article.
    static func dropBoxesInside(_ lines: [PageLine], first: Int, last: Int, _ keep: inout [Bool]) {
        var i = first + 1
        while i < last {
            guard lines[i].kind == .barrier else { i += 1; continue }
            var end = i + 1
            while end < last, !(lines[end].kind == .good && lines[end + 1].kind == .good) { end += 1 }
            // No two paragraphs in a row after it: the barrier closes the article.
            for k in i..<(end < last ? end : last + 1) { keep[k] = false }
            i = end
        }
    }

    /// Lines shorter than this may repeat inside an article (table cells, list items).
    static let repeatWords = 5

    /// A page shows its furniture in short lines that are not sentences: "Sign in", "Subscribe",
    /// "Share", "Privacy Policy". Only short lines are looked at, so ordinary articles cost almost
    /// nothing here.
    static func looksLikePage(_ text: String) -> Bool {
        var found = 0
        for line in text.utf8.split(separator: 0x0A) where line.count <= 80 {
            // A sentence ("KeyCorp would not comment.") is not a label.
            guard let end = line.lastIndex(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }), line[end] != 0x2E else { continue }
            let s = String(decoding: line, as: UTF8.self)
            let lower = Array(s.lowercased().unicodeScalars)
            guard FurniturePhrases.hasAny(lower) else { continue }
            let words = s.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
            if words <= 10 { found += 1 }
            if found >= furnitureLinesForPage { return true }
        }
        return false
    }

    /// Line weights with jusText's context smoothing: a run of short or near-good lines (a list, a
    /// table, subheads, an embedded post) between two good lines belongs to the text around it and
    /// costs nothing; elsewhere it keeps its cost.
    static func smoothedWeights(_ lines: [PageLine]) -> [Double] {
        var weights = lines.map(\.weight)
        var i = 0
        while i < lines.count {
            guard isInsideRun(lines[i]) else { i += 1; continue }
            var end = i
            while end < lines.count, isInsideRun(lines[end]) { end += 1 }
            if i > 0, end < lines.count, lines[i - 1].kind == .good, lines[end].kind == .good {
                for k in i..<end where weights[k] < 0 { weights[k] = 0 }
            }
            i = end
        }
        return weights
    }

    /// What may sit between two paragraphs of one article: short lines and sparse prose — not a
    /// timestamp or a date, which head the cards of a teaser list, nor a barrier, nor a photo credit
    /// (letting credits sit free there helped the even half of the dev pages and cost the odd one).
    static func isInsideRun(_ line: PageLine) -> Bool {
        switch line.kind {
        case .short, .nearGood, .empty: true
        case .bad, .good, .barrier: false
        }
    }

    /// Buttons and labels repeat down a page ("Report", "Video", "Reply"); subheads do not. A line
    /// of a few words found again elsewhere in the page is furniture (it can still be the headline).
    static func markRepeatedLabels(_ lines: inout [PageLine]) {
        var seen: [Substring: Int] = [:]
        for line in lines where line.words <= repeatedLabelWords { seen[line.text, default: 0] += 1 }
        for i in lines.indices where lines[i].words <= repeatedLabelWords && (seen[lines[i].text] ?? 0) > 1 {
            if lines[i].kind == .short || lines[i].kind == .nearGood { lines[i].kind = .bad }
            lines[i].isRepeatedLabel = true
        }
    }

    /// Teaser lists print each story's opening cut short: "… may soon...". Where a page has
    /// several lines of `excerptWords` words or more ending in an ellipsis, they are excerpts of other
    /// pages, not paragraphs (an article seldom trails off twice).
    static func markExcerpts(_ lines: inout [PageLine]) {
        let excerpts = lines.indices.filter { lines[$0].words >= excerptWords && (lines[$0].text.hasSuffix("...") || lines[$0].text.hasSuffix("…")) }
        guard excerpts.count >= 2 else { return }
        for i in excerpts where lines[i].kind != .barrier { lines[i].kind = .bad }
    }

    /// A table copied as text is a run of lines each holding several numbers (results, standings,
    /// prices); menus and teasers hold few. Its rows weigh as sparse prose, not as short lines.
    static func markTableRows(_ lines: inout [PageLine]) {
        func isRow(_ line: PageLine) -> Bool {
            line.numbers >= tableRowNumbers && !line.isTimestamp && !line.isBoilerplate
                && (line.kind == .short || line.kind == .bad || line.kind == .nearGood)
        }
        var i = 0
        while i < lines.count {
            guard isRow(lines[i]) else { i += 1; continue }
            var end = i
            while end < lines.count, isRow(lines[end]) { end += 1 }
            if end - i >= tableRows {
                for k in i..<end { lines[k].kind = .nearGood; lines[k].isTableRow = true }
            }
            i = end
        }
    }

    /// Pages set boxes of links to other stories between two paragraphs of an article: a "Related"
    /// or "Read more" heading and a few teasers. Such a box, with prose on both sides, does not end
    /// the article: its lines weigh and go as furniture, not as a barrier.
    static func markRelatedBoxes(_ lines: inout [PageLine]) {
        var i = 1
        while i < lines.count {
            guard lines[i].isRelatedHeading, lines[i - 1].kind == .good else { i += 1; continue }
            var end = i + 1
            while end < lines.count, end - i <= relatedBoxLines, lines[end].kind != .good,
                  lines[end].kind != .barrier || lines[end].isRelatedHeading { end += 1 }
            guard end < lines.count, end - i <= relatedBoxLines, lines[end].kind == .good else { i = end; continue }
            for k in i..<end where lines[k].kind != .empty { lines[k].kind = .bad }
            i = end
        }
    }

    /// The most lines a box of related links set inside an article holds, its headings included.
    static let relatedBoxLines = 6

    /// Numbers in a table row, and rows in a table.
    static let tableRowNumbers = 3
    static let tableRows = 4

    /// Lines shorter than this that end in an ellipsis are left alone (a caption, a quote cut short).
    static let excerptWords = 8

    /// Lines of at most this many words are labels when they repeat.
    static let repeatedLabelWords = 6

    /// The first and last line of the article: among the stretches with the largest sums of
    /// weights (each ending where the running sum falls to zero), the first one that has at least
    /// `firstStretchShare` of the best one's weight. Once a stretch of article size has been seen, a
    /// comment-section heading after it marks the rest of the page as readers' comments: stretches
    /// there count for `commentShare` of their weight.
    static func articleStretch(_ lines: [PageLine]) -> (Int, Int)? {
        var stretches: [(score: Double, first: Int, last: Int)] = []
        var running = 0.0
        var start = 0
        var best: (score: Double, first: Int, last: Int)?
        let weights = smoothedWeights(lines)
        for (i, weight) in weights.enumerated() {
            if running <= 0 {
                if let b = best { stretches.append(b) }
                running = 0
                start = i
                best = nil
            }
            running += weight
            if running > 0, running > (best?.score ?? 0) { best = (running, start, i) }
        }
        if let b = best { stretches.append(b) }
        if let firstArticle = stretches.first(where: { $0.score >= articleSize }),
           let comments = lines.indices.first(where: { $0 > firstArticle.last && lines[$0].isCommentHeading }) {
            for k in stretches.indices where stretches[k].first > comments { stretches[k].score *= commentShare }
        }
        guard let top = stretches.map(\.score).max() else { return nil }
        guard let chosen = stretches.first(where: { $0.score >= firstStretchShare * top }) else { return nil }
        return (chosen.first, chosen.last)
    }

    /// The weight of a stretch that can be an article on its own (a few paragraphs).
    static let articleSize = 500.0
    /// What a stretch after a comment-section heading counts for.
    static let commentShare = 0.25
}
