/// One dated thing: a document's publication date or a date figure found in a text.
public struct TimelineEntry: Sendable, Equatable {
    /// ISO date (`2005-03-14`), or `--03-14` when the year is unknown.
    public var date: String
    /// `d12` for a document, `f31` for a figure.
    public var id: String
    public var document: DocumentID
    /// The document's title, or the figure's text with its sentence.
    public var text: String
}

/// Puts dated documents and dated figures in date order (dates without a year last).
public enum Timeline {
    /// Everything dated in `documents` (all when nil); figures only where `keepFigure` says so.
    public static func entries(in w: Workspace, documents: Set<DocumentID>?,
                               keepFigure: (Figure, SentenceContext) -> Bool = { _, _ in true }) -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        for d in w.documents where documents?.contains(d.id) ?? true {
            if let date = d.date { out.append(TimelineEntry(date: date, id: d.id.description, document: d.id, text: d.title)) }
        }
        var contexts: [DocumentID: SentenceContext] = [:]
        let texts = Dictionary(w.documents.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        for f in w.figures where documents?.contains(f.document) ?? true {
            guard let date = f.facts.date, let text = texts[f.document] else { continue }
            let context = contexts[f.document] ?? SentenceContext(text)
            contexts[f.document] = context
            guard keepFigure(f, context) else { continue }
            let sentence = context.sentence(around: f.facts.start)
            out.append(TimelineEntry(date: date, id: f.id.description, document: f.document,
                                     text: sentence.isEmpty ? f.facts.text : sentence))
        }
        // weeks, months, years and decades sort by the day they start ("2019-W46" before "2019-12-15")
        let keyed = out.map { (CivilDate.sortKey($0.date), $0) }
        return keyed.sorted { x, y in
            let (ka, a) = x, (kb, b) = y
            return (a.date.hasPrefix("--") ? 1 : 0, ka, a.date, a.document.number, a.id) < (b.date.hasPrefix("--") ? 1 : 0, kb, b.date, b.document.number, b.id)
        }.map(\.1)
    }
}

/// A text with its sentence boundaries, to find the sentence around an offset.
public struct SentenceContext: Sendable {
    public let scalars: [Unicode.Scalar]
    public let bounds: SentenceBoundaries

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        bounds = SentenceBoundaries(text)
    }

    /// The sentence holding code-point `offset`, whitespace flattened.
    public func sentence(around offset: Int) -> String {
        guard offset >= 0, offset < scalars.count else { return "" }
        let r = bounds.range(of: bounds.sentence(containing: offset), length: scalars.count)
        return KeywordInContext.flatten(scalars[r]).trimmingWhitespace()
    }

    /// Whether `a` and `b` lie in the same sentence.
    public func sameSentence(_ a: Int, _ b: Int) -> Bool {
        bounds.sentence(containing: a) == bounds.sentence(containing: b)
    }
}
