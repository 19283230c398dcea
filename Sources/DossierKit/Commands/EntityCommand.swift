import ArgumentParser

/// `entity add "Name" TYPE`: declares an entity the extractor missed; every whole-word
/// occurrence in every document (and in documents loaded later) becomes a mention.
public struct EntityCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "entity", abstract: "Declare an entity: entity add \"RIA Novosti\" ORG.",
        discussion: "Every whole-word occurrence of the name (case-sensitive) in every loaded document becomes a mention, and so do occurrences in documents loaded later.")
    public static let group = CommandGroup.annotate
    public static let argumentCompletion = ArgumentCompletion.words(["add"])

    @Argument(help: "add") var action: String
    @Argument(help: "The entity's name as written in the text.") var name: String
    @Argument(help: "PER, ORG, LOC or MISC.") var type: String

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard action == "add" else { throw CommandError("entity: unknown action '\(action)' (use: entity add \"Name\" TYPE)") }
        let name = self.name.trimmingWhitespace()
        guard !name.isEmpty else { throw CurationError.emptyName("entity add") }
        guard let type = EntityType(parsing: type) else {
            throw CommandError("entity add: '\(type)' is not a type (PER, ORG, LOC or MISC)")
        }
        guard let id = context.workspace.curate(CurationStep(op: .add, entity: name, type: type)) else {
            throw CommandError("entity add: could not add '\(name)'")
        }
        context.markChanged()
        let e = context.workspace.entity(id)
        let mentions = e?.mentions.count ?? 0
        if mentions == 0 { context.warnings.append(CurationError.notInAnyDocument(name).description) }
        return .status("\(id) '\(name)' \(type.rawValue): \(Format.plural(mentions, "mention")) in \(Format.plural(e?.documents.count ?? 0, "document"))")
    }
}
