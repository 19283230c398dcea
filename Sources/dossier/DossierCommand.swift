import ArgumentParser

/// The root of the command line: the shell (default) and `extract`.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "An interactive research shell: load documents, explore their entities and figures, annotate, save sessions.",
        discussion: """
            dossier                      start the shell (line editing on a terminal; commands from a pipe)
            dossier SESSION.json         open a saved session, then read commands
            dossier SCRIPT.dsh           run a script of commands
            dossier -c 'load a.txt; docs'
            dossier --recover            recover the unsaved changes of a shell that was killed
            dossier extract --jsonl < in.jsonl > out.jsonl
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, ExtractCommand.self],
        defaultSubcommand: RunCommand.self)
}
