import Foundation

/// Normalises the date forms pages use (`2019-11-19T08:03:00Z`, `20191119`, `Nov 19, 2019`,
/// `19 November 2019`) to `YYYY-MM-DD`; nil when the text holds no plausible date.
enum PublicationDate {
    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                         "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    static func normalize(_ text: String) -> String? {
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = s.unicodeScalars.prefix(10).map { Character($0) }
        // ISO 8601 and compact forms.
        if digits.count >= 10, digits[4] == "-" || digits[4] == "/" || digits[4] == ".",
           let y = Int(String(digits[0..<4])), let m = Int(String(digits[5..<7])), let d = Int(String(digits[8..<10])) {
            return format(y, m, d)
        }
        if digits.count >= 8, digits.prefix(8).allSatisfy(\.isNumber),
           let y = Int(String(digits[0..<4])), let m = Int(String(digits[4..<6])), let d = Int(String(digits[6..<8])) {
            return format(y, m, d)
        }
        return wordy(s)
    }

    /// "Nov. 19, 2019", "19 November 2019", "Tuesday 19 November 2019 08.03 GMT".
    private static func wordy(_ s: String) -> String? {
        let words = s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var month: Int?, day: Int?, year: Int?
        for w in words {
            if month == nil, w.count >= 3, let m = months[String(w.prefix(3))] { month = m; continue }
            guard let n = Int(w) else { continue }
            if w.count == 4, n >= 1900, n <= 2100, year == nil { year = n }
            else if w.count <= 2, n >= 1, n <= 31, day == nil { day = n }
        }
        guard let y = year, let m = month, let d = day else { return nil }
        return format(y, m, d)
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
