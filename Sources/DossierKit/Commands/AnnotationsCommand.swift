import ArgumentParser

/// `annotations [--tag T] [--target X] [--kind K]`: lists notes, tags and highlights.
public struct AnnotationsCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "annotations", abstract: "List notes, tags and highlights.",
        discussion: "Filters combine: annotations --kind note --target d1 (a document also matches passages in it). --tag T lists the tag T and every annotation on a target tagged T.",
        aliases: ["notes"])
    public static let group = CommandGroup.annotate

    @Option(help: "Only annotations on targets tagged T (and those tags).") var tag: String?
    @Option(help: "Only annotations on this target: d1, e3, f2 or d1:START-END.") var target: String?
    @Option(help: "note, tag or highlight.") var kind: Annotation.Kind?
    @Flag(help: "Only annotations that could not be found again after a reload.") var orphaned = false
    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let w = context.workspace
        let filter = AnnotationFilter(tag: tag.map { Tag.normalize($0) ?? $0 },
                                      target: try target.map { try TargetReference.resolve($0, in: w) },
                                      kind: kind, orphanedOnly: orphaned)
        let list = w.annotations(matching: filter)
        var table = AnnotationTable.make(list)
        if filter != AnnotationFilter(), !w.annotations.isEmpty { table.emptyMessage = "no annotations match" }
        return .table(table, format: output.format)
    }
}

extension Annotation.Kind: ExpressibleByArgument {}

/// The rows of `annotations`: every field, so `--format json` is complete.
public enum AnnotationTable {
    public static func make(_ list: [Annotation]) -> Table {
        let rows: [[Cell]] = list.map { a in
            [.string(a.id.description), .string(a.kind.rawValue), .string(a.target.label), .string(a.body),
             Cell(a.target.quote), .string(a.author), .string(a.created), .string(a.modified),
             .bool(a.orphaned ?? false)]
        }
        return Table(
            columns: [.init("id"), .init("kind"), .init("target"), .init("text"), .init("quote"),
                      .init("author"), .init("created"), .init("modified"), .init("orphaned")],
            rows: rows, footer: Format.plural(rows.count, "annotation"),
            emptyMessage: "no annotations (try: note d1 \"…\", tag d1 TAG, highlight d1 \"…\")")
    }
}
