import ArgumentParser

/// `set [NAME VALUE]`: shows or changes session settings (output format, colour, pager, display).
public struct SetCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Show or change settings: format table|json|csv, color auto|on|off, pager auto|on|off, display table|vertical|auto.",
        discussion: """
            format   listings as table, json or csv (psql \\pset format)
            color    auto (on a terminal, unless NO_COLOR), on, off
            pager    $PAGER, default less -FRX (psql \\pset pager)
            display  vertical: a block per row (psql \\x); auto: when too wide
            Examples: set   set format json   set pager off   set display vertical
            """)
    public static let group = CommandGroup.shell
    public static let argumentCompletion = ArgumentCompletion.words(Setting.allCases.map(\.rawValue))

    /// The settings `set` knows, with the values each accepts (for messages and completion).
    public enum Setting: String, CaseIterable, Sendable {
        case format, color, pager, display

        public var values: [String] {
            switch self {
            case .format: OutputFormat.allCases.map(\.rawValue)
            case .color: ShellSettings.ColorMode.allCases.map(\.rawValue)
            case .pager: ShellSettings.PagerMode.allCases.map(\.rawValue)
            case .display: DisplayMode.allCases.map(\.rawValue)
            }
        }
    }

    @Argument(help: "The setting: format, color, pager or display.")
    var name: String?

    @Argument(help: "The new value.")
    var value: String?

    public init() {}

    /// `set` → the settings; `set pager` → `auto on off`.
    public static func completions(after words: [String]) -> [String]? {
        switch words.count {
        case 0: Setting.allCases.map(\.rawValue)
        case 1: Setting(rawValue: words[0].lowercased()).map(\.values) ?? []
        default: []
        }
    }

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let s = context.settings
        guard let name else {
            return .table(Table(columns: [.init("setting"), .init("value")],
                                rows: [["format", .string(s.format.rawValue)], ["color", .string(s.color.rawValue)],
                                       ["pager", .string(s.pager.rawValue)], ["display", .string(s.display.rawValue)]]),
                          format: nil)
        }
        guard let setting = Setting(rawValue: name.lowercased() == "colour" ? "color" : name.lowercased()) else {
            throw CommandError("set: unknown setting '\(name)' (settings: \(Setting.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let expected = "set \(setting.rawValue): expected " + Self.orList(setting.values)
        guard let value = value?.lowercased(), setting.values.contains(value) else { throw CommandError(expected) }
        switch setting {
        case .format: context.settings.format = OutputFormat(rawValue: value) ?? s.format
        case .color: context.settings.color = ShellSettings.ColorMode(rawValue: value) ?? s.color
        case .pager: context.settings.pager = ShellSettings.PagerMode(rawValue: value) ?? s.pager
        case .display: context.settings.display = DisplayMode(rawValue: value) ?? s.display
        }
        return .status("\(setting.rawValue) = \(value)")
    }

    /// `table, json or csv`.
    static func orList(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }
}
