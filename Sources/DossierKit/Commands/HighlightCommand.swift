import ArgumentParser

/// `highlight dN "exact quoted text" ["note"]`: marks a passage found by its exact text.
public struct HighlightCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "highlight", abstract: "Highlight a passage of a document by quoting it exactly.",
        discussion: """
            The quote must occur in the document exactly (case and punctuation included). When it occurs \
            more than once, the places are listed; choose one with --nth N. \
            Example: highlight d1 "more than 98,000 Russians" "compare with f3"
            """)
    public static let group = CommandGroup.annotate

    @Argument(help: "The document, e.g. d1.") var document: String
    @Argument(help: "The exact text to highlight.") var quote: String
    @Argument(help: "An optional note.") var note: String?
    @Option(help: "Which occurrence to highlight when the quote occurs several times (1 = first).") var nth: Int?

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let doc = try WorkspaceReference.document(document, in: context.workspace)
        guard !quote.isEmpty else { throw AnnotationError.emptyText("highlight") }
        let text = CodePointText(doc.text)
        let places = TextAnchor.places(of: quote, in: text)
        guard !places.isEmpty else { throw AnnotationError.quoteNotFound(quote, document: doc.id) }
        let place: TextAnchor.Place
        if let nth {
            guard nth >= 1, nth <= places.count else { throw AnnotationError.nthOutOfRange(nth, count: places.count) }
            place = places[nth - 1]
        } else {
            guard places.count == 1 else { throw AnnotationError.ambiguousQuote(quote, document: doc.id, places: places) }
            place = places[0]
        }
        let target = TextAnchor.span(in: text, document: doc.id, start: place.start, end: place.end)
        let a = context.workspace.annotate(.highlight, target, body: note ?? "", author: Author.current, at: Timestamp.now())
        context.markChanged()
        return .status("\(a.id) highlight \(target.label)  \(place.context)")
    }
}
