import ArgumentParser
import DossierKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dossier [FILE] [-f SCRIPT] [-c COMMANDS] [--bail]`: the shell, interactive or scripted.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell", abstract: "Run the shell (the default).")

    @Argument(help: "A session to open (.json) or a script to run (.dsh).")
    var file: String?

    @Option(name: .customShort("f"), help: "Run the commands in this script file.")
    var script: String?

    @Option(name: .customShort("c"), help: "Run these commands (separated by ';') and exit.")
    var commands: String?

    @Flag(help: "Stop a script at the first failing command.")
    var bail = false

    @Flag(help: "Recover the unsaved changes of a shell that was killed (the newest; with SESSION.json, that session's), then go on.")
    var recover = false

    @Flag(name: [.customShort("q"), .long], help: "Print results only: no status lines (opened, loaded, saved, …).")
    var quiet = false

    @Option(help: "Output format of listings: table, json or csv (as 'set format').")
    var format: OutputFormat?

    @Flag(name: .customLong("no-rc"), help: "Do not run the start-up file $XDG_CONFIG_HOME/dossier/rc.dsh.")
    var noRC = false

    @Flag(name: .customLong("rc"), help: "Run the start-up file also before -c, -f and piped scripts.")
    var forceRC = false

    @Option(help: "The folder that session names refer to.")
    var sessionsDir = "Sessions"

    func validate() throws {
        if let file, script == nil, !file.hasSuffix(".json"), !file.hasSuffix(".dsh") {
            throw ValidationError("\(file) is neither a session (.json) nor a script (.dsh); to run it as a script use -f \(file), to load it as a document: dossier -c 'load \(file)'")
        }
        if script != nil, file.map({ !$0.hasSuffix(".json") }) ?? false {
            throw ValidationError("give either -f SCRIPT or a script file, not both")
        }
        if noRC, forceRC { throw ValidationError("give either --rc or --no-rc, not both") }
    }

    mutating func runShell() -> Int32 {
        Locale.setUTF8CType()
        let stdinTTY = isatty(STDIN_FILENO) == 1
        let stdoutTTY = isatty(STDOUT_FILENO) == 1
        let interactive = stdinTTY && commands == nil && script == nil
            && !(file.map { !$0.hasSuffix(".json") } ?? false)
        let env = ProcessInfo.processInfo.environment
        let scriptFromStdin = !interactive && commands == nil && script == nil
            && !(file.map { !$0.hasSuffix(".json") } ?? false)
        var terminal = TerminalInfo(isInteractive: interactive, stdoutIsTTY: stdoutTTY,
                                    width: stdoutTTY ? TerminalSize.columns() : nil,
                                    noColorEnv: env["NO_COLOR"].map { !$0.isEmpty } ?? false,
                                    stdinIsScript: scriptFromStdin)
        // Charts follow the locale the user set, not the C.UTF-8 fallback chosen above for libedit.
        terminal.utf8Locale = ChartStyle.isUTF8Locale(ChartStyle.localeName(in: env))
        terminal.stderrIsTTY = isatty(STDERR_FILENO) == 1
        terminal.status = quiet ? .none : stdoutTTY ? .output : .error
        SignalHandling.installInterruptHandler()
        var context = ShellContext(store: SessionStore(directory: sessionsDir), terminal: terminal,
                                   interruption: SignalHandling.interruption)
        if let format { context.settings.format = format }
        if terminal.stderrIsTTY { context.progress = .standardError }
        let editor = interactive ? LibEditLineSource(historyPath: HistoryFile.path()) : nil
        let console = StandardConsole(size: { stdoutTTY ? TerminalSize.size() : nil },
                                      ask: editor.map { e in { e.ask($0) } })
        var shell = ShellSession(context: context, console: console)

        let sessionFile = file.flatMap { $0.hasSuffix(".json") ? $0 : nil }
        if !RecoveryStart.run(&shell, interactive: interactive, recover: recover, sessionFile: sessionFile,
                              ask: editor.map { e in { e.ask($0) } }) {
            return 1
        }
        defer { shell.finishJournal(keep: !interactive) }
        defer { shell.context.searchIndex.finishCacheWrites() }
        if let sessionFile, !shell.context.isDirty {
            if shell.execute("open " + ShellQuoting.quote(sessionFile), location: nil) != .ok { return 1 }
        }
        // The start-up file runs after the session is open, as psql reads .psqlrc once connected.
        if forceRC || (interactive && !noRC), let rc = StartupFile.path(environment: env) {
            shell.runStartupFile(rc)
        }
        if let commands {
            let result = shell.runScript(StringLineSource(commands), name: "-c", bail: bail)
            return result.failed ? 1 : 0
        }
        if let path = script ?? file.flatMap({ $0.hasSuffix(".json") ? nil : $0 }) {
            let script: (lines: StringLineSource, warnings: [String])
            do { script = try ScriptFile.open(path) } catch {
                StandardStream.error.write("dossier: cannot run script \(error)\n")
                return 1
            }
            for warning in script.warnings { StandardStream.error.write("warning: \(warning)\n") }
            let result = shell.runScript(script.lines, name: path, bail: bail)
            return result.failed ? 1 : 0
        }
        if let editor {
            if shell.context.workspace.documents.isEmpty, file == nil {
                console.write("Dossier — type 'help' for commands, 'quit' to leave.\n")
            }
            _ = shell.runInteractive(editor)
            return 0
        }
        let result = shell.runScript(StreamLineSource.standardInput(), name: "<stdin>", bail: bail)
        return result.failed ? 1 : 0
    }
}
