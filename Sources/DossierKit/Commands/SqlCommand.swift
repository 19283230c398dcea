import ArgumentParser

/// `sql SELECT …`: read-only SQL over tables built from the workspace.
public struct SqlCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sql", abstract: "Run a read-only SQL query over the workspace.",
        discussion: """
            The statement is read as typed; only queries (SELECT, WITH) run, anything that would \
            write is refused. A query stops on Ctrl-C, and after the time limit (set sql-timeout \
            SECONDS; default \(Format.seconds(ShellSettings.defaultSQLTimeout)) s, 0 for none). The tables mirror the workspace (IDs as text, e.g. 'd1'; offsets in \
            code points, end exclusive; lists joined with '; '):

            \(QuerySchema.reference)

            Examples:
              sql SELECT id, title, words FROM documents ORDER BY words DESC LIMIT 5
              sql SELECT type, count(*) AS n FROM entities GROUP BY type
              sql SELECT entity, count(*) AS n FROM mentions GROUP BY 1 ORDER BY n DESC
              sql SELECT rowid, title FROM fulltext WHERE fulltext MATCH 'tax*' LIMIT 5
            """)
    public static let group = CommandGroup.explore
    public static let verbatimArguments = true
    public static let argumentCompletion = ArgumentCompletion.words([
        "SELECT", "FROM", "WHERE", "documents", "entities", "mentions", "figures", "quotes", "annotations", "fulltext",
    ])

    @Argument(parsing: .allUnrecognized, help: "A SELECT statement.")
    var statement: [String] = []

    /// At most this many rows (`--limit`, from the shared listing options; default 1000).
    var limit: Int { output.limit ?? 1000 }

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard limit > 0 else { throw CommandError("sql: --limit must be at least 1") }
        let text = RawArguments.removingOptions(context.rawArguments, valued: ["--limit", "--format"])
        let result: (table: Table, truncated: Bool)
        do {
            result = try context.searchIndex.sql(text, in: context.workspace, generation: context.workspaceGeneration,
                                                 limit: limit, interruption: context.interruption,
                                                 timeout: context.settings.sqlTimeout)
        } catch {
            // `sql` takes the rest of its line: say so when the line went on after a `;`.
            let rest = text.split(separator: ";", maxSplits: 1).dropFirst().first?.trimmingWhitespace() ?? ""
            let said = "\(error)"
            let hint = rest.isEmpty || said.contains("one statement") ? "" : " (sql reads the rest of its line, '; \(rest.prefix(40))' included: put other commands on a line of their own)"
            throw CommandError("sql: " + said + hint)
        }
        var table = result.table
        if result.truncated {
            let note = "showing the first \(Format.count(limit)) rows; add LIMIT to the query or use --limit N"
            table.footer = note
            if (output.format ?? context.settings.format) != .table { context.warnings.append(note) }
        } else {
            table.footer = Format.plural(table.rows.count, "row")
        }
        return .table(table, format: output.format)
    }
}
