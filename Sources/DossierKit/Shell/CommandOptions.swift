import ArgumentParser
import Foundation

/// The options a command declares (`--format`, `--type`, …), read from swift-argument-parser's
/// description of the command, for Tab completion of option names and their values.
public struct CommandOptions: Sendable, Equatable {
    /// One option or flag: its spellings (`--format`, `-f`), whether it takes a value, and the
    /// values it accepts when they are a fixed list.
    public struct Option: Sendable, Equatable {
        public var names: [String]
        public var takesValue: Bool
        public var values: [String]
    }

    public var options: [Option]

    /// The options of `type`; empty when its description cannot be read.
    public init(of type: any ShellCommand.Type) {
        guard let data = type._dumpHelp().data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let command = root["command"] as? [String: Any],
              let arguments = command["arguments"] as? [[String: Any]] else {
            options = []
            return
        }
        options = arguments.compactMap { argument in
            guard let kind = argument["kind"] as? String, kind != "positional",
                  let names = argument["names"] as? [[String: Any]] else { return nil }
            let spelled = names.compactMap { name -> String? in
                guard let text = name["name"] as? String else { return nil }
                return (name["kind"] as? String == "short" ? "-" : "--") + text
            }
            return Option(names: spelled.sorted { $0.count > $1.count }, takesValue: kind == "option",
                          values: argument["allValues"] as? [String] ?? [])
        }
    }

    /// Long option names, sorted (what Tab offers after `-`).
    public var longNames: [String] {
        options.flatMap(\.names).filter { $0.hasPrefix("--") }.sorted()
    }

    /// The option spelled `word`, if the command has one.
    public func option(named word: String) -> Option? {
        options.first { $0.names.contains(word) }
    }
}
