import Foundation

/// Finds the figures a text states: numbers in digits and words, money, percentages, measures,
/// ranges, ordinals and dates, each normalized, with what it counts and who said it.
/// `documentDate` (`YYYY-MM-DD`) anchors relative dates and dates without a year.
public struct FigureExtractor: FigureExtracting {
    public init() {}

    /// Drops the binary noise of scaling ("8.2" × 1e9 = 8199999999.999999 → 8200000000) by
    /// rounding to 15 significant digits, what a Double holds exactly.
    static func tidy(_ x: Double?) -> Double? {
        guard let x, x.isFinite, x != x.rounded() || abs(x) > 1e15 else { return x }
        return Double(String(format: "%.15g", x)) ?? x
    }

    public func figures(in text: String, documentDate: String?) -> [FigureFacts] {
        let scanner = FigureScanner(text: text, documentDate: documentDate)
        let found = scanner.scan()
        guard !found.isEmpty else { return [] }
        let context = FigureContext(scalars: scanner.scalars, tokens: scanner.tokens)
        var sourceBySentence: [Int: String?] = [:]
        return found.map { q in
            let start = scanner.tokens[q.start].start, end = scanner.tokens[q.end - 1].end
            var s = ""
            s.unicodeScalars.append(contentsOf: scanner.scalars[start..<end])
            var facts = FigureFacts(start: start, end: end, text: s, kind: q.kind, value: Self.tidy(q.value),
                                    low: Self.tidy(q.low), high: Self.tidy(q.high), unit: q.unit, currency: q.currency,
                                    date: q.date, qualifier: q.qualifier)
            switch q.kind {
            case .number, .range:
                facts.counts = context.counts(after: q.end, skippingOf: true)
            case .percent:
                if scanner.isWord(q.end, "of") { facts.counts = context.counts(after: q.end, skippingOf: true) }
            default:
                break
            }
            if q.kind != .date {
                let key = context.sentenceStart[q.start]
                if let cached = sourceBySentence[key] {
                    facts.source = cached
                } else {
                    let found = context.source(inSentenceOf: q.start)
                    sourceBySentence[key] = found
                    facts.source = found
                }
            }
            return facts
        }
    }
}

