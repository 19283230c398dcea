/// The human-readable output of `dossier extract FILE`: the document line, then its entities and
/// figures as tables.
public enum ExtractionReport {
    public static func render(draft: DocumentDraft, analysis: DocumentAnalysis) -> String {
        var out = "\(draft.source): '\(draft.title)' — \(Format.plural(WordCounter.count(draft.text), "word"))\n"
        var byEntity: [String: (type: EntityType, texts: [String])] = [:]
        var order: [String] = []
        for m in analysis.entities {
            if byEntity[m.canonical] == nil { order.append(m.canonical); byEntity[m.canonical] = (m.type, []) }
            byEntity[m.canonical]!.texts.append(m.text)
        }
        let entities = Table(
            columns: [.init("entity"), .init("type"), .init("mentions", alignRight: true), .init("as")],
            rows: order.map { name in
                let e = byEntity[name]!
                return [.string(name), .string(e.type.rawValue), .int(e.texts.count),
                        .list(Array(Set(e.texts)).sorted())]
            },
            emptyMessage: "no entities found")
        out += TableRenderer.render(entities, as: .table)
        let figures = Table(
            columns: [.init("text"), .init("kind"), .init("value", alignRight: true), .init("qualifier"), .init("counts")],
            rows: analysis.figures.map { f in
                [.string(f.text), .string(f.kind.rawValue), f.date.map(Cell.string) ?? f.time.map(Cell.string)
                    ?? (f.kind == .range ? .string(Self.range(f)) : f.kind == .score ? .string(Self.score(f)) : Cell(f.value)),
                 .string(f.qualifier.rawValue), Cell(f.counts)]
            },
            emptyMessage: "no figures found")
        out += TableRenderer.render(figures, as: .table)
        return out
    }

    /// "3-1" for a score figure.
    static func score(_ f: FigureFacts) -> String {
        (f.low.map { Cell.double($0).text } ?? "?") + "-" + (f.high.map { Cell.double($0).text } ?? "?")
    }

    /// "20–30", "≥ 30", "≤ 700" for a range figure.
    static func range(_ f: FigureFacts) -> String {
        switch (f.low, f.high) {
        case let (l?, h?): Cell.double(l).text + "–" + Cell.double(h).text
        case let (l?, nil): "≥ " + Cell.double(l).text
        case let (nil, h?): "≤ " + Cell.double(h).text
        default: ""
        }
    }
}
