import Foundation

/// Figures seen from an entity: the ones it is said to have stated or that count it.
extension Workspace {
    /// Figures whose source (attribution) or counts (what is counted) names the entity by its
    /// name or an alias, as a whole word, case-insensitive. In document order, then by position.
    public func figures(about entity: Entity) -> [Figure] {
        let names = ([entity.name] + entity.aliases).map { $0.lowercased() }.filter { !$0.isEmpty }
        return figures.filter { f in
            let fields = [f.facts.counts, f.facts.source].compactMap { $0?.lowercased() }
            return fields.contains { field in names.contains { Self.containsWord($0, in: field) } }
        }
    }

    /// Figures whose counts, source or surface text contain `words` (case-insensitive), or that are
    /// about an entity with that name or alias.
    public func figures(about words: String) -> [Figure] {
        let key = words.lowercased().trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return figures }
        let entityFigures = visibleEntities
            .filter { e in e.name.lowercased() == key || e.aliases.contains { $0.lowercased() == key } }
            .flatMap { figures(about: $0) }.map(\.id)
        let ids = Set(entityFigures)
        // Every word of the query, plural or possessive "s" dropped, must start a word of the field:
        // "Russians" finds "Russian citizens".
        let stems = key.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Self.stem(String($0)) }
        return figures.filter { f in
            ids.contains(f.id) || [f.facts.counts, f.facts.source, f.facts.text].contains { field in
                guard let field = field?.lowercased() else { return false }
                let words = field.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                return !stems.isEmpty && stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
            }
        }
    }

    /// A word without a plural or possessive ending: "russians" → "russian", "ministry's" → "ministry".
    static func stem(_ word: String) -> String {
        var w = word
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
        if w.count > 3, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
        return w
    }

    /// `word` occurs in `text` with no letter or digit right before or after it.
    static func containsWord(_ word: String, in text: String) -> Bool {
        var search = text[...]
        while let r = search.range(of: word) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false), !(after?.isLetter ?? false || after?.isNumber ?? false) {
                return true
            }
            search = text[r.upperBound...]
        }
        return false
    }
}
