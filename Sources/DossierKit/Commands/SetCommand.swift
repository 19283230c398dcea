import ArgumentParser

/// `set [NAME VALUE]`: shows or changes session settings (output format, colour, pager, display,
/// chart characters, SQL time limit).
public struct SetCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Show or change settings: format, color, pager, display, charset, sql-timeout.",
        discussion: """
            format       listings as table, json or csv (psql \\pset format)
            color        auto (on a terminal, unless NO_COLOR), on, off
            pager        $PAGER, default less -FRX (psql \\pset pager)
            display      vertical: a block per row (psql \\x); auto: when too wide
            charset      chart characters: auto (as the locale allows), unicode, ascii
            sql-timeout  seconds a sql statement may run (0: no limit)
            Examples: set   set format json   set pager off   set display vertical   set sql-timeout 120
            """)
    public static let group = CommandGroup.shell
    public static let argumentCompletion = ArgumentCompletion.words(Setting.allCases.map(\.rawValue))

    /// The settings `set` knows, with the values each accepts (for messages and completion).
    public enum Setting: String, CaseIterable, Sendable {
        case format, color, pager, display, charset
        case sqlTimeout = "sql-timeout"

        /// The values the setting takes; empty when it takes a number.
        public var values: [String] {
            switch self {
            case .format: OutputFormat.allCases.map(\.rawValue)
            case .color: ShellSettings.ColorMode.allCases.map(\.rawValue)
            case .pager: ShellSettings.PagerMode.allCases.map(\.rawValue)
            case .display: DisplayMode.allCases.map(\.rawValue)
            case .charset: ShellSettings.Charset.allCases.map(\.rawValue)
            case .sqlTimeout: []
            }
        }
    }

    @Argument(help: "The setting: format, color, pager, display, charset or sql-timeout.")
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
                                       ["pager", .string(s.pager.rawValue)], ["display", .string(s.display.rawValue)],
                                       ["charset", .string(s.charset.rawValue)],
                                       ["sql-timeout", .string(Format.seconds(s.sqlTimeout))]]),
                          format: nil)
        }
        guard let setting = Setting(rawValue: name.lowercased() == "colour" ? "color" : name.lowercased()) else {
            throw CommandError("set: unknown setting '\(name)' (settings: \(Setting.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if setting == .sqlTimeout {
            guard let value, let seconds = Double(value), seconds.isFinite, seconds >= 0 else {
                throw CommandError("set sql-timeout: expected a number of seconds (0: no limit)")
            }
            context.settings.sqlTimeout = seconds
            return .status("sql-timeout = \(Format.seconds(seconds))")
        }
        let expected = "set \(setting.rawValue): expected " + Self.orList(setting.values)
        guard let value = value?.lowercased(), setting.values.contains(value) else { throw CommandError(expected) }
        switch setting {
        case .format: context.settings.format = OutputFormat(rawValue: value) ?? s.format
        case .color: context.settings.color = ShellSettings.ColorMode(rawValue: value) ?? s.color
        case .pager: context.settings.pager = ShellSettings.PagerMode(rawValue: value) ?? s.pager
        case .display: context.settings.display = DisplayMode(rawValue: value) ?? s.display
        case .charset: context.settings.charset = ShellSettings.Charset(rawValue: value) ?? s.charset
        case .sqlTimeout: break
        }
        return .status("\(setting.rawValue) = \(value)")
    }

    /// `table, json or csv`.
    static func orList(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }
}
