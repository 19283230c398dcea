/// The card `show dN` prints: metadata, counts and the annotations on the document.
enum DocumentCard {
    static func render(_ d: Document, in w: Workspace, format: OutputFormat?) -> CommandOutput {
        let fields: [(String, Cell)] = [
            ("id", .string(d.id.description)), ("title", .string(d.title)), ("source", .string(d.source)),
            ("format", .string(d.format)), ("date", Cell(d.date)), ("authors", d.authors.map(Cell.list) ?? .null),
            ("site", Cell(d.siteName)), ("url", Cell(d.url)), ("language", Cell(d.language)),
            ("words", .int(d.words)), ("entities", .int(w.entityCount(in: d.id))),
            ("figures", .int(w.figureCount(in: d.id))), ("sha256", .string(d.sha256)), ("loaded", .string(d.loadedAt)),
            ("annotations", .list(CardAnnotations.lines(for: .document(d.id), in: w))),
        ]
        return CardOutput.render(fields, format: format,
                                 json: ["annotations": CardAnnotations.objects(for: .document(d.id), in: w)])
    }
}

/// Renders a card: `key  value` lines for people; for programs one JSON object (in a one-element
/// array, as listings are) whose lists hold objects (`json` replaces those fields), or one CSV row.
enum CardOutput {
    static func render(_ fields: [(String, Cell)], format: OutputFormat?,
                       json: [String: JSONValue] = [:]) -> CommandOutput {
        let shown = fields.filter { $0.1 != .null && $0.1 != .list([]) }
        switch format ?? .table {
        case .table:
            return .table(Table(columns: shown.map { Table.Column($0.0) }, rows: [shown.map(\.1)], layout: .card),
                          format: .table)
        case .json:
            let object = JSONValue.object(fields.map { ($0.0, json[$0.0] ?? .cell($0.1)) })
            return .raw("[" + object.rendered + "]\n")
        case .csv:
            return .table(Table(columns: fields.map { Table.Column($0.0) }, rows: [fields.map(\.1)]), format: format)
        }
    }
}

/// The annotation lines a card shows for its target: `a3 note: compare with …`, `a4 tag: border`.
enum CardAnnotations {
    static func lines(for target: AnnotationTarget, in w: Workspace) -> [String] {
        w.annotations(matching: AnnotationFilter(target: target)).map { a in
            "\(a.id) \(a.kind.rawValue): " + (a.body.isEmpty ? "(no note)" : a.body.replacingAll("\n", with: " "))
        }
    }

    /// The same annotations as data: `{"id", "kind", "body", "target"}`.
    static func objects(for target: AnnotationTarget, in w: Workspace) -> JSONValue {
        .array(w.annotations(matching: AnnotationFilter(target: target)).map { a in
            .object([("id", .string(a.id.description)), ("kind", .string(a.kind.rawValue)),
                     ("body", .string(a.body)), ("target", .string(a.target.label))])
        })
    }
}
