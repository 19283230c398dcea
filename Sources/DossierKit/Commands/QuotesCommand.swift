import ArgumentParser

/// `quotes [--by NAME|eN] [--doc dN] [--about WORDS] [--kind K]`: lists who said what.
public struct QuotesCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "List quotes: who said what, with the cue and the speaker.",
        discussion: """
            --by takes an entity (ID or name; quotes whose pronoun or description resolved to it \
            count), or the words of an unnamed speaker ("officials"). --about searches the quotes' \
            own words. Kinds: direct, indirect, mixed.

            Examples:
              quotes --by Tokayev
              quotes --by e7 --kind direct
              quotes --about border --doc d1
            """)
    public static let group = CommandGroup.explore
    public static let argumentCompletion = ArgumentCompletion.words(QuoteKind.allCases.map(\.rawValue))

    @Option(help: "Only quotes by this speaker: an entity ID or name, or a speaker's words.")
    var by: String?

    @Option(help: "Only quotes in this document, e.g. d2.")
    var doc: String?

    @Option(help: "Only quotes whose words contain these words.")
    var about: String?

    @Option(help: "Only this kind: direct, indirect or mixed.")
    var kind: String?

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let w = context.workspace
        var filter = QuoteFilter(about: about)
        if let by {
            if EntityID(by) != nil {
                filter.speaker = try WorkspaceReference.entity(by, in: w).id
            } else {
                do {
                    filter.speaker = try WorkspaceReference.entity(by, in: w).id
                } catch let error as CommandError where error.description.contains("ambiguous") {
                    throw error
                } catch {
                    filter.speakerText = by // an unnamed speaker: "officials"
                }
            }
        }
        if let doc { filter.document = try WorkspaceReference.document(doc, in: w).id }
        if let kind {
            guard let k = QuoteKind(rawValue: kind.lowercased()) else {
                throw CommandError("quotes: no kind '\(kind)' (kinds: direct, indirect, mixed)")
            }
            filter.kind = k
        }
        let shown = filter.apply(to: w)
        let table = Table(
            columns: Self.columns,
            rows: { let speakers = SpeakerIndex(w); return shown.map { Self.row($0, speakers: speakers) } }(),
            footer: Format.plural(shown.count, "quote"),
            emptyMessage: w.quotes.isEmpty ? "no quotes (load documents first: load FILE)" : "no quotes match")
        return .table(table, format: output.format)
    }

    static let columns: [Table.Column] = [.init("id"), .init("document", title: "DOC"), .init("speaker"), .init("entity"),
                                          .init("cue"), .init("kind"), .init("text")]

    static func row(_ q: Quote, speakers: SpeakerIndex) -> [Cell] {
        let entity = speakers.entity(of: q).map { "\($0.name) (\($0.id))" }
        return [.string(q.id.description), .string(q.document.description), Cell(q.facts.speaker?.span.text), Cell(entity),
                Cell(q.facts.cue?.text), .string(q.facts.kind.rawValue), .string(q.facts.text)]
    }
}
