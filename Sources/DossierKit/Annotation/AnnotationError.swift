/// Why an annotation command could not do what was asked; one line for the user.
public enum AnnotationError: Error, CustomStringConvertible, Equatable {
    /// The word is not a target (`d1`, `e3`, `f2`, `d1:10-42` or an entity name).
    case notATarget(String)
    /// The target names something that does not exist (message from the reference resolver).
    case missingTarget(String)
    /// A span's offsets are outside the document or reversed.
    case badSpan(String, reason: String)
    /// The quoted text does not occur in the document.
    case quoteNotFound(String, document: DocumentID)
    /// The quote occurs several times; `--nth N` picks one.
    case ambiguousQuote(String, document: DocumentID, places: [TextAnchor.Place])
    /// `--nth N` is beyond the number of places.
    case nthOutOfRange(Int, count: Int)
    /// No annotation with this ID.
    case noSuchAnnotation(String)
    /// A note or tag must have text.
    case emptyText(String)
    /// The tag is not on that target (`untag`).
    case tagNotFound(String, target: String)

    public var description: String {
        switch self {
        case .notATarget(let t):
            "'\(t)' is not a target (use a document d1, entity e3, figure f2 or span d1:START-END)"
        case .missingTarget(let m): m
        case let .badSpan(t, reason): "bad span '\(t)': \(reason)"
        case let .quoteNotFound(q, d): "quote not found in \(d): \"\(TextAnchor.oneLine(q))\""
        case let .ambiguousQuote(q, d, places):
            "\"\(TextAnchor.oneLine(q))\" occurs \(places.count) times in \(d); choose one with --nth N:\n"
                + places.enumerated().map { "  \($0.offset + 1). \(d):\($0.element.start)-\($0.element.end)  \($0.element.context)" }
                .joined(separator: "\n")
        case let .nthOutOfRange(n, count): "--nth \(n) is out of range: the quote occurs \(count) time\(count == 1 ? "" : "s")"
        case .noSuchAnnotation(let a): "no annotation \(a) (try: annotations)"
        case .emptyText(let what): "\(what): the text is empty"
        case let .tagNotFound(tag, target): "\(target) is not tagged '\(tag)'"
        }
    }
}
