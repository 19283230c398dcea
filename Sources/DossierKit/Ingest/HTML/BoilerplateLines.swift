/// Drops the short lines that sit inside article containers but are not article text: labels
/// ("Advertisement", "Share", "Tags:"), calls to action ("Sign up for…", "Read more: …") and
/// bare datelines ("Updated: 18 Nov 2019 9:38 pm"). General web furniture, not any one site's.
enum BoilerplateLines {
    /// Lines that start with one of these (case-insensitive) and are short are furniture.
    static let prefixes = [
        "advertisement", "advert", "sponsored", "related:", "related coverage", "related news", "related articles",
        "related stories", "related tags", "read more", "read next", "see more", "see also:", "more:", "don't miss",
        "trending", "most popular", "most read", "recommended", "sign up", "subscribe", "follow us", "follow ",
        "click here", "share this", "share on", "share:", "sharing is caring", "tags:", "filed under", "posted on",
        "posted:", "posted by", "updated:", "updated on", "published:", "published on", "first published",
        "last updated", "comments", "leave a comment", "post comment", "like this:", "like loading", "skip to",
        "image ", "photo:", "getty images", "reading time", "tempo de leitura", "listen to", "download:",
        "get the latest", "have a tip?", "more great", "check out", "you may also like", "you might also like",
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

    static func isFurniture(_ line: String) -> Bool {
        guard line.count <= shortLine else { return false }
        let lower = line.lowercased()
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return isDateline(line)
    }

    /// A short line that is mostly a date or time: no sentence, just "Nov. 19, 2019" or "5:50 PM".
    static func isDateline(_ line: String) -> Bool {
        let words = line.split { !$0.isLetter && !$0.isNumber }
        guard words.count <= 12, !line.hasSuffix(".") || line.count < 16 else { return false }
        let numbers = words.filter { $0.allSatisfy(\.isNumber) }.count
        let hasTime = line.contains(":") && numbers >= 2
        return (PublicationDate.normalize(line) != nil || hasTime) && numbers * 2 >= words.count - 2
    }
}
