import ArgumentParser

/// The table of shell commands: lookup by name or alias, nearest-name suggestions, and parsing
/// of a command's words into a ready-to-run command.
public struct CommandRegistry: Sendable {
    public let commands: [any ShellCommand.Type]

    public init(commands: [any ShellCommand.Type]) { self.commands = commands }

    /// Every name and alias, sorted (for completion and suggestions).
    public var allNames: [String] {
        commands.flatMap { [$0.name] + $0.configuration.aliases }.sorted()
    }

    /// Names and aliases of the commands whose arguments are taken as typed (`search`, `sql`).
    public var verbatimNames: Set<String> {
        Set(commands.filter { $0.verbatimArguments }.flatMap { [$0.name] + $0.configuration.aliases })
    }

    public func lookup(_ name: String) -> (any ShellCommand.Type)? {
        let key = name.lowercased()
        return commands.first { $0.name == key || $0.configuration.aliases.contains(key) }
    }

    /// The known name closest to `name` by edit distance, when it is close enough to be a typo.
    public func suggestion(for name: String) -> String? {
        let key = name.lowercased()
        if let prefixed = allNames.first(where: { $0.hasPrefix(key) }), key.count >= 2 { return prefixed }
        let scored = allNames.map { ($0, EditDistance.between(key, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(1, best.count / 3) else { return nil }
        return best
    }

    /// How many argument words swift-argument-parser sees at most when the rest can go to a
    /// `VariadicTail` command directly.
    static let parsedWords = 64

    /// What running a line's words will do: run a parsed command, or show its help (`CMD --help`).
    public enum Parsed {
        case run(any ShellCommand)
        case help(String)
    }

    public func parse(_ words: [String]) throws(ShellError) -> Parsed {
        guard let name = words.first else { throw .unknownCommand("", suggestion: nil) }
        guard let type = lookup(name) else { throw .unknownCommand(name, suggestion: suggestion(for: name)) }
        var arguments = Array(words.dropFirst())
        var tail: [String] = []
        // A long list of plain words after the first few goes straight to the command (see VariadicTail).
        if type is any VariadicTail.Type, arguments.count > Self.parsedWords,
           !arguments[Self.parsedWords...].contains(where: { $0.hasPrefix("-") && $0 != "-" }) {
            tail = Array(arguments[Self.parsedWords...])
            arguments.removeSubrange(Self.parsedWords...)
        }
        do {
            let parsed = try type.parse(arguments)
            guard !tail.isEmpty, var long = parsed as? any VariadicTail else { return .run(parsed) }
            long.appendToTail(tail)
            return .run(long)
        } catch {
            let usage = type.usageString().trimmingWhitespace()
            if type.exitCode(for: error) == .success {
                if words.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return .help(type.helpMessage(columns: 80)) }
                // `-dash.txt` reads as short flags with an `h` among them: a file name, not a request for help.
                let word = words.dropFirst().first { $0.hasPrefix("-") && !$0.hasPrefix("--") && $0 != "-" } ?? ""
                throw .usage(command: type.name, message: "'\(word)' is not an option (a name starting with '-' "
                             + "is written ./\(word), or after --)", usage: usage)
            }
            var message = type.message(for: error)
            if let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true {
                message = first.lowercased() + message.dropFirst()
            }
            throw .usage(command: type.name, message: message, usage: usage)
        }
    }
}

/// Edit distance counting a swap of two neighbouring letters as one edit (optimal string
/// alignment), for "did you mean" suggestions: "dcos" is one edit from "docs".
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
