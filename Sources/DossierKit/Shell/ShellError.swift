/// Why a command line could not be run; messages are for the user.
public enum ShellError: Error, CustomStringConvertible, Equatable {
    /// No command by that name; `suggestion` is the nearest known name.
    case unknownCommand(String, suggestion: String?)
    /// The arguments do not fit the command.
    case usage(command: String, message: String, usage: String)
    /// The line could not be split into words.
    case syntax(SplitError)

    public var description: String {
        switch self {
        case let .unknownCommand(name, suggestion):
            "unknown command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; type 'help' for a list")
        case let .usage(command, message, usage):
            "\(command): \(message) (usage: \(usage))"
        case .syntax(let e): "\(e)"
        }
    }
}
