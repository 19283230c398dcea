import ArgumentParser

/// `tag TARGET TAG…`: tags a document, passage, entity or figure.
public struct TagCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Tag a document, passage, entity or figure.",
        discussion: "Tags are single words, compared without case; a leading # is dropped. Example: tag d1 border migration")
    public static let group = CommandGroup.annotate

    @Argument(help: "d1, e3, f2 or d1:START-END.") var target: String
    @Argument(help: "One or more tags.") var tags: [String] = []

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !tags.isEmpty else { throw CommandError("tag: name at least one tag, e.g. tag d1 border") }
        let t = try TargetReference.resolve(target, in: context.workspace)
        let names = try tags.map { word in
            guard let tag = Tag.normalize(word) else { throw CommandError("tag: '\(word)' is not a tag (one word, no spaces)") }
            return tag
        }
        var added: [String] = []
        let now = Timestamp.now()
        let author = Author.current // reads the environment: once, not once per tag
        // The target's tags, looked up once: checking each new tag against every annotation made
        // a long tag list quadratic.
        var present = Set(context.workspace.annotations.lazy.filter { $0.kind == .tag && $0.target == t }.map { $0.body.lowercased() })
        for tag in names {
            if !present.insert(tag.lowercased()).inserted {
                context.warnings.append("\(t.label) is already tagged '\(tag)'")
                continue
            }
            let a = context.workspace.annotate(.tag, t, body: tag, author: author, at: now)
            added.append("\(a.id) \(tag)")
        }
        guard !added.isEmpty else { return .none }
        context.markChanged()
        return .status("tagged \(t.label): " + added.joined(separator: ", "))
    }
}
