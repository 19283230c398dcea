import ArgumentParser

/// `untag TARGET TAG…`: removes tags from a target.
public struct UntagCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "untag", abstract: "Remove tags from a document, passage, entity or figure.")
    public static let group = CommandGroup.annotate

    @Argument(help: "d1, e3, f2 or d1:START-END.") var target: String
    @Argument(help: "One or more tags.") var tags: [String] = []

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !tags.isEmpty else { throw CommandError("untag: name at least one tag, e.g. untag d1 border") }
        let t = try TargetReference.resolve(target, in: context.workspace)
        let ids = try tags.map { word in
            let tag = Tag.normalize(word) ?? word
            guard let a = context.workspace.tagAnnotation(tag, on: t) else {
                throw AnnotationError.tagNotFound(tag, target: t.label)
            }
            return a.id
        }
        let removed = try context.workspace.deleteAnnotations(ids)
        context.markChanged()
        return .status("untagged \(t.label): " + removed.map(\.body).joined(separator: ", "))
    }
}
