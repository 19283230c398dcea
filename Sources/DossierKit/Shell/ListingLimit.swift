import ArgumentParser

/// `--limit N` for every listing: a command that takes `FormatOption` gets it, and the shell cuts
/// its table to the first N rows, saying so in the footer.
enum ListingLimit {
    /// The `--limit` given to `command` through its `FormatOption` group, if any.
    static func requested(by command: any ShellCommand) -> Int? {
        for child in Mirror(reflecting: command).children {
            if let group = child.value as? OptionGroup<FormatOption>, let limit = group.wrappedValue.limit { return limit }
        }
        return nil
    }

    /// `output` with every table cut to `limit` rows.
    static func apply(_ limit: Int, to output: CommandOutput) -> CommandOutput {
        switch output {
        case let .table(table, format):
            guard table.rows.count > limit else { return output }
            var cut = table
            cut.rows = Array(table.rows.prefix(limit))
            let note = "showing the first \(Format.count(limit)) of \(Format.count(table.rows.count))"
            cut.footer = table.footer.map { "\($0) (\(note))" } ?? note
            return .table(cut, format: format)
        case .sequence(let outputs):
            return .sequence(outputs.map { apply(limit, to: $0) })
        default:
            return output
        }
    }
}
