/// The card `show fN` prints: the figure's facts, and the sentence it stands in with the figure
/// marked «like this».
enum FigureCard {
    static func render(_ f: Figure, in w: Workspace, format: OutputFormat?) -> CommandOutput {
        let x = f.facts
        let sentence: String? = w.document(f.document).flatMap { marked(x, in: $0.text) }
        let fields: [(String, Cell)] = [
            ("id", .string(f.id.description)), ("document", .string(f.document.description)),
            ("text", .string(x.text)), ("kind", .string(x.kind.rawValue)), ("value", Cell(x.value)),
            ("low", Cell(x.low)), ("high", Cell(x.high)), ("unit", Cell(x.unit)), ("currency", Cell(x.currency)),
            ("date", Cell(x.date)), ("time", Cell(x.time)), ("qualifier", .string(x.qualifier.rawValue)),
            ("change", Cell(FiguresCommand.changeText(x))), ("counts", Cell(x.counts)),
            ("source", Cell(x.source)), ("start", .int(x.start)), ("end", .int(x.end)), ("sentence", Cell(sentence)),
            ("annotations", .list(CardAnnotations.lines(for: .figure(f.id), in: w))),
        ]
        return CardOutput.render(fields, format: format,
                                 json: ["annotations": CardAnnotations.objects(for: .figure(f.id), in: w)])
    }

    /// The sentence around `start..<end` (code points) with the span between « and »; nil when the
    /// offsets do not fit the text.
    static func marked(_ x: FigureFacts, in text: String) -> String? {
        let s = Array(text.unicodeScalars)
        guard x.start >= 0, x.start < x.end, x.end <= s.count else { return nil }
        var from = x.start
        while from > 0, !endsSentence(s, at: from - 1), x.start - from < 400 { from -= 1 }
        var to = x.end
        while to < s.count, !(to > x.end && endsSentence(s, at: to - 1)), to - x.end < 400 { to += 1 }
        var out = ""
        out.unicodeScalars.append(contentsOf: s[from..<x.start])
        out += "«"
        out.unicodeScalars.append(contentsOf: s[x.start..<x.end])
        out += "»"
        out.unicodeScalars.append(contentsOf: s[x.end..<to])
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A sentence ends at a newline, or at . ! ? followed by a space (so "Sept. 21" may split; the
    /// card only shows context).
    private static func endsSentence(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        if s[i] == "\n" { return true }
        guard s[i] == "." || s[i] == "!" || s[i] == "?", i + 1 < s.count else { return false }
        guard s[i + 1] == " " || s[i + 1] == "\n" else { return false }
        // not after an abbreviation like "Sept." or "Mr." followed by a lower-case word or digit
        if i + 2 < s.count, !s[i + 2].properties.isUppercase, s[i + 2] != "\"", s[i + 2] != "“" { return false }
        return true
    }
}
