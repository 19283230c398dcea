import ArgumentParser

/// `figures [--kind K] [--about WORDS] [--doc dN] [--min X] [--max X] [--sort value|doc|position]`:
/// lists the figures found in loaded documents.
public struct FiguresCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "figures", abstract: "List figures: numbers, money, percentages, measures, ranges, dates.",
        discussion: """
            Examples: figures --kind money --min 1000000   figures --about Russians   figures --doc d2 --sort value
            --about matches what a figure counts, who said it, its text, or an entity by name.
            --min/--max compare the value (a range's low end, else its high end).
            """)
    public static let group = CommandGroup.explore
    public static let argumentCompletion = ArgumentCompletion.words(FigureKind.allCases.map(\.rawValue))

    @Option(help: "Only this kind: \(FigureKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @Option(help: "Only figures about these words or this entity.")
    var about: String?

    @Option(help: "Only figures in this document, e.g. d2.")
    var doc: String?

    @Option(help: "Only figures whose value is at least this.")
    var min: Double?

    @Option(help: "Only figures whose value is at most this.")
    var max: Double?

    @Option(help: "Order: position (default), doc, or value (largest first).")
    var sort: String?

    @Option(help: "Only figures tagged T.")
    var tag: String?

    @OptionGroup var output: FormatOption

    public init() {}

    /// `--kind` takes a figure kind, `--sort` an order.
    public static func completions(after words: [String]) -> [String]? {
        switch words.last {
        case "--kind": FigureKind.allCases.map(\.rawValue)
        case "--sort": ["position", "doc", "value"]
        default: nil
        }
    }

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let w = context.workspace
        var filter = FigureFilter(about: about, min: min, max: max)
        filter.tag = tag.map { Tag.normalize($0) ?? $0 }
        if let kind {
            guard let k = FigureKind(rawValue: kind.lowercased()) ?? (kind.lowercased() == "count" ? .number : nil) else {
                throw CommandError("figures: no kind '\(kind)' (kinds: \(FigureKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            filter.kind = k
        }
        if let doc { filter.document = try WorkspaceReference.document(doc, in: w).id }
        if let sort {
            guard let s = FigureFilter.Sort(rawValue: sort.lowercased()) else {
                throw CommandError("figures: cannot sort by '\(sort)' (use value, doc or position)")
            }
            filter.sort = s
        }
        let shown = filter.apply(to: w)
        let table = Table(
            columns: [.init("id"), .init("document", title: "DOC"), .init("text"), .init("kind"),
                      .init("value", alignRight: true), .init("low", alignRight: true), .init("high", alignRight: true),
                      .init("unit"), .init("qualifier"), .init("counts"), .init("source")],
            rows: shown.map(Self.row),
            footer: Format.plural(shown.count, "figure"),
            emptyMessage: w.figures.isEmpty ? "no figures (load documents first: load FILE)" : "no figures match")
        return .table(table, format: output.format)
    }

    /// One listing row; a date shows its ISO date as its value.
    static func row(_ f: Figure) -> [Cell] {
        let x = f.facts
        return [.string(f.id.description), .string(f.document.description), .string(x.text), .string(x.kind.rawValue),
                x.kind == .date ? Cell(x.date) : Cell(x.value), Cell(x.low), Cell(x.high), Cell(x.unit ?? x.currency),
                .string(x.qualifier.rawValue), Cell(x.counts), Cell(x.source)]
    }
}
