/// The card `show qN` prints: the quote's facts, its speaker's entity, and the paragraph it
/// stands in with the quoted words marked «like this».
enum QuoteCard {
    static func render(_ q: Quote, in w: Workspace, format: OutputFormat?) -> CommandOutput {
        let x = q.facts
        let speaker = w.speakerEntity(of: q)
        let paragraph = w.document(q.document).flatMap { marked(x, in: $0.text) }
        let fields: [(String, Cell)] = [
            ("id", .string(q.id.description)), ("document", .string(q.document.description)),
            ("kind", .string(x.kind.rawValue)), ("text", .string(x.text)), ("cue", Cell(x.cue?.text)),
            ("speaker", Cell(x.speaker?.span.text)),
            ("entity", Cell(speaker.map { "\($0.name) (\($0.id), \($0.type.rawValue))" })),
            ("start", .int(x.start)), ("end", .int(x.end)),
            ("parts", .list(x.parts.map { "\($0.start)–\($0.end)" })),
            ("paragraph", Cell(paragraph)),
            ("annotations", .list(annotations(on: q, in: w))),
        ]
        return CardOutput.render(fields, format: format)
    }

    /// Notes, tags and highlights on passages overlapping the quote's words (`note qN` makes one).
    static func annotations(on q: Quote, in w: Workspace) -> [String] {
        w.annotations.filter { a in
            guard case let .span(d, start, end, _, _, _) = a.target else { return false }
            return d == q.document && start < q.facts.end && q.facts.start < end
        }.map { "\($0.id) \($0.kind.rawValue): " + ($0.body.isEmpty ? "(no note)" : $0.body.replacingAll("\n", with: " ")) }
    }

    /// The paragraph(s) holding the quote, each part between « and »; nil when offsets do not fit.
    static func marked(_ x: QuoteFacts, in text: String) -> String? {
        let s = Array(text.unicodeScalars)
        guard let first = x.parts.first, let last = x.parts.last, first.start >= 0, last.end <= s.count,
              x.parts.allSatisfy({ $0.start < $0.end }) else { return nil }
        var from = first.start
        while from > 0, s[from - 1] != "\n", first.start - from < 600 { from -= 1 }
        var to = last.end
        while to < s.count, s[to] != "\n", to - last.end < 600 { to += 1 }
        var out = ""
        var k = from
        for p in x.parts where p.start >= k {
            out.unicodeScalars.append(contentsOf: s[k..<p.start])
            out += "«"
            out.unicodeScalars.append(contentsOf: s[p.start..<p.end])
            out += "»"
            k = p.end
        }
        if k < to { out.unicodeScalars.append(contentsOf: s[k..<to]) }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
