import ArgumentParser

/// `retype eN TYPE`: corrects an entity's type.
public struct RetypeCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "retype", abstract: "Change an entity's type (PER, ORG, LOC, MISC).",
        discussion: "Example: retype e7 ORG")
    public static let group = CommandGroup.annotate

    @Argument(help: "The entity, e.g. e7.") var entity: String
    @Argument(help: "PER, ORG, LOC or MISC.") var type: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let e = try WorkspaceReference.entity(entity, in: context.workspace)
        guard let newType = EntityType(parsing: type) else {
            throw CommandError("retype: '\(type)' is not a type (PER, ORG, LOC or MISC)")
        }
        guard newType != e.type else { throw CurationError.nothingToChange("retype: \(e.id) is already \(newType.rawValue)") }
        let id = context.workspace.curate(CurationStep(op: .retype, entity: e.name, type: newType))
        context.markChanged()
        let merged = id.map { $0 != e.id ? " (merged into \($0), the \(newType.rawValue) of that name)" : "" } ?? ""
        return .status("retyped \(e.id) '\(e.name)' \(e.type.rawValue) → \(newType.rawValue)\(merged)")
    }
}
