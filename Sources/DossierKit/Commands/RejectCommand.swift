import ArgumentParser

/// `reject eN`: marks an entity as a false positive; hidden from listings and not found again.
public struct RejectCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Reject an entity as a false positive (hidden, not found again).",
        discussion: "Documents loaded later do not bring it back. undo reverses it.")
    public static let group = CommandGroup.annotate

    @Argument(help: "Entities, e.g. e5.") var entities: [String] = []

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !entities.isEmpty else { throw CommandError("reject: name the entities to reject, e.g. reject e5") }
        let found = try entities.map { try WorkspaceReference.entity($0, in: context.workspace) }
        for e in found { context.workspace.curate(CurationStep(op: .reject, entity: e.name, type: e.type)) }
        context.markChanged()
        return .status("rejected " + found.map { "\($0.id) '\($0.name)'" }.joined(separator: ", "))
    }
}
