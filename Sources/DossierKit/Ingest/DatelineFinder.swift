/// Finds a document's date in its opening lines (a dateline such as "— 28 September 2022" or
/// "2022-09-28"), reusing the figure extractor's date reader. Only complete dates count.
public enum DatelineFinder {
    /// How far into the text a dateline may stand.
    static let window = 5

    /// A dateline is a short line; longer ones are paragraphs of the body.
    static let maximumLength = 160

    /// The first complete date (`YYYY-MM-DD`) in the first few non-blank lines, if any.
    public static func date(in text: String) -> String? {
        // Walk UTF-8 bytes, not Characters: grapheme breaking over a whole text costs more than the rest of loading.
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, lines.count < window {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = utf8[start..<end]
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                lines.append(line.count <= maximumLength && line.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                             ? String(Substring(line)) : "")
            }
            start = end == utf8.endIndex ? end : utf8.index(after: end)
        }
        let extractor = FigureExtractor()
        for line in lines where !line.isEmpty {
            for figure in extractor.figures(in: line, documentDate: nil) where figure.kind == .date {
                if let date = figure.date, isComplete(date) { return date }
            }
        }
        return nil
    }

    private static func isComplete(_ date: String) -> Bool {
        let parts = date.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
