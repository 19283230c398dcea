/// What `reload` changed in a document's annotations.
public struct ReloadSummary: Sendable, Equatable {
    public var document: DocumentID
    /// False when the file's content was the same as before (nothing was changed).
    public var changed: Bool
    /// Passages found again at a different position.
    public var moved: [AnnotationID] = []
    /// Annotations whose passage, entity or figure could not be found again (kept, marked orphaned).
    public var orphaned: [AnnotationID] = []
}

extension Workspace {
    /// Replaces a document's text with a newly read version, keeping its ID: mentions and figures
    /// are extracted again, curation is re-applied, and every passage annotated in it is found
    /// again by quote and context. Annotations that cannot be re-anchored are kept and marked
    /// orphaned. Returns nil when there is no such document.
    public mutating func reload(_ id: DocumentID, with draft: DocumentDraft, analysis: DocumentAnalysis,
                                loadedAt: String) -> ReloadSummary? {
        guard let i = documents.firstIndex(where: { $0.id == id }) else { return nil }
        var summary = ReloadSummary(document: id, changed: documents[i].sha256 != draft.sha256)
        guard summary.changed else { return summary }
        let userTitle = documents[i].userTitle
        documents[i] = draft.document(id: id, loadedAt: loadedAt)
        if let userTitle { retitle(id, to: userTitle) }

        let oldFigures = Dictionary(figures.filter { $0.document == id }.map { ($0.id, $0.facts.text) }) { a, _ in a }
        for j in entities.indices { entities[j].mentions.removeAll { $0.document == id } }
        attach(analysis.entities, to: id)
        let vanishedEntities = entities.filter { $0.mentions.isEmpty && $0.origin == .extracted }
        let vanished = Set(vanishedEntities.map(\.id))
        let vanishedNames = Dictionary(vanishedEntities.map { ($0.id, "\"\($0.name)\" (\($0.type.rawValue))") }) { a, _ in a }
        entities.removeAll { vanished.contains($0.id) }
        rebuildEntityIndex()
        let figureMap = replaceFigures(of: id, with: analysis.figures)
        replaceQuotes(of: id, with: analysis.quotes)
        if !curation.isEmpty { reapplyCuration(to: [id], found: analysis.entities) }

        let text = CodePointText(draft.text)
        let liveEntities = Set(entities.map(\.id))
        for k in annotations.indices {
            let a = annotations[k]
            switch a.target {
            case .span(let d, let start, _, _, _, _) where d == id:
                if let found = TextAnchor.reanchor(a.target, in: text) {
                    if case .span(_, let s, _, _, _, _) = found, s != start { summary.moved.append(a.id) }
                    annotations[k].target = found
                    annotations[k].orphaned = nil
                } else {
                    annotations[k].orphaned = true
                    summary.orphaned.append(a.id)
                }
            case .figure(let f):
                guard let mapped = figureMap[f] else { break }
                if let new = mapped {
                    annotations[k].target = .figure(new)
                    annotations[k].orphaned = nil
                    annotations[k].lostTarget = nil
                } else {
                    annotations[k].orphaned = true
                    annotations[k].lostTarget = "figure \(f) \"\(oldFigures[f] ?? "")\" in \(id)"
                    summary.orphaned.append(a.id)
                }
            case .entity(let e) where !liveEntities.contains(e) && a.orphaned != true:
                annotations[k].orphaned = true
                annotations[k].lostTarget = "entity \(e)" + (vanishedNames[e].map { " " + $0 } ?? "")
                summary.orphaned.append(a.id)
            case .entity(let e) where liveEntities.contains(e) && a.orphaned == true:
                annotations[k].orphaned = nil
                annotations[k].lostTarget = nil
            default: break
            }
        }
        return summary
    }

    /// Swaps a document's figures for newly extracted ones. A new figure with the same text as an
    /// old one keeps the old ID. Returns old ID → new ID (nil when it has no counterpart).
    private mutating func replaceFigures(of doc: DocumentID, with found: [FigureFacts]) -> [FigureID: FigureID?] {
        var old = figures.filter { $0.document == doc }
        figures.removeAll { $0.document == doc }
        var map: [FigureID: FigureID?] = Dictionary(uniqueKeysWithValues: old.map { ($0.id, nil) })
        for facts in found {
            let id: FigureID
            if let k = old.firstIndex(where: { $0.facts.text == facts.text }) {
                id = old.remove(at: k).id
                map[id] = id
            } else {
                id = counters.nextFigure()
            }
            figures.append(Figure(id: id, document: doc, facts: facts))
        }
        figures.sort { $0.id < $1.id }
        return map
    }
}
