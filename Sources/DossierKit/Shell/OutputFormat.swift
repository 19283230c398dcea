import ArgumentParser

/// How listings are written: an aligned table for people, JSON or CSV for programs.
public enum OutputFormat: String, Sendable, CaseIterable, ExpressibleByArgument, Codable {
    case table, json, csv
}

/// The `--format` option every listing command takes.
public struct FormatOption: ParsableArguments, Sendable {
    @Option(name: .long, help: "Output format: table, json or csv (default: the session's `set format`).")
    public var format: OutputFormat?

    public init() {}
}
