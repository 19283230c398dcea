import ArgumentParser
import Foundation

/// `sessions`: lists the saved sessions in `Sessions/`.
public struct SessionsCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List saved sessions in Sessions/.")
    public static let group = CommandGroup.session
    public static let argumentCompletion = ArgumentCompletion.none

    @OptionGroup var output: FormatOption

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let store = context.store
        let rows: [[Cell]] = store.list().map { name in
            let path = store.path(for: name)
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes?[.modificationDate] as? Date).map(Timestamp.string(from:))
            let current = path == context.sessionPath
            return [.string(name), .int(size), Cell(modified), .string(path), .bool(current)]
        }
        return .table(Table(columns: [.init("name"), .init("bytes", alignRight: true), .init("modified"),
                                      .init("path"), .init("open")],
                            rows: rows, footer: Format.plural(rows.count, "session"),
                            emptyMessage: "no sessions in \(store.directory)/ (save NAME creates one)"),
                      format: output.format)
    }
}
