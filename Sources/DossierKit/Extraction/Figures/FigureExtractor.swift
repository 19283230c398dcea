import Foundation

/// Finds the figures a text states: numbers in digits and words, money, percentages, measures,
/// ranges, ordinals and dates, each normalized, with what it counts and who said it.
/// `documentDate` (`YYYY-MM-DD`) anchors relative dates and dates without a year.
public struct FigureExtractor: FigureExtracting {
    public init() {}

    /// Drops the binary noise of scaling ("8.2" × 1e9 = 8199999999.999999 → 8200000000) by
    /// rounding to 15 significant digits, what a Double holds exactly.
    /// A value that overflows (infinite or NaN) is no value.
    static func tidy(_ x: Double?) -> Double? {
        guard let x, x.isFinite else { return nil }
        guard x != x.rounded() || abs(x) > 1e15 else { return x }
        return Double(String(format: "%.15g", x)) ?? x
    }

    public func figures(in text: String, documentDate: String?) -> [FigureFacts] {
        let scanner = FigureScanner(text: text, documentDate: documentDate)
        let found = scanner.scan()
        guard !found.isEmpty else { return [] }
        let context = FigureContext(scalars: scanner.scalars, tokens: scanner.tokens)
        var sourceBySentence: [Int: String?] = [:]
        var out: [FigureFacts] = found.map { q in
            let start = scanner.tokens[q.start].start, end = scanner.tokens[q.end - 1].end
            var s = ""
            s.unicodeScalars.append(contentsOf: scanner.scalars[start..<end])
            var facts = FigureFacts(start: start, end: end, text: s, kind: q.kind, value: Self.tidy(q.value),
                                    low: Self.tidy(q.low), high: Self.tidy(q.high), unit: q.unit, currency: q.currency,
                                    date: q.date, qualifier: q.qualifier)
            facts.time = q.time
            switch q.kind {
            case .number, .range:
                facts.counts = context.counts(after: q.end, skippingOf: true)
                    ?? (q.unit == nil ? context.subjectMeasured(before: q.start, from: context.sentenceStart[q.start]) : nil)
            case .money, .percent, .measure, .duration:
                facts.counts = context.counted(start: q.start, end: q.end, kind: q.kind)
            case .date, .time, .ordinal, .score:
                break
            }
            if [.number, .money, .percent, .measure].contains(q.kind), let c = context.change(start: q.start, end: q.end) {
                facts.change = c.change
                if c.isLevel { facts.to = facts.value }
                if c.isFrom { facts.from = facts.value }
            }
            if ![.date, .time, .score].contains(q.kind) {
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
        Self.linkPairs(&out, found: found, scanner: scanner, context: context)
        return out
    }

    /// "from 5% to 7%": both figures carry from/to (and the direction, unless a verb gave one); a figure in
    /// brackets right after another ("£60bn ($110bn)") counts what that one counts.
    static func linkPairs(_ out: inout [FigureFacts], found: [Quantity], scanner: FigureScanner, context: FigureContext) {
        guard found.count > 1 else { return }
        for j in 1..<found.count {
            let a = found[j - 1], b = found[j]
            // "£9m ($17m)", "372 riyals ($99; £53)": a conversion counts what the amount before it counts
            let converted = b.start == a.end + 1 && scanner.isSymbol(a.end, "(")
                || b.start == a.end + 1 && (scanner.isSymbol(a.end, ";") || scanner.isSymbol(a.end, ",")) && a.start > 0 && scanner.isSymbol(a.start - 1, "(")
                || b.start == a.end + 2 && scanner.isSymbol(a.end, ")") && (scanner.isSymbol(a.end + 1, ";") || scanner.isSymbol(a.end + 1, "("))
            if converted, a.kind == b.kind, out[j].counts == nil || out[j - 1].counts != nil {
                out[j].counts = out[j - 1].counts
                out[j].change = out[j].change ?? out[j - 1].change
            }
            // "cuts of 9.6% at Agriculture and 5.6% at the EPA": a figure joined to one of its kind shares what it counts
            if out[j].counts == nil, a.kind == b.kind, b.start > 0, scanner.isWord(b.start - 1, "and") || scanner.isWord(b.start - 1, "or"),
               b.start - a.end <= 6, context.sentenceStart[a.start] == context.sentenceStart[b.start] {
                out[j].counts = out[j - 1].counts
            }
            guard b.start == a.end + 1, scanner.isWord(a.end, "to"), a.start > 0, scanner.isWord(a.start - 1, "from"),
                  a.kind == b.kind || a.kind == .number, let x = out[j - 1].value, let y = out[j].value else { continue }
            for i in [j - 1, j] {
                out[i].from = x
                out[i].to = y
                if out[i].change == nil || i == j { out[i].change = x < y ? .up : x > y ? .down : out[i].change }
            }
            if out[j - 1].counts == nil { out[j - 1].counts = out[j].counts }
            if out[j].counts == nil { out[j].counts = out[j - 1].counts }
        }
    }
}

