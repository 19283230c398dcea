import ArgumentParser

/// How listings are written: an aligned table for people, JSON or CSV for programs.
public enum OutputFormat: String, Sendable, CaseIterable, ExpressibleByArgument, Codable {
    case table, json, csv
}

/// The options every listing command takes: `--format` and `--limit`. A command that includes
/// this group gets both; the shell applies `--limit` to the tables it returns.
public struct FormatOption: ParsableArguments, Sendable {
    @Option(name: .long, help: "Output format: table, json or csv (default: the session's `set format`).")
    public var format: OutputFormat?

    @Option(name: .long, help: "Show at most N rows.")
    public var limit: Int?

    public init() {}
}

/// How text tables are shown (`set display`): aligned columns, one `field  value` block per row
/// (psql's `\x`), or vertical only when the columns cannot fit the terminal.
public enum DisplayMode: String, Sendable, CaseIterable, Codable {
    case table, vertical, auto
}
