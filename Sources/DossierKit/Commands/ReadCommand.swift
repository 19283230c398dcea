import ArgumentParser

/// `read d1 [FROM[-TO]]`: shows a document's text with line numbers.
public struct ReadCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Show a document's text with line numbers (paged on a terminal).",
        discussion: "Examples: read d1   read d1 10-20   read d1 40-")
    public static let group = CommandGroup.documents

    @Argument(help: "The document, e.g. d1.")
    var document: String

    @Argument(help: "A line or range of lines, e.g. 10-20.")
    var lines: String?

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let doc = try WorkspaceReference.document(document, in: context.workspace)
        let all = doc.text.split(separator: "\n", omittingEmptySubsequences: false)
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
        var out = "\(doc.id) '\(doc.title)' — \(doc.source)\n"
        for n in range {
            let number = String(n)
            out += String(repeating: " ", count: width - number.count) + number + "  " + all[n - 1] + "\n"
        }
        return .text(out, paged: true)
    }
}
