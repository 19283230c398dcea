/// Which figures a report lists: every one with `--all`; otherwise the key ones — figures that
/// say what they count (not bare dates or ordinals), annotated ones first, then those with a
/// stated source — up to a limit, so a report on hundreds of documents stays readable.
public enum ReportFigures {
    /// How many figures a report lists without `--all`.
    public static let defaultLimit = 40

    /// The figures to list, in document and position order, and how many were left out.
    public static func select(_ w: Workspace, all: Bool, limit: Int = defaultLimit) -> (shown: [Figure], omitted: Int) {
        if all { return (w.figures, 0) }
        var annotated = Set<FigureID>()
        for a in w.annotations { if case .figure(let f) = a.target { annotated.insert(f) } }
        let candidates = w.figures.enumerated().filter { _, f in
            annotated.contains(f.id) || (f.facts.counts != nil && f.facts.kind != .date && f.facts.kind != .ordinal)
        }
        let ranked = candidates.sorted { a, b in
            let ka = (annotated.contains(a.element.id) ? 0 : 1, a.element.facts.source == nil ? 1 : 0, a.offset)
            let kb = (annotated.contains(b.element.id) ? 0 : 1, b.element.facts.source == nil ? 1 : 0, b.offset)
            return ka < kb
        }
        let kept = ranked.prefix(max(0, limit)).sorted { $0.offset < $1.offset }.map(\.element)
        return (kept, w.figures.count - kept.count)
    }

    /// Groups figures by what they count (case-insensitive), biggest group first; figures that do
    /// not say land in "what they count is not stated".
    public static func grouped(_ figures: [Figure]) -> [(counts: String, figures: [Figure])] {
        var order: [String] = []
        var groups: [String: (String, [Figure])] = [:]
        for f in figures {
            let name = f.facts.counts.map { TextAnchor.oneLine($0) } ?? ""
            let key = name.lowercased()
            if groups[key] == nil { order.append(key); groups[key] = (name.isEmpty ? "what they count is not stated" : name, []) }
            groups[key]?.1.append(f)
        }
        return order.compactMap { groups[$0] }.enumerated()
            .sorted { ($1.element.1.count, $0.offset) < ($0.element.1.count, $1.offset) }
            .map { (counts: $0.element.0, figures: $0.element.1) }
    }
}
