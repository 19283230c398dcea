/// Builds span targets with their W3C selectors (position + quote with prefix and suffix) and
/// finds them again in a changed text.
public enum TextAnchor {
    /// How many code points of context a span keeps on each side.
    public static let contextLength = 32

    /// A span target for `start..<end` of `text` (code points), with quote, prefix and suffix.
    public static func span(in text: CodePointText, document: DocumentID, start: Int, end: Int) -> AnnotationTarget {
        .span(document: document, start: start, end: end, quote: text.slice(start, end),
              prefix: text.slice(start - contextLength, start), suffix: text.slice(end, end + contextLength))
    }

    /// Finds a span again in `text`: at its old position if the quote is still there, otherwise
    /// the occurrence of the quote whose surroundings best match the stored prefix and suffix
    /// (ties go to the one nearest the old position). Nil when the quote no longer occurs.
    public static func reanchor(_ target: AnnotationTarget, in text: CodePointText) -> AnnotationTarget? {
        guard case let .span(doc, start, _, quote, prefix, suffix) = target else { return target }
        let length = quote.unicodeScalars.count
        let candidates = text.occurrences(of: quote)
        guard !candidates.isEmpty else { return nil }
        let prefixScalars = Array(prefix.unicodeScalars), suffixScalars = Array(suffix.unicodeScalars)
        func score(_ s: Int) -> Int {
            var before = 0
            while before < prefixScalars.count, s - before - 1 >= 0,
                  text.scalars[s - before - 1] == prefixScalars[prefixScalars.count - before - 1] { before += 1 }
            var after = 0
            while after < suffixScalars.count, s + length + after < text.count,
                  text.scalars[s + length + after] == suffixScalars[after] { after += 1 }
            return before + after
        }
        let best = candidates.max { a, b in
            let (sa, sb) = (score(a), score(b))
            return sa != sb ? sa < sb : abs(a - start) > abs(b - start)
        }!
        return span(in: text, document: doc, start: best, end: best + length)
    }

    /// One place a quote occurs, for listing an ambiguous quote.
    public struct Place: Sendable, Equatable {
        public var start: Int
        public var end: Int
        /// A short excerpt around the place, on one line.
        public var context: String
    }

    /// Every place `quote` occurs in `text`, with a little context.
    public static func places(of quote: String, in text: CodePointText) -> [Place] {
        let length = quote.unicodeScalars.count
        return text.occurrences(of: quote).map { s in
            let excerpt = "…" + text.slice(s - 20, s) + "[" + quote + "]" + text.slice(s + length, s + length + 20) + "…"
            return Place(start: s, end: s + length, context: Self.oneLine(excerpt))
        }
    }

    /// Newlines and tabs as spaces, for one-line displays.
    public static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
