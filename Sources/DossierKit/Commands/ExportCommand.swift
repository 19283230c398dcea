import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `export annotations FILE.jsonld` | `export report FILE.md`.
public struct ExportCommand: ShellCommand {
    /// What can be exported.
    public enum What: String, ExpressibleByArgument, CaseIterable, Sendable { case annotations, report }

    public static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export annotations as W3C Web Annotations (JSON-LD) or a Markdown report.",
        discussion: """
            Examples: export annotations notes.jsonld   export report report.md. Files are written \
            atomically; an existing file is replaced only with --force, and never the open session's \
            own file, a FIFO or a device.
            """)
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "annotations or report.") var what: What
    @Argument(help: "The file to write.") var file: String
    @Flag(name: .shortAndLong, help: "Replace an existing file.") var force = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let path = LoadPlanner.expandTilde(file)
        try Self.checkTarget(path, shownAs: file, force: force, sessionPath: context.sessionPath)
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
        }
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
