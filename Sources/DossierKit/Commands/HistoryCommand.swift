import ArgumentParser

/// `history [N]`: the commands entered in this session (saved with it).
public struct HistoryCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Show the commands entered in this session (saved with it).")
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.none

    @Argument(help: "Show only the last N commands.")
    var last: Int?

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let all = Array(context.workspace.history.enumerated())
        let shown = last.map { all.suffix(max(0, $0)) } ?? all[...]
        return .table(Table(columns: [.init("n", title: "#", alignRight: true), .init("command")],
                            rows: shown.map { [.int($0.offset + 1), .string($0.element)] },
                            emptyMessage: "no commands in this session yet"),
                      format: output.format)
    }
}
