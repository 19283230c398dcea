import ArgumentParser

/// `load FILE|DIR|GLOB…`: reads documents, runs extraction, adds them to the workspace.
public struct LoadCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load documents from files, directories or glob patterns.",
        discussion: """
            Reads plain text (\(DocumentReader.supportedExtensionList)); a directory loads every \
            supported file below it. Content already loaded (same SHA-256) is skipped. \
            Examples: load article.txt   load ~/articles   load 'notes/*.md'
            """)
    public static let group = CommandGroup.documents
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "Files, directories or glob patterns.")
    var paths: [String] = []

    /// Above this many documents, one summary line replaces the per-document lines.
    static let listLimit = 20

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !paths.isEmpty else { throw CommandError("load: name at least one file, directory or pattern") }
        let plan = LoadPlanner.plan(paths)
        context.errors += plan.errors.map(\.description)
        let reader = DocumentReader()
        let loadedAt = Timestamp.now()
        var lines: [String] = []
        var added: [DocumentID] = []
        var bytes = 0
        var loadedHashes = Set(context.workspace.documents.map(\.sha256))
        for file in plan.files {
            if context.interruption.isRequested {
                context.warnings.append("interrupted: \(plan.files.count - added.count) files not loaded")
                break
            }
            let draft: DocumentDraft
            do {
                draft = try reader.read(path: file)
            } catch {
                context.errors.append(error.description)
                continue
            }
            if loadedHashes.contains(draft.sha256), let existing = context.workspace.document(withSHA256: draft.sha256) {
                context.warnings.append(LoadError.duplicate(file, existing: existing.id).description)
                continue
            }
            loadedHashes.insert(draft.sha256)
            context.warnings += draft.warnings
            let analysis = context.analyzer.analyze(draft.text, documentDate: draft.date)
            let id = context.workspace.add(draft, analysis: analysis, loadedAt: loadedAt)
            added.append(id)
            bytes += draft.text.utf8.count
            if plan.files.count <= Self.listLimit { lines.append(Self.summary(of: id, in: context.workspace)) }
        }
        if !added.isEmpty { context.markChanged() }
        if plan.files.count > Self.listLimit {
            let w = context.workspace
            let words = added.reduce(0) { $0 + (w.document($1)?.words ?? 0) }
            lines.append("loaded \(added.count) documents (\(added.first!)–\(added.last!)), "
                + "\(Format.megabytes(bytes)), \(Format.count(words)) words")
        }
        return lines.isEmpty ? .none : .message(lines.joined(separator: "\n"))
    }

    /// `d1 'Title' — 412 words, 14 entities, 6 figures`
    static func summary(of id: DocumentID, in w: Workspace) -> String {
        guard let doc = w.document(id) else { return "\(id)" }
        return "\(id) '\(doc.title)' — \(Format.plural(doc.words, "word")), "
            + "\(Format.plural(w.entityCount(in: id), "entity", "entities")), "
            + "\(Format.plural(w.figureCount(in: id), "figure"))"
    }
}
