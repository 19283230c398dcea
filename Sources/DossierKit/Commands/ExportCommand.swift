import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `export annotations FILE.jsonld` | `export report FILE.md` | `export html FILE.html` |
/// `export graph FILE.gexf|FILE.graphml` | `export quotes FILE.json|FILE.csv`.
public struct ExportCommand: ShellCommand {
    /// What can be exported.
    public enum What: String, ExpressibleByArgument, CaseIterable, Sendable { case annotations, report, html, graph, quotes }

    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotations (W3C JSON-LD), a Markdown or HTML report, the entity network (GEXF, GraphML), or quotes.",
        discussion: """
            report and html take --doc, --tag and --about to cover only some documents, and list the key \
            figures (those that say what they count) unless --all is given. html is one self-contained \
            page with charts, for a browser or print. graph links entities mentioned in one sentence \
            (--within paragraph for paragraphs), weighted by how often; .gexf (Gephi, with the documents' \
            dates for its timeline) or .graphml. quotes are written as CSV when the file name ends in .csv, \
            else as JSON.
            Examples: export annotations notes.jsonld   export report report.md --tag border   \
            export html report.html --about oil   export graph net.gexf --type PER,ORG --min-weight 2   \
            export quotes quotes.csv
            Files are written atomically; an existing file is replaced only with --force, and never \
            the open session's own file, a FIFO or a device.
            """)
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "annotations, report, html, graph or quotes.") var what: What
    @Argument(help: "The file to write.") var file: String
    @Option(help: "Only this document (repeatable; report, html, graph).") var doc: [String] = []
    @Option(help: "Only documents tagged T (repeatable; report, html, graph).") var tag: [String] = []
    @Option(help: "Only documents matching these words, a search query (report, html, graph).") var about: String?
    @Flag(help: "List every figure, not only the key ones (report, html).") var all = false
    @Option(help: "graph: only these entity types, e.g. PER,ORG.") var type: String?
    @Option(name: .customLong("min-weight"), help: "graph: only links seen together at least N times.") var minWeight: Int = 1
    @Option(help: "graph: sentence (default) or paragraph: where two entities count as together.") var within: String = "sentence"
    @Flag(name: .shortAndLong, help: "Replace an existing file.") var force = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let path = LoadPlanner.expandTilde(file)
        let scope = ExportScope(documents: doc, tags: tag, about: about.map { RawArguments.value(of: "--about", in: context.rawArguments) ?? $0 })
        if what == .annotations, !scope.isEmpty || all { throw CommandError("export annotations: --doc, --tag, --about and --all are for report, html and graph") }
        if what != .graph, type != nil || minWeight != 1 || within != "sentence" {
            throw CommandError("export \(what.rawValue): --type, --min-weight and --within are for export graph")
        }
        try Self.checkTarget(path, shownAs: file, force: force, sessionPath: context.sessionPath)
        let full = context.workspace
        let w = try scope.resolve(in: context).map { full.restricted(to: $0) } ?? full
        let title = "Research report: \(context.sessionName)"
        switch what {
        case .annotations:
            let bytes = try WebAnnotationExport.encode(w, label: context.sessionName)
            try AtomicFile.write(bytes, to: path)
            return .status("exported \(Format.plural(w.annotations.count, "annotation")) to \(file)")
        case .report:
            let text = ResearchReport.markdown(w, title: title, generated: Timestamp.now(), author: Author.current,
                                               scope: scope.summary, allFigures: all)
            try AtomicFile.write(Array(text.utf8), to: path)
            return .status("wrote report to \(file) (\(Format.plural(w.documents.count, "document")), "
                + "\(Format.plural(w.annotations.filter { $0.kind != .tag }.count, "note and highlight", "notes and highlights")))")
        case .html:
            let html = try HTMLReport.render(w, title: title, scope: scope.summary, generated: Timestamp.now(),
                                             author: Author.current, allFigures: all)
            try AtomicFile.write(Array(html.utf8), to: path)
            return .status("wrote HTML report to \(file) (\(Format.plural(w.documents.count, "document")), "
                + "\(Format.megabytes(html.utf8.count)))")
        case .graph:
            return try exportGraph(w, to: path, session: context.sessionName)
        case .quotes:
            let format: OutputFormat = path.lowercased().hasSuffix(".csv") ? .csv : .json
            let table = Table(columns: QuotesCommand.columns, rows: { let speakers = SpeakerIndex(w); return w.quotes.map { QuotesCommand.row($0, speakers: speakers) } }())
            try AtomicFile.write(Array(TableRenderer.render(table, as: format).utf8), to: path)
            return .status("exported \(Format.plural(w.quotes.count, "quote")) to \(file)")
        }
    }

    private func exportGraph(_ w: Workspace, to path: String, session: String) throws -> CommandOutput {
        let lower = file.lowercased()
        guard lower.hasSuffix(".gexf") || lower.hasSuffix(".graphml") else {
            throw CommandError("export graph: name the file .gexf (Gephi) or .graphml, not '\(file)'")
        }
        var types = Set<EntityType>()
        for word in (type ?? "").split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let t = EntityType(parsing: String(word)) else {
                throw CommandError("export graph: unknown type '\(word)' (use PER, ORG, LOC or MISC)")
            }
            types.insert(t)
        }
        guard minWeight >= 1 else { throw CommandError("export graph: --min-weight must be at least 1") }
        guard let unit = CooccurrenceGraph.Unit(rawValue: within.lowercased()) else {
            throw CommandError("export graph: --within takes sentence or paragraph, not '\(within)'")
        }
        let graph = CooccurrenceGraph(w, types: types, unit: unit, minWeight: minWeight)
        let text = lower.hasSuffix(".gexf")
            ? GEXFWriter.write(graph, title: "Dossier session \(session)", generated: Timestamp.now())
            : GraphMLWriter.write(graph)
        try AtomicFile.write(Array(text.utf8), to: path)
        return .status("wrote \(Format.plural(graph.nodes.count, "entity", "entities")) and "
            + "\(Format.plural(graph.edges.count, "link")) to \(file)")
    }

    /// Refuses to write over the open session, a FIFO, a device or a directory, and over any other
    /// existing file without `--force`.
    static func checkTarget(_ path: String, shownAs file: String, force: Bool, sessionPath: String?) throws {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw CommandError("export: \(file) is a directory") }
        guard type == S_IFREG else { throw CommandError("export: \(file) is not a regular file (a FIFO, device or socket); not written") }
        if let sessionPath {
            var own = stat()
            if stat(sessionPath, &own) == 0, own.st_dev == st.st_dev, own.st_ino == st.st_ino {
                throw CommandError("export: \(file) is the open session's file; choose another name")
            }
        }
        if !force { throw CommandError("export: \(file) already exists; add --force to replace it") }
    }
}
