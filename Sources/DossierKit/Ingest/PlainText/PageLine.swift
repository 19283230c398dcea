/// One line of a page copied as text, measured the way jusText measures a paragraph: length,
/// function-word density, sentence shape, Title Case, furniture vocabulary. `kind` is the verdict.
struct PageLine: Sendable, Equatable {
    /// What a line looks like, from prose to furniture.
    enum Kind: Sendable, Equatable {
        /// A paragraph of prose: long, dense in function words or shaped like sentences.
        case good
        /// Prose-like, but too sparse to stand alone: kept when it sits inside the article.
        case nearGood
        /// Too short to judge (subheads, captions, labels): kept only inside the article.
        case short
        /// Furniture: menus, teasers, calls to action, datelines, credits.
        case bad
        /// Furniture that closes an article (comments, tags, related stories, newsletter, sharing).
        case barrier
        /// No words at all (rules, bullets, stray symbols).
        case empty
    }

    let text: Substring
    /// Words (runs of letters and digits), with CJK characters counted two to a word.
    let words: Int
    let characters: Int
    var kind: Kind
    let endsSentence: Bool
    /// Words that open with a digit ("1", "5040", "2019").
    let numbers: Int
    /// Capitalised function words inside the line ("Council Closes Old Bridge After …").
    let titleCaseWords: Int
    /// Furniture phrases in the line (`FurniturePhrases.words`).
    let phrases: Int
    /// Lower-cased words other than function words (pairs of characters in CJK text), for comparing
    /// a headline with the article.
    let contentWords: [String]
    let isBoilerplate: Bool
    /// A photo's credit or caption label ("Image copyright Getty Images", "(Image credit: NASA)", "Image 2 of 5").
    let isMediaCredit: Bool
    /// A photo's caption ending in its credit ("Kazakhstan's President Kassym-Jomart Tokayev.
    /// Gavriil Grigorov / TASS"): set aside, except as the one line under the headline.
    let isCreditedCaption: Bool
    /// A label printed more than once in the page ("Report", "Video"): set by `WebPageText`.
    var isRepeatedLabel = false
    /// A short line that heads a comment section ("Comments", "34 Comments", "Leave a Reply").
    var isCommentHeading = false
    /// A barrier that heads a box of related links ("Related", "Read more"), which may sit inside the article.
    var isRelatedHeading = false
    /// The heading of an author's or a company's box ("About Jane Doe"), which closes an article.
    var isAboutHeading = false
    /// A row of a table copied as text (set by `WebPageText`): it weighs as much as prose of its length.
    var isTableRow = false
    /// A short line with a clock time or an age ("9:45 am", "2 days ago").
    let isTimestamp: Bool

