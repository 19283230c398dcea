import ArgumentParser

/// `split eN "alias"`: an alias (and its mentions) becomes an entity of its own.
public struct SplitEntityCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "split", abstract: "Make an alias of an entity an entity of its own.",
        discussion: "The mentions written as the alias move to the new entity. Example: split e2 \"Kazakh\"")
    public static let group = CommandGroup.annotate

    @Argument(help: "The entity, e.g. e2.") var entity: String
    @Argument(help: "The alias to split off.") var alias: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let e = try WorkspaceReference.entity(entity, in: context.workspace)
        let name = alias.trimmingWhitespace()
        guard !name.isEmpty else { throw CurationError.emptyName("split") }
        guard let alias = e.aliases.first(where: { Tag.same($0, name) }) else {
            throw CurationError.aliasNotFound(name, entity: e.id, aliases: e.aliases)
        }
        guard let id = context.workspace.curate(CurationStep(op: .split, entity: e.name, name: alias, type: e.type)) else {
            throw CommandError("split: \(e.id) could not be split")
        }
        context.markChanged()
        let moved = context.workspace.entity(id)?.mentions.count ?? 0
        return .status("split '\(alias)' from \(e.id) into \(id) (\(Format.plural(moved, "mention")))")
    }
}
