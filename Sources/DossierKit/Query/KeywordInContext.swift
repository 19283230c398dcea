/// One key-word-in-context line: the match and up to `width` characters on each side, with
/// whitespace runs shown as one space (kept next to the match, so `left + match + right` reads as
/// the text does). `start` is the match's code-point offset in the text.
public struct KWICLine: Sendable, Equatable {
    public var document: DocumentID
    public var start: Int
    public var left: String
    public var match: String
    public var right: String
}

/// Builds key-word-in-context lines from a highlighted text (matches wrapped in `MatchMarkers`)
/// or from code-point ranges (entity mentions).
public enum KeywordInContext {
    /// One line per marked match, in text order.
    public static func lines(highlighted: String, document: DocumentID, width: Int) -> [KWICLine] {
        let (scalars, ranges) = matches(in: highlighted)
        return lines(scalars: scalars, ranges: ranges, document: document, width: width)
    }

    /// One line per range (code points, end exclusive) of `text`; ranges outside it are skipped.
    public static func lines(text: String, ranges: [Range<Int>], document: DocumentID, width: Int) -> [KWICLine] {
        lines(scalars: Array(text.unicodeScalars), ranges: ranges, document: document, width: width)
    }

    /// The text without markers, and the code-point ranges the markers enclosed.
    public static func matches(in highlighted: String) -> (scalars: [Unicode.Scalar], ranges: [Range<Int>]) {
        let open = MatchMarkers.open.unicodeScalars.first!, close = MatchMarkers.close.unicodeScalars.first!
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(highlighted.unicodeScalars.count)
        var ranges: [Range<Int>] = []
        var start: Int?
        for s in highlighted.unicodeScalars {
            if s == open {
                start = scalars.count
            } else if s == close {
                if let b = start, b < scalars.count { ranges.append(b..<scalars.count) }
                start = nil
            } else {
                scalars.append(s)
            }
        }
        return (scalars, ranges)
    }

    static func lines(scalars: [Unicode.Scalar], ranges: [Range<Int>], document: DocumentID, width: Int) -> [KWICLine] {
        ranges.compactMap { r in
            guard r.lowerBound >= 0, r.upperBound <= scalars.count, !r.isEmpty else { return nil }
            let reach = 2 * width + 8
            let left = flatten(scalars[max(0, r.lowerBound - reach)..<r.lowerBound])
            let right = flatten(scalars[r.upperBound..<min(scalars.count, r.upperBound + reach)])
            return KWICLine(document: document, start: r.lowerBound,
                            left: String(left.suffix(width)).trimmingLeadingSpace,
                            match: flatten(scalars[r]),
                            right: String(right.prefix(width)).trimmingTrailingSpace)
        }
    }

    /// The scalars as a string with every run of whitespace turned into one space.
    static func flatten(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for s in scalars {
            if s.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(s)
                lastWasSpace = false
            }
        }
        return String(out)
    }
}

extension String {
    var trimmingLeadingSpace: String { String(drop { $0 == " " }) }
    var trimmingTrailingSpace: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
