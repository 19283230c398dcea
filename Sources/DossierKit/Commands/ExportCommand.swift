import ArgumentParser

/// `export annotations FILE.jsonld` | `export report FILE.md` | `export quotes FILE.json|FILE.csv`.
public struct ExportCommand: ShellCommand {
    /// What can be exported.
    public enum What: String, ExpressibleByArgument, CaseIterable, Sendable { case annotations, report, quotes }

    public static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export annotations as W3C Web Annotations (JSON-LD), a Markdown report, or quotes.",
        discussion: """
            Examples: export annotations notes.jsonld   export report report.md   export quotes quotes.csv
            Quotes are written as CSV when the file name ends in .csv, else as JSON. Files are written atomically.
            """)
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "annotations, report or quotes.") var what: What
    @Argument(help: "The file to write.") var file: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let path = LoadPlanner.expandTilde(file)
        let w = context.workspace
        switch what {
        case .annotations:
            let bytes = try WebAnnotationExport.encode(w, label: context.sessionName)
            try AtomicFile.write(bytes, to: path)
            return .message("exported \(Format.plural(w.annotations.count, "annotation")) to \(file)")
        case .report:
            let text = ResearchReport.markdown(w, title: "Research report: \(context.sessionName)",
                                               generated: Timestamp.now(), author: Author.current)
            try AtomicFile.write(Array(text.utf8), to: path)
            return .message("wrote report to \(file) (\(Format.plural(w.documents.count, "document")), "
                + "\(Format.plural(w.annotations.filter { $0.kind != .tag }.count, "note and highlight", "notes and highlights")))")
        case .quotes:
            let format: OutputFormat = path.lowercased().hasSuffix(".csv") ? .csv : .json
            let table = Table(columns: QuotesCommand.columns, rows: w.quotes.map { QuotesCommand.row($0, in: w) })
            try AtomicFile.write(Array(TableRenderer.render(table, as: format).utf8), to: path)
            return .message("exported \(Format.plural(w.quotes.count, "quote")) to \(file)")
        }
    }
}
