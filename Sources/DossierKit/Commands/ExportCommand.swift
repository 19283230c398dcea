import ArgumentParser

/// `export annotations FILE.jsonld` | `export report FILE.md`.
public struct ExportCommand: ShellCommand {
    /// What can be exported.
    public enum What: String, ExpressibleByArgument, CaseIterable, Sendable { case annotations, report }

    public static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export annotations as W3C Web Annotations (JSON-LD) or a Markdown report.",
        discussion: "Examples: export annotations notes.jsonld   export report report.md. Files are written atomically.")
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "annotations or report.") var what: What
    @Argument(help: "The file to write.") var file: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let path = LoadPlanner.expandTilde(file)
        let w = context.workspace
        switch what {
        case .annotations:
            let bytes = try WebAnnotationExport.encode(w, label: context.sessionName)
            try AtomicFile.write(bytes, to: path)
            return .status("exported \(Format.plural(w.annotations.count, "annotation")) to \(file)")
        case .report:
            let text = ResearchReport.markdown(w, title: "Research report: \(context.sessionName)",
                                               generated: Timestamp.now(), author: Author.current)
            try AtomicFile.write(Array(text.utf8), to: path)
            return .status("wrote report to \(file) (\(Format.plural(w.documents.count, "document")), "
                + "\(Format.plural(w.annotations.filter { $0.kind != .tag }.count, "note and highlight", "notes and highlights")))")
        }
    }
}