    static let shortLength = 70
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\"", "”", "’", "'", ")", "。", "！", "？"]
    static let cjkSentenceMarks: Set<Unicode.Scalar> = ["。", "、", "！", "？"]
    /// After these a capital letter starts a sentence or a quote, not a Title Case word.
    static let openers: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "\"", "“", "”", "'", "‘", "’", "—", "–", "-", "|", "("]

    /// Measures `line`; its density is counted in `stopWords`, the stop words of the page's language
    /// (`PageStopWords`), or in `FunctionWords` when the language has no list.
    init(_ line: Substring, stopWords: Set<String>? = nil) {
        let trimmed = line.trimmingWhitespaceSubstring()
        text = trimmed
        let scalars = Array(trimmed.unicodeScalars)
        characters = scalars.count
        var wordCount = 0, stops = 0, lowerInitial = 0, titleCase = 0, cjk = 0, hasCJKMark = false
        var content: [String] = []
        var quoted = false, numberCount = 0, opensLower = false
        var i = 0
        var lastNonSpace: Unicode.Scalar? = nil
        while i < scalars.count {
            let c = scalars[i]
            if Self.isCJK(c) {
                // CJK text has no spaces: its pairs of characters stand for words when lines are compared.
                if i > 0, Self.isCJK(scalars[i - 1]) {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[i - 1])
                    pair.append(c)
                    content.append(String(pair))
                }
                cjk += 1; lastNonSpace = c; i += 1; continue
            }
            if Self.cjkSentenceMarks.contains(c) { hasCJKMark = true }
            guard FurniturePhrases.isWordScalar(c) else {
                if c != " " && c != "\t" { lastNonSpace = c }
                // Titles quoted in prose ("“Takin’ It To the Streets,” the singer said") are not Title Case teasers.
                if c == "“" { quoted = true } else if c == "”" { quoted = false } else if c == "\"" { quoted.toggle() }
                i += 1
                continue
            }
            let start = i
            while i < scalars.count, FurniturePhrases.isWordScalar(scalars[i]), !Self.isCJK(scalars[i]) { i += 1 }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[start..<i])
            let w = String(word)
            let lower = w.lowercased()
            wordCount += 1
            let isStop = FunctionWords.all.contains(lower)
            if stopWords.map({ $0.contains(lower) }) ?? isStop { stops += 1 }
            if !isStop { content.append(lower) }
            if c.properties.isLowercase {
                lowerInitial += 1
                // Among the first words, one of three letters or more ("meal", not the "s" of "There's").
                if wordCount <= 4, i - start >= 3 { opensLower = true }
            }
            if c.properties.numericType != nil { numberCount += 1 }
            if start > 0, !quoted, c.properties.isUppercase, isStop, w != "I", !(lastNonSpace.map(Self.openers.contains) ?? true) {
                titleCase += 1
            }
            lastNonSpace = scalars[i - 1]
        }
        words = wordCount + cjk / 2
        titleCaseWords = titleCase
        numbers = numberCount
        contentWords = content
        endsSentence = scalars.last.map(Self.sentenceEnds.contains) ?? false
        let lower = Array(String(trimmed).lowercased().unicodeScalars)
        phrases = FurniturePhrases.count(in: lower)
        let lowerText = String(String.UnicodeScalarView(lower))
        isCreditedCaption = characters <= 2 * BoilerplateLines.shortLine && Self.endsWithPhotoCredit(trimmed)
        isMediaCredit = (characters <= 2 * BoilerplateLines.shortLine
            && (Self.isCredit(lowerText) || isCreditedCaption
                || (lowerText.hasPrefix("image ") && lowerText.contains(" of ") && characters < 20)))
            || Self.endsWithCredit(lowerText)
        isBoilerplate = characters <= 2 * BoilerplateLines.shortLine
            && (isMediaCredit || BoilerplateLines.isFurniture(String(trimmed))
                || Self.bylinePrefixes.contains { lowerText.hasPrefix($0) }
                || (wordCount <= 4 && content.count == wordCount && Self.isAuthorName(trimmed)))
        isTimestamp = words <= 16 && Self.hasTime(lower)
        let density = Double(stops) / Double(max(wordCount, 1))
        let lowerShare = Double(lowerInitial) / Double(max(wordCount, 1))
        // A long line dense in function words and mostly lower-case reads as prose even when it names
        // Twitter or ends with a link (an embedded post, a quoted tweet).
        let prose = phrases == 1 && words >= 15 && density >= 0.30 && lowerShare >= 0.6

        if words == 0 { kind = .empty }
        // A sentence ("A spokesperson declined to comment.") is not a heading.
        else if words <= 8, !(words >= 4 && trimmed.hasSuffix(".") && !trimmed.hasSuffix("..")),
                FurniturePhrases.hasBarrier(lower) || FurniturePhrases.hasCommentHeading(lower) {
            kind = .barrier
            isCommentHeading = FurniturePhrases.hasCommentHeading(lower)
            isRelatedHeading = FurniturePhrases.isRelatedHeading(lower)
        }
        else if words <= 4, lower.starts(with: "more ".unicodeScalars) { kind = .barrier }  // "More from X", "More World"
        else if Self.isAboutHeading(trimmed) { kind = .barrier; isAboutHeading = true }
        else if words <= 5, wordCount >= 2, lowerInitial == 0, !scalars.contains(where: \.properties.isLowercase) { kind = .bad }  // kickers: "EYE POPPING"
        else if isBoilerplate || isTimestamp || isMediaCredit { kind = .bad }
        else if phrases > 0, words <= 8 || (!endsSentence && !prose) { kind = .bad }
        else if phrases >= 2, words <= 80 { kind = .bad }
        // Title Case teasers ("Council Closes Old Bridge After …", a headline run into its standfirst), not a
        // sentence that names a title ("The plan works for A Little More Obsessed too.").
        else if titleCase >= 2, words <= 60, !(opensLower && lowerShare >= 0.5) { kind = .bad }
        else if cjk >= 20, 2 * cjk >= characters { kind = hasCJKMark ? .good : .short }
        else if characters < Self.shortLength { kind = .short }
        else if density >= 0.30, words >= 12 { kind = .good }
        else if endsSentence, lowerShare >= 0.4, words >= 8 { kind = density >= 0.15 ? .good : .nearGood }
        else if density >= 0.25 { kind = .nearGood }
        else { kind = .bad }
    }

    /// How much the line adds to (prose) or takes from (furniture) a stretch of article. A label
    /// costs by its length ("Report" little); dates, bylines and credits, which head the cards of
    /// teaser lists, cost in full.
    var weight: Double {
        switch kind {
        case .good: Double(characters)
        case .nearGood: (isTableRow ? 1 : 0.3) * Double(characters)
        case .short: -40
        case .bad: isTimestamp || isBoilerplate ? -150 : -min(150, max(40, Double(characters)))
        case .barrier: -500
        case .empty: 0
        }
    }

    /// "About Jane Doe", "Über Moritz Bachmann", "Sobre a Ascom": the heading of an author's or a
    /// company's box, which closes an article (a subhead about a thing is not in Title Case: "About the study").
    static func isAboutHeading(_ text: Substring) -> Bool {
        let lower = text.lowercased()
        guard let prefix = aboutPrefixes.first(where: { lower.hasPrefix($0) }), !text.hasSuffix(".") else { return false }
        let name = text.dropFirst(prefix.count).split(separator: " ").filter { !["a", "o", "the", "die", "der", "das", "la", "le", "l'"].contains($0.lowercased()) }
        return (1...3).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// How the heading of an author's or a company's box opens, in the languages of `FunctionWords`.
    static let aboutPrefixes = ["about ", "sobre ", "über ", "à propos de ", "a propos de ", "acerca de ", "informazioni su "]

    /// Kept when inside the article.
    var isKeptInside: Bool { kind == .good || kind == .nearGood || kind == .short }

    /// Photo captions' labels and credits, and a byline's lone "By": "Image caption …",
    /// "(Image credit: …)", "Photo: AP", "Staff Writer".
    static let creditPrefixes = ["image caption", "image copyright", "image credit", "(image credit", "photo credit",
                                 "photo:", "(photo", "photograph:", "credit:", "caption:", "©",
                                 // The same in other languages: "Foto:", "Фото:", "личный архив" (from the personal archive of).
                                 "foto:", "фото:", "личный архив", "crédit photo", "bildquelle"]
    static let creditLines: Set<String> = ["by", "staff writer", "staff reporter", "contributor", "caption", "close",
                                           "the associated press", "associated press", "reuters", "afp", "ap"]
    /// A short line ending so is a byline: "Practical Horseman Editorial Staff", "Jane Doe, Correspondent".
    static let creditSuffixes = [" staff", " staff writer", " contributor", " correspondent", " reporter", " editor"]

    /// Bylines the HTML path's "By …" rule does not catch: "Written by Rachael Link, MS, RD on November 14, 2019".
    static let bylinePrefixes = ["written by ", "words by ", "story by ", "reviewed by ", "medically reviewed by ", "text by ",
                                 "text: ", "текст: ", "texto: ", "autor: ", "auteur : ", "auteur: "]

    /// An author's name standing alone ("Louise Matsakis" over the date, "Dallas Robinson" over the
    /// article): two to four capitalised words, the first a known first name (`NameGenders`).
    static func isAuthorName(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
              let first = words.first else { return false }
        return NameGenders.shipped.gender(ofFirstName: first) != nil
    }

    /// A caption of any length ends with its photo's credit: "… (Photos by Jane Doe/Invision/AP)",
    /// "… Jaafar Ashtiyeh / AFP"; a paragraph does not.
    static func endsWithCredit(_ lower: String) -> Bool {
        if lower.hasSuffix(")"), let open = lower.lastIndex(of: "(") {
            let group = lower[open...]
            return creditGroups.contains { group.hasPrefix($0) }
        }
        return agencySuffixes.contains { lower.hasSuffix($0) }
    }

    /// How a parenthesised credit opens.
    static let creditGroups = ["(photo by ", "(photos by ", "(photo: ", "(photos: ", "(image: ", "(images: ", "(credit: ",
                               "(picture: ", "(pictured: ", "(photo credit", "(image credit"]
    /// How a caption credited to a news or photo agency ends ("… / AFP", "… Registry via AP").
    static let agencySuffixes = ["/ afp", "/afp", "/ ap", "/ reuters", "/reuters", "/ getty images", "/getty images",
                                 "/ epa", "/epa", "/ shutterstock", "/shutterstock",
                                 " via ap", " via reuters", " via afp", " via getty images"]

    static func isCredit(_ lower: String) -> Bool {
        creditLines.contains(lower) || creditPrefixes.contains { lower.hasPrefix($0) }
            || creditInside.contains { lower.contains($0) }
            || (lower.count <= 60 && creditSuffixes.contains { lower.hasSuffix($0) })
            || lower.hasSuffix("/ap") || lower.hasSuffix("/afp")
    }
    /// Credits that close a caption: "… ate a rabbit Credit: Getty".
    /// The agencies and stock libraries that credit photos ("… (Photo by Kevin Mazur/Getty Images)", "Jane Doe/AP").
    static let creditInside = [" credit: ", " credit...", " credit…", "(credit: ", " photo: ", "(photo: ", " image: ", "(image: ",
                               "(picture: ", "getty images", "photo by ", "photograph by ",
                               "shutterstock", "/invision", "/ap)", "/ap ", "/afp", "afp/", "/reuters", "reuters/", "file photo"]

    /// A caption that ends in its photographer's credit, a name, a slash and the agency or paper:
    /// "… during the rally. Credit... Doug Mills/The New York Times", "… Robyn Beck/AFP/Getty Images".
    /// The two words before the last slash are capitalised (a name), the at most five after it too.
    static func endsWithPhotoCredit(_ text: Substring) -> Bool {
        guard let slash = text.lastIndex(of: "/"), !(text.unicodeScalars.last.map(sentenceEnds.contains) ?? false) else { return false }
        let before = text[..<slash].split(separator: " ").suffix(2)
        let after = text[text.index(after: slash)...].split(separator: " ")
        func capitalised(_ w: Substring) -> Bool { w.first?.isUppercase == true }
        return before.count == 2 && before.allSatisfy(capitalised) && (1...5).contains(after.count) && after.allSatisfy(capitalised)
            && !text.contains("://")
    }

    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(c.value) || (0x4E00...0x9FFF).contains(c.value) || (0xAC00...0xD7AF).contains(c.value)
    }

    /// A clock time ("9:45") or an age ("2 days ago"): timestamps of teasers and comments.
    static func hasTime(_ s: [Unicode.Scalar]) -> Bool {
        for i in s.indices where s[i] == ":" {
            if i > 0, i + 2 < s.count, s[i - 1].properties.numericType != nil,
               s[i + 1].properties.numericType != nil, s[i + 2].properties.numericType != nil { return true }
        }
        let text = String(String.UnicodeScalarView(s))
        guard text.hasSuffix(" ago") || text.contains(" ago ") else { return false }
        return ["minute", "hour", "day", "week", "month"].contains { text.contains($0) }
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and carriage returns.
    func trimmingWhitespaceSubstring() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\u{A0}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\u{A0}" { s = s.dropLast() }
        return s
    }
}
