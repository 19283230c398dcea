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
            --chart draws bars for figures that compare (same kind and unit or currency), labelled with \
            their document and what they count; with --format json or csv it prints those figures instead.
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

    @Option(help: "Order: position (default), doc, or value (largest first; money within each currency).")
    var sort: String?

    @Option(help: "Only figures tagged T.")
    var tag: String?

    @Flag(help: "Draw bars of comparable figures (same kind and unit) instead of listing them.")
    var chart = false

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
        for (name, value) in [("--min", min), ("--max", max)] where value.map({ !$0.isFinite }) == true {
            throw CommandError("figures: \(name) must be a finite number, not \(value!)")
        }
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
        if chart {
            let data = FigureChart(shown)
            if context.chartFormat(output.format) != .table { return .table(data.table, format: output.format) }
            return .text(data.render(context.chartStyle), paged: true)
        }
        let table = Table(
            columns: [.init("id"), .init("document", title: "DOC"), .init("text"), .init("kind"),
                      .init("value", alignRight: true), .init("low", alignRight: true), .init("high", alignRight: true),
                      .init("unit"), .init("currency"), .init("qualifier"), .init("change"), .init("counts"), .init("source")],
            rows: shown.map(Self.row),
            footer: Format.plural(shown.count, "figure") + FigureFilter.currencyNote(shown, sort: filter.sort),
            emptyMessage: w.figures.isEmpty ? "no figures (load documents first: load FILE)" : "no figures match")
        return .table(table, format: output.format)
    }

    /// One listing row; a date shows its ISO date as its value, a clock time its `HH:MM`.
    static func row(_ f: Figure) -> [Cell] {
        let x = f.facts
        let value: Cell = x.kind == .date ? Cell(x.date) : x.kind == .time ? Cell(x.time) : Cell(x.value)
        return [.string(f.id.description), .string(f.document.description), .string(x.text), .string(x.kind.rawValue),
                value, Cell(x.low), Cell(x.high), Cell(x.unit ?? x.currency), Cell(x.currency),
                .string(x.qualifier.rawValue), Cell(changeText(x)), Cell(x.counts), Cell(x.source)]
    }

    /// "up", "down 5 → 3", "up to 7": the change a figure states.
    static func changeText(_ x: FigureFacts) -> String? {
        var parts: [String] = x.change.map { [$0.rawValue] } ?? []
        switch (x.from, x.to) {
        case let (f?, t?): parts.append(Cell.double(f).text + " → " + Cell.double(t).text)
        case let (f?, nil): parts.append("from " + Cell.double(f).text)
        case let (nil, t?): parts.append("to " + Cell.double(t).text)
        default: break
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
