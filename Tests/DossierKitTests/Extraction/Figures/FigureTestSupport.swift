@testable import DossierKit

/// One expected figure in a table-driven test: the surface text, kind and normalized value.
struct FigureCase: CustomStringConvertible, Sendable {
    var text: String
    var figure: String
    var kind: FigureKind
    var value: Double? = nil
    var low: Double? = nil
    var high: Double? = nil
    var unit: String? = nil
    var currency: String? = nil
    var date: String? = nil
    var qualifier: FigureQualifier = .exact
    var documentDate: String? = nil

    var description: String { "\(figure) in '\(text)'" }
}

enum FigureTestSupport {
    static func figures(_ text: String, date: String? = nil) -> [FigureFacts] {
        FigureExtractor().figures(in: text, documentDate: date)
    }

    /// The figure whose surface text is `surface`.
    static func figure(_ surface: String, in text: String, date: String? = nil) -> FigureFacts? {
        figures(text, date: date).first { $0.text == surface }
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
    }
}
