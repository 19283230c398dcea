/// Where an annotation points, flattened for a table row: the target's ID and kind, and the
/// document it lies in when there is one (a figure's document; none for an entity).
struct AnnotationPlace: Equatable {
    var target: String
    var type: String
    var document: DocumentID?
    var start: Int?
    var end: Int?
    var quote: String?

    init(_ target: AnnotationTarget, in w: Workspace) {
        self.init(target, figureDocument: { w.figure($0)?.document })
    }

    init(_ target: AnnotationTarget, figureDocument: (FigureID) -> DocumentID?) {
        switch target {
        case .document(let d):
            self.target = d.description
            type = "document"
            document = d
        case .entity(let e):
            self.target = e.description
            type = "entity"
        case .figure(let f):
            self.target = f.description
            type = "figure"
            document = figureDocument(f)
        case let .span(d, start, end, quote, _, _):
            self.target = d.description
            type = "span"
            document = d
            self.start = start
            self.end = end
            self.quote = quote
        }
    }
}
