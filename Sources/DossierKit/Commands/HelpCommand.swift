import ArgumentParser

/// `help [CMD]`: lists commands by group, or shows one command's usage.
public struct HelpCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "help", abstract: "List commands, or show how to use one.", aliases: ["?"])
    public static let group = CommandGroup.shell
    public static let argumentCompletion = ArgumentCompletion.commands

    @Argument(help: "A command name.")
    var command: String?

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        let registry = CommandRegistry.standard
        if let command {
            guard let type = registry.lookup(command) else {
                throw ShellError.unknownCommand(command, suggestion: registry.suggestion(for: command))
            }
            return .text(type.helpMessage(columns: 80), paged: false)
        }
        let width = registry.commands.map { $0.name.count }.max() ?? 8
        var out = ""
        for group in CommandGroup.allCases {
            let members = registry.commands.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            out += group.rawValue + "\n"
            for type in members {
                let name = type.name
                out += "  " + name + String(repeating: " ", count: width - name.count + 2)
                    + type.configuration.abstract + "\n"
            }
        }
        out += """

            help CMD shows a command's options. Listings take --format table|json|csv and --limit N.
            ';' separates commands, '#' starts a comment, a trailing '\\' continues the line.
            CMD > FILE writes the results to FILE, CMD >> FILE appends, CMD | SHELLCMD feeds them to a
            command run by /bin/sh (up to the next ';'). Quote '>' and '|' to keep them literal; in
            search and sql they are part of the query: there, 'once FILE' or "once '|SHELLCMD'" redirects
            the next command. Status lines stay on the screen.
            set pager auto|on|off, set display table|vertical|auto. Start-up file:
            $XDG_CONFIG_HOME/dossier/rc.dsh (skipped with --no-rc).

            """
        return .text(out, paged: false)
    }
}
