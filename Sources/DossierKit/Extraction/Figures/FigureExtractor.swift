/// Finds the figures a text states: numbers in digits and words, money, percentages, measures,
/// ranges, ordinals and dates, each normalized, with what it counts and who said it.
/// `documentDate` (`YYYY-MM-DD`) anchors relative dates and dates without a year.
public struct FigureExtractor: FigureExtracting {
    public init() {}

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
            var facts = FigureFacts(start: start, end: end, text: s, kind: q.kind, value: q.value, low: q.low,
                                    high: q.high, unit: q.unit, currency: q.currency, date: q.date, qualifier: q.qualifier)
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
