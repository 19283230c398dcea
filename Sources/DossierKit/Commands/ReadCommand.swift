import ArgumentParser

/// `read d1 [FROM[-TO]]`: shows a document's text with line numbers (or the page furniture set
/// aside when it was loaded, or the text as JSON).
public struct ReadCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Show a document's text with line numbers (paged and word-wrapped on a terminal).",
        discussion: "--set-aside shows the lines of page furniture set aside when a copied web page was loaded; --format json prints {\"id\", \"title\", \"text\"}. Examples: read d1   read d1 10-20   read d1 40-   read d1 --set-aside   read d1 --format json")
    public static let group = CommandGroup.documents

    @Argument(help: "The document, e.g. d1.")
    var document: String

    @Argument(help: "A line or range of lines, e.g. 10-20.")
    var lines: String?

    @Flag(name: .customLong("set-aside"), help: "Show the page furniture set aside at loading instead of the text.")
    var setAside = false

    @Option(help: "json prints {\"id\", \"title\", \"text\"} (the text as kept, or the set-aside lines).")
    var format: OutputFormat?

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let doc = try WorkspaceReference.document(document, in: context.workspace)
        if setAside, doc.setAside == nil {
            return .message("\(doc.id): nothing was set aside; the whole text was kept")
        }
        let text = setAside ? (doc.setAside ?? []).joined(separator: "\n") : doc.text
        if format == .json {
            guard lines == nil else { throw CommandError("read: --format json prints the whole text; leave out the lines") }
            return .raw("{\"id\": \(JSONText.quote(doc.id.description)), \"title\": \(JSONText.quote(doc.title)), "
                + "\"text\": \(JSONText.quote(text))}\n")
        }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        var range = 1...max(1, all.count)
        if let lines {
            // "10", "10-20", or "10-" (to the end).
            let parts = lines.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            let from = parts.first.flatMap { Int($0) }
            let to = parts.count == 2 ? (parts[1].isEmpty ? all.count : Int(parts[1])) : from
            guard let from, let to, from >= 1, parts.count <= 2 else {
                throw CommandError("read: '\(lines)' is not a line or range (like 10, 10-20 or 10-)")
            }
            guard from <= to else { throw CommandError("read: the range \(lines) runs backwards; write \(to)-\(from)") }
            guard from <= all.count else {
                throw CommandError("read: \(doc.id) has \(Format.plural(all.count, "line"))")
            }
            range = from...min(to, all.count)
        }
        let width = String(range.upperBound).count
        var out = "\(doc.id) '\(doc.title)' — \(doc.source)" + (setAside ? " (\(Self.setAsideSummary(doc)))\n" : "\n")
        for n in range {
            let number = String(n)
            out += String(repeating: " ", count: width - number.count) + number + "  " + all[n - 1] + "\n"
        }
        return .wrappedText(out, indent: width + 2)
    }

    /// "20 lines set aside at loading: 19 of page furniture and the headline (line 7), now the title":
    /// the load line counts the furniture only, so the two counts are told apart here.
    static func setAsideSummary(_ doc: Document) -> String {
        let lines = doc.setAside ?? []
        let all = "\(Format.plural(lines.count, "line")) set aside at loading"
        guard let headline = lines.firstIndex(of: doc.title) else { return all }
        return all + ": \(lines.count - 1) of page furniture and the headline (line \(headline + 1)), now the title"
    }
}
