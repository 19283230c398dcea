import Foundation

/// Drops the short lines that sit inside article containers but are not article text: labels
/// ("Advertisement", "Share", "Tags:"), calls to action ("Sign up for…", "Read more: …") and
/// bare datelines ("Updated: 18 Nov 2019 9:38 pm"). General web furniture, not any one site's.
enum BoilerplateLines {
    /// Whole lines (lower-cased, trailing punctuation and spaces ignored) that are labels.
    static let labels: Set<String> = [
        "advertisement", "advert", "ad", "sponsored", "sponsored links", "comments", "comment", "share",
        "share this", "share this article", "trending", "trending now", "trending news", "related", "related news",
        "related articles", "related stories", "related content", "related tags", "read more", "read next",
        "most popular", "most read", "recommended", "recommended for you", "highlights", "tags", "filed under",
        "like this", "like loading", "you may also like", "you might also like", "don't miss", "see more", "more",
        "text size", "skip to content", "print", "email", "post comment", "leave a comment", "topics",
    ]
    /// Short lines that start with one of these (lower-cased) are calls to action or datelines.
    static let prefixes = [
        "related:", "read more:", "see more:", "see also:", "more:", "also read:", "tags:", "filed under:",
        "topics:", "posted on ", "posted:", "posted by ", "updated:", "updated on ", "published:", "published on ",
        "first published", "last updated", "sign up for our", "sign up to our", "subscribe to our", "click here to subscribe",
        "follow us", "share this", "share on ", "sharing is caring", "reading time", "leave a comment", "post comment",
    ]
    static let shortLine = 120

    /// `text` with furniture lines removed; paragraphs keep their blank-line separators.
    static func filter(_ text: String) -> String {
        let blocks = text.components(separatedBy: "\n\n").compactMap { block -> String? in
            let lines = block.split(separator: "\n").map(String.init).filter { !isFurniture($0) }
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        }
        return blocks.joined(separator: "\n\n")
    }

    /// News credit lines: "(Reporting by …; Editing by …)", "… contributed to this report."
    static let creditPrefixes = ["reporting by", "additional reporting by", "editing by", "writing by", "compiled by"]

    static func isCredit(_ lower: String) -> Bool {
        let trimmed = lower.hasPrefix("(") ? String(lower.dropFirst()) : lower
        return creditPrefixes.contains { trimmed.hasPrefix($0) } || lower.contains("contributed to this report")
    }

    static func isFurniture(_ line: String) -> Bool {
        guard line.count <= 2 * shortLine else { return false }
        let lower = line.lowercased()
        if isCredit(lower) { return true }
        guard line.count <= shortLine else { return false }
        let label = lower.trimmingCharacters(in: CharacterSet(charactersIn: " .:…!|»›>-–—()+0123456789"))
        if labels.contains(label) { return true }
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.hasPrefix("image "), lower.contains(" of "), lower.count < 20 { return true }
        if line.contains("©") || lower.hasPrefix("copyright") { return true }
        if isByline(line) { return true }
        return isDateline(line)
    }

    /// "By Jane Doe", "By JANE DOE and JOHN ROE - 11/18/19 11:04 PM EST", "By Amy Kuperinsky | NJ
    /// Advance Media for NJ.com": a byline, not a sentence. After a separator (`|`, a dash, a
    /// bullet) following a name of two to six words comes the outlet or the date, in any case.
    static func isByline(_ line: String) -> Bool {
        guard line.lowercased().hasPrefix("by "), line.count <= 80, !line.hasSuffix(".") else { return false }
        let words = line.dropFirst(3).split(separator: " ")
        guard words.count <= 16 else { return false }
        let name = words.prefix(while: { !bylineSeparators.contains($0) })
        let isNameWord = { (w: Substring) in w.first?.isLowercase != true || ["and", "de", "van", "von", "der"].contains(w) }
        if name.count == words.count { return words.count <= 10 && words.allSatisfy(isNameWord) }
        return (2...6).contains(name.count) && name.allSatisfy(isNameWord)
    }

    /// What separates a byline's name from its outlet or date.
    static let bylineSeparators: Set<Substring> = ["|", "-", "–", "—", "•", "·", "/"]

    /// A short line that is mostly a date or time: no sentence, just "Nov. 19, 2019" or "5:50 PM",
    /// at most two other words ("Updated:", "First Published:"), so a signed quote stays.
    static func isDateline(_ line: String) -> Bool {
        let words = line.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
        guard words.count <= 12, !line.hasSuffix(".") || line.count < 16 else { return false }
        let numbers = words.filter { $0.allSatisfy(\.isNumber) }.count
        let others = words.filter { w in
            !w.allSatisfy(\.isNumber) && PublicationDate.months[String(w.prefix(3))] == nil && !timeWords.contains(w)
        }
        guard others.count <= 2 else { return false }
        let hasTime = line.contains(":") && numbers >= 2
        return PublicationDate.normalize(line) != nil || hasTime
    }

    /// Words that belong to dates and times.
    static let timeWords: Set<String> = [
        "am", "pm", "a", "p", "m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "et", "pt", "ist",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "at", "th", "st", "nd", "rd",
    ]
}
