import ArgumentParser

/// `reload dN [FILE]`: reads a document again from its source (or FILE), keeping its ID, and
/// re-anchors the passages annotated in it.
public struct ReloadCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reload", abstract: "Read documents again from their files; annotations are re-anchored.",
        discussion: """
            Entities and figures are extracted again and curation is re-applied. Each highlighted or \
            annotated passage is found again by its quote and surrounding text; one that cannot be \
            found is kept and marked orphaned (see: annotations --orphaned). \
            Examples: reload d1   reload d1 --from new/article.txt
            """)
    public static let group = CommandGroup.documents

    @Argument(help: "Documents, e.g. d1 d3.") var documents: [String] = []
    @Option(help: "Read the (single) document from this file instead of its source.") var from: String?

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !documents.isEmpty else { throw CommandError("reload: name the documents to reload, e.g. reload d1") }
        if from != nil, documents.count > 1 { throw CommandError("reload: --from takes one document") }
        let docs = try documents.map { try WorkspaceReference.document($0, in: context.workspace) }
        var lines: [String] = []
        let now = Timestamp.now()
        for doc in docs {
            let path = from ?? doc.source
            let draft: DocumentDraft
            // A document kept whole (`load --whole`, or not a web page) is read whole again.
            do { draft = try DocumentReader(keepWhole: doc.setAside == nil).read(path: path) } catch {
                context.errors.append("reload \(doc.id): \(error.description)")
                continue
            }
            let analysis = context.analyzer.analyze(draft.text, documentDate: draft.date)
            guard let s = context.workspace.reload(doc.id, with: draft, analysis: analysis, loadedAt: now) else { continue }
            guard s.changed else { lines.append("\(doc.id) unchanged (\(path))"); continue }
            context.markChanged()
            var line = "reloaded \(doc.id) from \(path)"
            if !s.moved.isEmpty { line += "; moved \(Format.plural(s.moved.count, "annotation"))" }
            if !s.orphaned.isEmpty {
                line += "; orphaned \(s.orphaned.map(\.description).joined(separator: " ")) (kept; see annotations --orphaned)"
            }
            lines.append(line)
        }
        return lines.isEmpty ? .none : .status(lines.joined(separator: "\n"))
    }
}
