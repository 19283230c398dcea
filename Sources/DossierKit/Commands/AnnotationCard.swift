/// The card `show aN` prints: kind, target, text, the quoted passage with its context, and who/when.
enum AnnotationCard {
    static func render(_ a: Annotation, format: OutputFormat?) -> CommandOutput {
        var context: String?
        if case let .span(_, _, _, quote, prefix, suffix) = a.target {
            context = TextAnchor.oneLine("…" + prefix + "[" + quote + "]" + suffix + "…")
        }
        let fields: [(String, Cell)] = [
            ("id", .string(a.id.description)), ("kind", .string(a.kind.rawValue)), ("target", .string(a.target.label)),
            ("text", a.body.isEmpty ? .null : .string(a.body)), ("quote", Cell(a.target.quote)), ("context", Cell(context)),
            ("author", .string(a.author)), ("created", .string(a.created)), ("modified", .string(a.modified)),
            ("orphaned", a.orphaned == true ? .bool(true) : .null), ("was on", Cell(a.lostTarget)),
        ]
        return CardOutput.render(fields, format: format, json: ["target": Self.target(a.target)])
    }

    /// The target as data: `{"document": "d1"}`, `{"entity": "e3"}`, `{"figure": "f2"}`, or a
    /// passage `{"document", "start", "end", "quote"}` (code points, end exclusive).
    static func target(_ t: AnnotationTarget) -> JSONValue {
        switch t {
        case .document(let d): .object([("document", .string(d.description))])
        case .entity(let e): .object([("entity", .string(e.description))])
        case .figure(let f): .object([("figure", .string(f.description))])
        case let .span(document, start, end, quote, _, _):
            .object([("document", .string(document.description)), ("start", .int(start)), ("end", .int(end)),
                     ("quote", .string(quote))])
        }
    }
}
