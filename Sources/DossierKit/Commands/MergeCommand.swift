import ArgumentParser

/// `merge eN eM…`: joins entities into the first; names become aliases, mentions join.
public struct MergeCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge entities into the first one (aliases and mentions join).",
        discussion: "Example: merge e3 e9 e12")
    public static let group = CommandGroup.annotate

    @Argument(help: "The entity to keep, then the ones merged into it.") var entities: [String] = []

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard entities.count >= 2 else { throw CommandError("merge: name the entity to keep and at least one to merge into it, e.g. merge e3 e9") }
        let found = try entities.map { try WorkspaceReference.entity($0, in: context.workspace) }
        let keep = found[0]
        var others: [Entity] = []
        for e in found.dropFirst() {
            if e.id == keep.id { throw CurationError.mergeWithItself(e.id) }
            if !others.contains(where: { $0.id == e.id }) { others.append(e) }
        }
        context.workspace.curate(CurationStep(op: .merge, entity: keep.name, type: keep.type, others: others.map(\.name)))
        context.markChanged()
        let mentions = context.workspace.entity(keep.id)?.mentions.count ?? 0
        return .status("merged \(others.map { "\($0.id) '\($0.name)'" }.joined(separator: ", ")) into \(keep.id) '\(keep.name)' (\(Format.plural(mentions, "mention")))")
    }
}
