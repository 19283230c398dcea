import ArgumentParser

/// `delete aN…`: removes annotations.
public struct DeleteCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete annotations (undo brings them back).")
    public static let group = CommandGroup.annotate

    @Argument(help: "Annotations, e.g. a3 a7.") var annotations: [String] = []

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !annotations.isEmpty else { throw CommandError("delete: name the annotations to delete, e.g. delete a3") }
        let ids = try annotations.map { word in
            guard let id = AnnotationID(word) else { throw CommandError("delete: '\(word)' is not an annotation ID (like a3)") }
            return id
        }
        let removed = try context.workspace.deleteAnnotations(ids)
        context.markChanged()
        return .status("deleted " + removed.map { "\($0.id) (\($0.kind.rawValue) on \($0.target.label))" }.joined(separator: ", "))
    }
}
