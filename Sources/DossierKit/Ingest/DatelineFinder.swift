/// Finds a document's date in its opening lines (a dateline such as "— 28 September 2022" or
/// "2022-09-28"), reusing the figure extractor's date reader. Only complete dates count.
public enum DatelineFinder {
    /// How far into the text a dateline may stand.
    static let window = 5

    /// The first complete date (`YYYY-MM-DD`) in the first few non-blank lines, if any.
    public static func date(in text: String) -> String? {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", maxSplits: 40, omittingEmptySubsequences: true) {
            if !line.trimmingWhitespace().isEmpty { lines.append(line) }
            if lines.count == window { break }
        }
        let extractor = FigureExtractor()
        for line in lines {
            for figure in extractor.figures(in: String(line), documentDate: nil) where figure.kind == .date {
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
