import ArgumentParser

/// `unalias eN NAME [--drop]`: takes a wrongly joined name off an entity — its mentions become an
/// entity of their own, or with `--drop` are dropped as no name at all.
public struct UnaliasCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "unalias", abstract: "Take a wrongly joined name off an entity.",
        discussion: "The mentions written NAME leave the entity and become an entity of their own (or join the entity already called NAME); with --drop they are rejected instead (hidden, and NAME is not found again). Documents loaded later get the same correction. Examples: unalias e5 Brown   unalias e5 Brown --drop")
    public static let group = CommandGroup.annotate
    public static let argumentCompletion = ArgumentCompletion.workspaceReferences

    @Argument(help: "The entity, e.g. e5.") var entity: String
    @Argument(help: "The alias to take off.") var alias: [String] = []
    @Flag(help: "Drop the alias's mentions instead of making them an entity.") var drop = false

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let e = try WorkspaceReference.entity(entity, in: context.workspace)
        let name = alias.joined(separator: " ").trimmingWhitespace()
        guard !name.isEmpty else { throw CurationError.emptyName("unalias") }
        guard let alias = e.aliases.first(where: { Tag.same($0, name) }) else {
            throw CurationError.aliasNotFound(name, entity: e.id, aliases: e.aliases, command: "unalias")
        }
        guard let id = context.workspace.curate(CurationStep(op: .split, entity: e.name, name: alias, type: e.type)),
              let split = context.workspace.entity(id) else {
            throw CommandError("unalias: \(e.id) could not be changed")
        }
        let moved = Format.plural(split.mentions.count, "mention")
        if drop {
            context.workspace.curate(CurationStep(op: .reject, entity: split.name, type: split.type))
            context.markChanged()
            return .message("unalias: dropped '\(alias)' from \(e.id) \(e.name) (\(moved) rejected)")
        }
        context.markChanged()
        return .message("unalias: '\(alias)' left \(e.id) \(e.name); now \(id) \(split.name) (\(split.type.rawValue), \(moved))")
    }
}
