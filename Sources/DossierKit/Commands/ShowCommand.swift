import ArgumentParser

/// `show dN|eN|fN|aN|NAME`: a card describing one thing in the workspace.
public struct ShowCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a document, entity, figure, quote or annotation card.",
        discussion: "A name several entities go by shows the one with most mentions and lists the others. Examples: show d1   show e3   show Tokayev   show f2   show q4")
    public static let group = CommandGroup.explore

    @Argument(help: "An ID (d1, e3, f2, q4, a1) or an entity name.")
    var target: [String] = []

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let text = target.joined(separator: " ")
        guard !text.isEmpty else { throw CommandError("show: name a document, entity, figure or annotation (e.g. show d1)") }
        let w = context.workspace
        if let id = DocumentID(text) {
            guard let doc = w.document(id) else { throw CommandError("no document \(id)" + WorkspaceReference.range(w.documents.map(\.id))) }
            return DocumentCard.render(doc, in: w, format: output.format)
        }
        if let id = FigureID(text) {
            guard let figure = w.figure(id) else { throw CommandError("no figure \(id)" + WorkspaceReference.range(w.figures.map(\.id))) }
            return FigureCard.render(figure, in: w, format: output.format)
        }
        if let id = QuoteID(text) {
            guard let quote = w.quote(id) else { throw CommandError("no quote \(id)" + WorkspaceReference.range(w.quotes.map(\.id))) }
            return QuoteCard.render(quote, in: w, format: output.format)
        }
        if let id = AnnotationID(text) {
            guard let a = w.annotation(id) else { throw AnnotationError.noSuchAnnotation(id.description) }
            return AnnotationCard.render(a, format: output.format)
        }
        // A name several entities go by shows the most mentioned one and lists the others.
        let found = try WorkspaceReference.candidates(text, in: w).flatMap { $0 }
            .sorted { ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id) }
        return EntityCard.render(found[0], in: w, format: output.format, unicode: context.unicodeCharts,
                                 others: Array(found.dropFirst().prefix(8)))
    }
}
