import Foundation

/// What Tab offers at the cursor: command names first, then what the command's arguments take
/// (paths, session names, workspace IDs and entity names), option names after `-` and option
/// values after an option (`--format j` → `json`). Pure: the line editor calls it.
public struct CompletionEngine: Sendable {
    public var commandNames: [String]
    public var argumentKinds: [String: ArgumentCompletion]
    /// The command types by name and alias (for their options and fixed words).
    private var types: [String: any ShellCommand.Type]
    /// Document IDs, visible entity IDs and tags: values of `--doc`, `--entity` and `--tag`.
    private var documentIDs: [String], entityIDs: [String], tags: [String]
    /// IDs (`d1`, `e3`, …) and entity names in the workspace.
    public var references: [String]
    public var sessionNames: [String]

    public init(registry: CommandRegistry, context: ShellContext) {
        commandNames = registry.allNames
        var kinds: [String: ArgumentCompletion] = [:]
        var types: [String: any ShellCommand.Type] = [:]
        for type in registry.commands {
            for name in [type.name] + type.configuration.aliases {
                kinds[name] = type.argumentCompletion
                types[name] = type
            }
        }
        argumentKinds = kinds
        self.types = types
        let w = context.workspace
        var refs = w.documents.map(\.id.description)
        let entities = w.visibleEntities
        refs += entities.map(\.id.description)
        refs += w.figures.map(\.id.description)
        refs += w.quotes.map(\.id.description)
        refs += w.annotations.map(\.id.description)
        refs += Set(entities.map(\.name)).sorted().map(Self.quotedIfNeeded)
        references = refs
        documentIDs = w.documents.map(\.id.description)
        entityIDs = entities.map(\.id.description)
        tags = Set(w.annotations.filter { $0.kind == .tag }.map(\.body)).sorted().map(Self.quotedIfNeeded)
        sessionNames = context.store.list()
    }

    /// Candidates for `word`, the text from the last word break to the cursor, given the line up to
    /// the cursor. Directories end in `/`.
    public func complete(lineBeforeCursor line: String, word: String) -> [String] {
        let command = line.split(separator: ";").last.map(String.init) ?? line
        let before = command.dropLast(word.count).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let name = before.first.map(String.init) else {
            return commandNames.filter { $0.hasPrefix(word) }
        }
        let typed = before.dropFirst().map(String.init)
        if let type = types[name.lowercased()] {
            if word.hasPrefix("-") {
                return CommandOptions(of: type).longNames.filter { $0.hasPrefix(word) }
            }
            if let previous = typed.last, previous.hasPrefix("-"),
               let option = CommandOptions(of: type).option(named: previous), option.takesValue {
                return optionValues(option, of: type, typed: typed).filter { $0.lowercased().hasPrefix(word.lowercased()) }
            }
            if let words = type.completions(after: typed) { return words.filter { $0.hasPrefix(word) } }
        }
        switch argumentKinds[name.lowercased()] ?? .none {
        case .paths: return Self.paths(matching: word)
        case .sessions:
            let names = sessionNames.filter { $0.hasPrefix(word) }
            return names + (word.isEmpty && !names.isEmpty ? [] : Self.paths(matching: word))
        case .commands: return commandNames.filter { $0.hasPrefix(word) }
        case .workspaceReferences:
            let lower = word.lowercased()
            return references.filter { $0.lowercased().hasPrefix(lower) || $0.lowercased().hasPrefix("\"" + lower) }
        case .words(let words): return words.filter { $0.hasPrefix(word) }
        case .none: return []
        }
    }

    /// What an option takes: the command's own list, the option's fixed values (`--format`),
    /// or by convention IDs for `--doc`/`--entity` and tag names for `--tag`.
    private func optionValues(_ option: CommandOptions.Option, of type: any ShellCommand.Type, typed: [String]) -> [String] {
        if let words = type.completions(after: typed) { return words }
        if !option.values.isEmpty { return option.values }
        let names = Set(option.names)
        if !names.isDisjoint(with: ["--doc", "--document", "--in"]) { return documentIDs }
        if !names.isDisjoint(with: ["--entity"]) { return entityIDs }
        if names.contains("--tag") { return tags }
        return []
    }

    /// Files and directories starting with `word` (relative to the current directory, `~` expanded).
    public static func paths(matching word: String) -> [String] {
        let expanded = LoadPlanner.expandTilde(word)
        let slash = expanded.lastIndex(of: "/")
        let dir = slash.map { String(expanded[...$0]) } ?? ""
        let prefix = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let shownDir = word.lastIndex(of: "/").map { String(word[...$0]) } ?? ""
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return [] }
        return entries
            .filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }
            .sorted()
            .map { LoadPlanner.isDirectory(dir + $0) ? shownDir + $0 + "/" : shownDir + $0 }
    }

    static func quotedIfNeeded(_ name: String) -> String {
        name.contains(" ") ? "\"" + name + "\"" : name
    }
}
