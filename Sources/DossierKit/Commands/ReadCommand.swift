import ArgumentParser

/// `read d1 [FROM[-TO]]`: shows a document's text with line numbers.
public struct ReadCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Show a document's text with line numbers (paged on a terminal).",
        discussion: "Examples: read d1   read d1 10-20   read d1 40")
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
            let parts = lines.split(separator: "-", maxSplits: 1).map { Int($0) }
            guard let from = parts.first ?? nil, from >= 1, parts.count == 1 || parts[1] != nil else {
                throw CommandError("read: '\(lines)' is not a line or range (like 10 or 10-20)")
            }
            let to = parts.count == 2 ? parts[1]! : from
            guard from <= all.count else {
                throw CommandError("read: \(doc.id) has \(Format.plural(all.count, "line"))")
            }
            range = from...min(max(from, to), all.count)
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
