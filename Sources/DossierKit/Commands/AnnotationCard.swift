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
        return CardOutput.render(fields, format: format)
    }
}
