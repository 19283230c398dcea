import Foundation

/// One run of `load`: consumes the batch's results in order, adds them to the workspace, keeps
/// the progress line, and writes the per-document or summary lines.
struct LoadRun {
    let items: [LoadItem]
    let showEach: Bool
    var lines: [String] = []
    var added: [DocumentID] = []
    var failed = 0
    var duplicates = 0
    /// The first few files skipped as duplicates, with the document they repeat (`b.txt (= d1)`).
    var skipped: [String] = []
    /// How many skipped files the warning names before saying "and N more".
    static let skippedNamed = 5

    init(items: [LoadItem], showEach: Bool) {
        self.items = items
        self.showEach = showEach
    }

    mutating func load(with loader: BatchLoader, into context: inout ShellContext) {
        let loadedAt = Timestamp.now()
        var progress = LoadProgress(total: items.count)
        let sink = context.progress
        // Content already in the workspace, by SHA-256 → ID (a dictionary: batches can be large).
        var known = Dictionary(context.workspace.documents.map { ($0.sha256, $0.id) }, uniquingKeysWith: { a, _ in a })
        let handed = loader.run(items, interruption: context.interruption) { i, result in
            progress.done += 1
            switch result {
            case .failure(let error):
                failed += 1
                context.errors.append(error.description)
            case .success(let loaded):
                progress.bytes += loaded.sourceBytes
                if let existing = known[loaded.draft.sha256] {
                    duplicates += 1
                    if skipped.count < LoadRun.skippedNamed { skipped.append("\(items[i].description) (= \(existing))") }
                    if showEach {
                        context.warnings.append(LoadError.duplicate(items[i].description, existing: existing).description)
                    }
                } else {
                    context.warnings += loaded.draft.warnings
                    let id = context.workspace.add(loaded.draft, analysis: loaded.analysis, loadedAt: loadedAt)
                    added.append(id)
                    known[loaded.draft.sha256] = id
                    if showEach { lines.append(LoadRun.summary(of: id, in: context.workspace)) }
                }
            }
            let now = LoadProgress.now()
            if sink.isEnabled, items.count > 1, progress.shouldDraw(now: now) { sink.update(progress.line(now: now)) }
            return true
        }
        if sink.isEnabled, items.count > 1 { sink.clear() }
        if !added.isEmpty { context.markChanged() }
        let interrupted = handed < items.count
        if !showEach, duplicates > 0 {
            let more = duplicates > skipped.count ? " and \(Format.count(duplicates - skipped.count)) more" : ""
            context.warnings.append("\(Format.plural(duplicates, "file")) skipped: same content as a document already loaded: "
                                    + skipped.joined(separator: ", ") + more)
        }
        if interrupted {
            context.warnings.append("interrupted: \(items.count - handed) of \(items.count) items not loaded")
        }
        if !showEach || interrupted {
            lines.append(summaryLine(progress: progress, interrupted: interrupted, workspace: context.workspace))
        }
    }

    /// `loaded 2225 documents (d1–d2225), 5.1 MB, 860,000 words in 1.2 s (1,850 documents/s); 3 failed`
    func summaryLine(progress: LoadProgress, interrupted: Bool, workspace w: Workspace) -> String {
        let words = added.reduce(0) { $0 + (w.document($1)?.words ?? 0) }
        let elapsed = max(LoadProgress.now() - progress.started, 0.001)
        var line = "loaded \(Format.plural(added.count, "document"))"
        if let first = added.first, let last = added.last { line += " (\(first)–\(last))" }
        line += ", \(Format.megabytes(progress.bytes)), \(Format.plural(words, "word")) in "
            + String(format: "%.1f s (%.0f documents/s)", elapsed, Double(added.count) / elapsed)
        if failed > 0 { line += "; \(failed) failed" }
        if duplicates > 0 { line += "; \(duplicates) already loaded" }
        if interrupted { line += "; interrupted" }
        return line
    }

    /// `d1 'Title' — 412 words, 14 entities, 6 figures`
    static func summary(of id: DocumentID, in w: Workspace) -> String {
        guard let doc = w.document(id) else { return "\(id)" }
        return "\(id) '\(doc.title)' — \(Format.plural(doc.words, "word")), "
            + "\(Format.plural(w.entityCount(in: id), "entity", "entities")), "
            + "\(Format.plural(w.figureCount(in: id), "figure"))" + setAsideNote(doc)
    }

    /// ` (18 lines of page furniture set aside)`, or nothing; the headline's line is not furniture.
    static func setAsideNote(_ doc: Document) -> String {
        guard let lines = doc.setAside else { return "" }
        let furniture = lines.count - (lines.contains(doc.title) ? 1 : 0)
        return furniture > 0 ? " (\(Format.plural(furniture, "line")) of page furniture set aside)" : ""
    }
}
