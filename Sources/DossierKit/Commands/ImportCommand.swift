import ArgumentParser

/// `import annotations FILE.jsonld`: reads W3C Web Annotations into the session.
public struct ImportCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import W3C Web Annotations (JSON-LD): import annotations FILE.jsonld.",
        discussion: "Targets must be loaded documents (matched by content hash), entities or figures. If any record is malformed, nothing is imported and the first bad record is named.")
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "annotations") var what: String
    @Argument(help: "The .jsonld file to read.") var file: String

    /// The largest annotation file read: 100 MB.
    static let maximumBytes = 100_000_000

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard what == "annotations" else { throw CommandError("import: can import only annotations (import annotations FILE.jsonld)") }
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(LoadPlanner.expandTilde(file), limit: Self.maximumBytes, raise: "split the file") } catch {
            throw CommandError("import: \(error)")
        }
        let decoded = try WebAnnotationImport.decode(bytes, path: file, into: context.workspace)
        let list = context.workspace.newAnnotations(in: decoded)
        let ids = context.workspace.append(importing: list)
        if !ids.isEmpty { context.markChanged() }
        let orphaned = list.filter { $0.orphaned == true }.count
        return .status("imported \(Format.plural(ids.count, "annotation"))"
            + (ids.isEmpty ? "" : " (\(ids.first!)–\(ids.last!))")
            + (decoded.count > list.count ? "; skipped \(decoded.count - list.count) already present" : "")
            + (orphaned > 0 ? "; \(orphaned) passage(s) not found, marked orphaned" : ""))
    }
}
