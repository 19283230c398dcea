import ArgumentParser

/// `note TARGET "text"`: attaches a note to a document, passage, entity or figure.
public struct NoteCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Attach a note to a document, passage, entity or figure.",
        discussion: "TARGET is d1, e3 (or an entity name), f2, or a passage d1:START-END in code points. Example: note f2 \"check against the ministry's figure\"")
    public static let group = CommandGroup.annotate

    @Argument(help: "d1, e3, f2 or d1:START-END.") var target: String
    @Argument(help: "The note.") var text: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !text.trimmingWhitespace().isEmpty else { throw AnnotationError.emptyText("note") }
        let t = try TargetReference.resolve(target, in: context.workspace)
        let a = context.workspace.annotate(.note, t, body: text, author: Author.current, at: Timestamp.now())
        context.markChanged()
        return .status("\(a.id) note on \(t.label)")
    }
}
