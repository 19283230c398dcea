/// Parses the TARGET word of annotation commands: `d1`, `e3` (or an entity name), `f2`, a span
/// `d1:START-END` in code points, end exclusive, or a quote `q4` (its words, as a span).
public enum TargetReference {
    public static func resolve(_ text: String, in w: Workspace) throws(AnnotationError) -> AnnotationTarget {
        let word = text.trimmingWhitespace()
        if let colon = word.firstIndex(of: ":"), DocumentID(word[..<colon]) != nil {
            return try span(word, colon: colon, in: w)
        }
        do {
            if DocumentID(word) != nil { return .document(try WorkspaceReference.document(word, in: w).id) }
            if let id = FigureID(word) {
                guard w.figure(id) != nil else {
                    throw CommandError("no figure \(id)" + WorkspaceReference.range(w.figures.map(\.id)))
                }
                return .figure(id)
            }
            if let id = QuoteID(word) {
                // a note on a quote is a note on its words: a passage, re-anchored like any other
                guard let q = w.quote(id), let doc = w.document(q.document) else {
                    throw CommandError("no quote \(id)" + WorkspaceReference.range(w.quotes.map(\.id)))
                }
                return TextAnchor.span(in: CodePointText(doc.text), document: doc.id, start: q.facts.start, end: q.facts.end)
            }
            if AnnotationID(word) != nil { throw AnnotationError.notATarget(word) }
            guard !word.isEmpty else { throw AnnotationError.notATarget(text) }
            return .entity(try WorkspaceReference.entity(word, in: w).id)
        } catch let e as AnnotationError {
            throw e
        } catch {
            throw .missingTarget("\(error)")
        }
    }

    private static func span(_ word: String, colon: String.Index, in w: Workspace) throws(AnnotationError) -> AnnotationTarget {
        let doc: Document
        do { doc = try WorkspaceReference.document(String(word[..<colon]), in: w) } catch { throw .missingTarget("\(error)") }
        let range = word[word.index(after: colon)...].split(separator: "-", omittingEmptySubsequences: false)
        guard range.count == 2, let start = Int(range[0]), let end = Int(range[1]) else {
            throw .badSpan(word, reason: "expected dN:START-END, e.g. d1:10-42")
        }
        let text = CodePointText(doc.text)
        guard start >= 0, start < end, end <= text.count else {
            throw .badSpan(word, reason: "\(doc.id) has \(text.count) code points; need 0 ≤ START < END ≤ \(text.count)")
        }
        return TextAnchor.span(in: text, document: doc.id, start: start, end: end)
    }
}

extension AnnotationTarget {
    /// How the target is written in listings and accepted as input: `d1`, `e3`, `f2`, `d1:10-42`.
    public var label: String {
        switch self {
        case .document(let d): d.description
        case .entity(let e): e.description
        case .figure(let f): f.description
        case let .span(d, start, end, _, _, _): "\(d):\(start)-\(end)"
        }
    }

    /// The document the target lies in, for documents and spans.
    public var document: DocumentID? {
        switch self {
        case .document(let d), .span(let d, _, _, _, _, _): d
        case .entity, .figure: nil
        }
    }

    /// The quoted passage of a span target.
    public var quote: String? {
        if case let .span(_, _, _, q, _, _) = self { return q }
        return nil
    }
}
