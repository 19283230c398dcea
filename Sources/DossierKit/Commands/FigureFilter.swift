/// The filters and order of the `figures` listing, applied to a workspace.
public struct FigureFilter: Sendable, Equatable {
    /// How the listing is ordered.
    public enum Sort: String, Sendable, CaseIterable {
        /// Largest value first (ranges by their low end, else their high end; dates last).
        case value
        /// By document, then by position.
        case doc
        /// By position in the text, documents in ID order (the default).
        case position
    }

    public var kind: FigureKind?
    public var about: String?
    public var document: DocumentID?
    public var min: Double?
    public var max: Double?
    public var sort: Sort = .position
    /// Only figures tagged with this (normalized) tag.
    public var tag: String?

    public init(kind: FigureKind? = nil, about: String? = nil, document: DocumentID? = nil,
                min: Double? = nil, max: Double? = nil, sort: Sort = .position) {
        self.kind = kind
        self.about = about
        self.document = document
        self.min = min
        self.max = max
        self.sort = sort
    }

    /// The number `--min`/`--max` compare: the value, or a range's low end, or its high end.
    public static func magnitude(_ f: FigureFacts) -> Double? { f.value ?? f.low ?? f.high }

    /// The group a figure sorts in by value: money by its currency (unknown last), then everything else.
    static func currencyGroup(_ f: FigureFacts) -> String {
        guard f.kind == .money || f.currency != nil else { return "\u{10FFFF}" }
        return f.currency ?? "\u{10FFFE}"
    }

    /// The footer note of a listing sorted by value that holds money in more than one currency.
    public static func currencyNote(_ shown: [Figure], sort: Sort) -> String {
        guard sort == .value else { return "" }
        let currencies = Set(shown.compactMap { $0.facts.kind == .money ? $0.facts.currency ?? "?" : nil })
        guard currencies.count > 1 else { return "" }
        return " (money in \(currencies.count) currencies is sorted within each currency: no exchange rates are bundled to compare them)"
    }

    public func apply(to w: Workspace) -> [Figure] {
        var list = about.map { w.figures(about: $0) } ?? w.figures
        if let kind { list = list.filter { $0.facts.kind == kind } }
        if let tag {
            let tagged = w.figureIDs(taggedWith: tag)
            list = list.filter { tagged.contains($0.id) }
        }
        if let document { list = list.filter { $0.document == document } }
        if let min { list = list.filter { f in Self.magnitude(f.facts).map { $0 >= min } ?? false } }
        if let max { list = list.filter { f in Self.magnitude(f.facts).map { $0 <= max } ?? false } }
        switch sort {
        case .position, .doc:
            list.sort { ($0.document, $0.facts.start, $0.id) < ($1.document, $1.facts.start, $1.id) }
        case .value:
            // amounts in different currencies cannot be compared without exchange rates (none are bundled):
            // money is grouped by currency, largest first within each; other figures follow
            list.sort { a, b in
                let ca = Self.currencyGroup(a.facts), cb = Self.currencyGroup(b.facts)
                if ca != cb { return ca < cb }
                let x = Self.magnitude(a.facts) ?? -.infinity, y = Self.magnitude(b.facts) ?? -.infinity
                return x != y ? x > y : (a.document, a.facts.start) < (b.document, b.facts.start)
            }
        }
        return list
    }
}
