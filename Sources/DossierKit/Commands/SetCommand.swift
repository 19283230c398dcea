import ArgumentParser

/// `set [NAME VALUE]`: shows or changes session settings (output format, colour).
public struct SetCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Show or change settings: format table|json|csv, color auto|on|off, charset auto|unicode|ascii, sql-timeout SECONDS.",
        discussion: "Examples: set   set format json   set color off   set charset ascii   set sql-timeout 120 (0: no limit)")
    public static let group = CommandGroup.shell
    public static let argumentCompletion = ArgumentCompletion.words(["format", "color", "charset", "sql-timeout", "table", "json", "csv", "auto", "on", "off", "unicode", "ascii"])

    @Argument(help: "The setting: format or color.")
    var name: String?

    @Argument(help: "The new value.")
    var value: String?

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard let name else {
            return .table(Table(columns: [.init("setting"), .init("value")],
                                rows: [["format", .string(context.settings.format.rawValue)],
                                       ["color", .string(context.settings.color.rawValue)],
                                       ["charset", .string(context.settings.charset.rawValue)],
                                       ["sql-timeout", .string(Format.seconds(context.settings.sqlTimeout))]]), format: nil)
        }
        switch name.lowercased() {
        case "format":
            guard let value, let format = OutputFormat(rawValue: value.lowercased()) else {
                throw CommandError("set format: expected table, json or csv")
            }
            context.settings.format = format
            return .message("format = \(format.rawValue)")
        case "color", "colour":
            guard let value, let mode = ShellSettings.ColorMode(rawValue: value.lowercased()) else {
                throw CommandError("set color: expected auto, on or off")
            }
            context.settings.color = mode
            return .message("color = \(mode.rawValue)")
        case "charset":
            guard let value, let charset = ShellSettings.Charset(rawValue: value.lowercased()) else {
                throw CommandError("set charset: expected auto, unicode or ascii")
            }
            context.settings.charset = charset
            return .message("charset = \(charset.rawValue)")
        case "sql-timeout":
            guard let value, let seconds = Double(value), seconds.isFinite, seconds >= 0 else {
                throw CommandError("set sql-timeout: expected a number of seconds (0: no limit)")
            }
            context.settings.sqlTimeout = seconds
            return .message("sql-timeout = \(Format.seconds(seconds))")
        default:
            throw CommandError("set: unknown setting '\(name)' (settings: format, color, charset, sql-timeout)")
        }
    }
}
