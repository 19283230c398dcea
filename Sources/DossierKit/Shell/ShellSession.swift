/// Runs command lines against a `ShellContext`: splits them, dispatches through the registry,
/// renders results and reports errors. The REPL and scripts share this one path.
public struct ShellSession {
    public var context: ShellContext
    public let registry: CommandRegistry
    public let console: any Console
    private var sourceDepth = 0
    /// Whether the running script stops at its first error; scripts it sources inherit it.
    private var bailing = false
    /// Results collected for a redirection (`> FILE`, `| SHELLCMD`) while its command runs.
    private var captured: String?
    /// Commands whose `>` and `|` belong to their query.
    private let verbatimNames: Set<String>

    /// How running one line went.
    public enum LineResult: Equatable { case ok, failed, quit }

    /// How running a script or a whole interactive session went.
    public struct RunResult: Equatable {
        /// Some command failed.
        public var failed: Bool
        /// `quit` was run (stop reading further input, including enclosing scripts).
        public var quit: Bool
    }

    public init(context: ShellContext, registry: CommandRegistry = .standard, console: any Console) {
        self.context = context
        self.registry = registry
        self.console = console
        verbatimNames = registry.verbatimNames
    }

    /// The prompt: the session name, `*` when there are unsaved changes.
    public var prompt: String { context.sessionName + (context.isDirty ? "*" : "") + "> " }

    // MARK: Running input

    /// Runs every line of a script. Errors are reported as `NAME:LINE: message`; with `bail` the
    /// script stops at the first failing command.
    public mutating func runScript(_ source: any LineSource, name: String, bail: Bool) -> RunResult {
        let outerBail = bailing
        bailing = bail
        defer { bailing = outerBail }
        var failed = false
        var lineNumber = 0
        while true {
            guard case let .line(line, first) = readLogicalLine(source, prompt: "", continuation: "", counter: &lineNumber)
            else { break }
            switch execute(line, location: "\(name):\(first)", bail: bail) {
            case .ok: break
            case .failed:
                failed = true
                if bail { return RunResult(failed: true, quit: false) }
            case .quit: return RunResult(failed: failed, quit: true)
            }
        }
        return RunResult(failed: failed, quit: false)
    }

    /// The read–eval–print loop: prompt, read, run, until `quit` or end of input. Ctrl-C cancels the
    /// line; end of input with unsaved changes asks first.
    public mutating func runInteractive(_ source: any LineSource) -> RunResult {
        var failed = false
        var lineNumber = 0
        while true {
            source.prepare(for: context)
            let line: String
            switch readLogicalLine(source, prompt: prompt, continuation: "...> ", counter: &lineNumber) {
            case .line(let text, _): line = text
            case .interrupted: continue
            case .end:
                if confirmQuit() { return RunResult(failed: failed, quit: true) }
                continue
            }
            if !line.trimmingWhitespace().isEmpty { source.remember(line) }
            switch execute(line, location: nil, bail: false) {
            case .ok: break
            case .failed: failed = true
            case .quit: return RunResult(failed: failed, quit: true)
            }
        }
    }

    /// One logical line, Ctrl-C, or the end of input.
    private enum LogicalLine {
        /// The joined text and the number of its first physical line.
        case line(String, Int)
        case interrupted
        case end
    }

    /// Reads one logical line: physical lines ending in `\` continue on the next one.
    private func readLogicalLine(_ source: any LineSource, prompt: String, continuation: String,
                                 counter: inout Int) -> LogicalLine {
        var text = ""
        var first = 0
        var currentPrompt = prompt
        while true {
            switch source.readLine(prompt: currentPrompt) {
            case .end:
                return text.isEmpty ? .end : .line(text, first)
            case .interrupted:
                return .interrupted
            case .line(let line):
                counter += 1
                if text.isEmpty { first = counter }
                if line.hasSuffix("\\"), !line.hasSuffix("\\\\") {
                    text += line.dropLast()
                    currentPrompt = continuation
                    continue
                }
                return .line(text + line, first)
            }
        }
    }

    /// Asks before quitting with unsaved changes (only when someone can answer).
    private mutating func confirmQuit() -> Bool {
        guard context.isDirty, context.terminal.isInteractive else { return true }
        return console.confirm("Session '\(context.sessionName)' has unsaved changes. Quit anyway?")
    }

    // MARK: One line

    /// Runs one line (possibly several `;`-separated commands). `location` is `FILE:LINE` in scripts.
    public mutating func execute(_ line: String, location: String?, bail: Bool = false) -> LineResult {
        let commands: [SplitCommand]
        do {
            commands = try CommandLineSplitter.split(line, verbatim: verbatimNames)
        } catch {
            report(ShellError.syntax(error), at: location)
            return .failed
        }
        var result = LineResult.ok
        for command in commands {
            switch executeRedirected(command, location: location) {
            case .ok: break
            case .failed:
                result = .failed
                if bail { return .failed }
            case .quit: return .quit
            }
        }
        return result
    }

    /// Runs one command, sending its results to the file or shell command it names, if any. The
    /// file is opened first, so a file that cannot be written stops the command before it runs.
    private mutating func executeRedirected(_ split: SplitCommand, location: String?) -> LineResult {
        guard let redirection = split.redirection else { return executeOne(split, location: location) }
        var file: OutputFile?
        if case let .file(path, append) = redirection {
            do {
                file = try OutputFile(path: LoadPlanner.expandTilde(path), append: append)
            } catch {
                report(error, at: location)
                return .failed
            }
        }
        let outer = captured
        captured = ""
        var result = executeOne(split, location: location)
        let text = captured ?? ""
        captured = outer
        switch redirection {
        case .file:
            do {
                try file?.write(text)
                try file?.close()
            } catch {
                report(error, at: location)
                return .failed
            }
        case .pipe(let command):
            do {
                let status = try console.pipe(text, to: command)
                if status != 0, result == .ok { result = .failed }
            } catch {
                report(CommandError("cannot run '\(command)': \(error)"), at: location)
                return .failed
            }
        }
        return result
    }

    private mutating func executeOne(_ split: SplitCommand, location: String?) -> LineResult {
        context.warnings = []
        context.errors = []
        context.interruption.clear()
        context.rawArguments = split.rawArguments
        let replacedBefore = context.workspaceGeneration
        let typed = ([split.words[0]] + (split.rawArguments.isEmpty ? [] : [split.rawArguments])).joined(separator: " ")
        let before = context.workspace
        let changesBefore = context.changeCount
        // Whether this command itself changed the workspace (not the commands of a script it runs,
        // which record their own undo steps).
        var changed = false
        defer {
            if changed, context.workspaceGeneration == replacedBefore {
                context.undoHistory.record(typed, before: before, after: context.workspace)
            }
            flushWarnings()
        }
        do {
            switch try registry.parse(split.words) {
            case .help(let text):
                emitResult(text.hasSuffix("\n") ? text : text + "\n", escaped: true)
                return .ok
            case .run(var command):
                var output: CommandOutput
                let limit = ListingLimit.requested(by: command)
                if let limit, limit < 1 { throw CommandError("\(split.words[0]): --limit must be at least 1") }
                do {
                    output = try command.execute(in: &context)
                } catch {
                    changed = context.changeCount != changesBefore
                    throw error
                }
                changed = context.changeCount != changesBefore
                if context.workspaceGeneration == replacedBefore, !typed.hasPrefix(" ") {
                    context.workspace.history.append(typed)
                }
                if let limit { output = ListingLimit.apply(limit, to: output) }
                let shown = show(output, location: location)
                flushWarnings()
                for message in context.errors { report(CommandError(message), at: location) }
                return context.errors.isEmpty ? shown : (shown == .quit ? .quit : .failed)
            }
        } catch {
            report(error, at: location)
            return .failed
        }
    }

    private mutating func flushWarnings() {
        for warning in context.warnings { writeDiagnostic("warning: " + warning + "\n") }
        context.warnings = []
    }

    private mutating func show(_ output: CommandOutput, location: String?) -> LineResult {
        switch output {
        case .none: return .ok
        case .message(let s): emitResult(s.hasSuffix("\n") ? s : s + "\n")
        case .status(let s): emitStatus(s.hasSuffix("\n") ? s : s + "\n")
        case .raw(let s): emitResult(s)
        case .text(let s, _): emitResult(s)
        case let .table(table, format):
            let terminal = captured == nil && context.terminal.stdoutIsTTY
            let width = terminal ? console.screenSize()?.columns ?? context.terminal.width : nil
            let color = context.useColor && (terminal || context.settings.color == .on)
            emitResult(TableRenderer.render(table, as: format ?? context.settings.format, width: width, color: color,
                                            display: context.settings.display, escapeControls: terminal),
                       escaped: true)
        case .quit(let force):
            if force || confirmQuit() { return .quit }
        case .runScript(let path):
            return source(path, location: location)
        case .sequence(let outputs):
            var result = LineResult.ok
            for o in outputs {
                let r = show(o, location: location)
                if r == .quit { return .quit }
                if r == .failed { result = .failed }
            }
            return result
        }
        return .ok
    }

    // MARK: Where output goes

    /// A result: into the redirection being collected, else to standard output — through the
    /// pager when `set pager` says so — with control characters made visible on a terminal
    /// (`escaped` when the text was already made safe, as rendered tables are).
    private mutating func emitResult(_ text: String, escaped: Bool = false) {
        if captured != nil {
            captured? += text
            return
        }
        let terminal = context.terminal.stdoutIsTTY
        let safe = terminal && !escaped ? TerminalText.escapingControls(text) : text
        if terminal, shouldPage(safe) { console.page(safe) } else { console.write(safe) }
    }

    /// A status line (`saved …`): beside the results on a terminal, on standard error when they are
    /// piped, or nowhere (`--quiet`).
    private func emitStatus(_ text: String) {
        switch context.terminal.status {
        case .output: console.write(context.terminal.stdoutIsTTY ? TerminalText.escapingControls(text) : text)
        case .error: writeDiagnostic(text)
        case .none: break
        }
    }

    /// Standard error, with control characters made visible when it is a terminal.
    private func writeDiagnostic(_ text: String) {
        console.writeError(context.terminal.stderrIsTTY ? TerminalText.escapingControls(text) : text)
    }

    /// Whether `text` goes through the pager: only for a person at a terminal; `set pager on`
    /// always, `auto` when it is longer than the screen.
    private func shouldPage(_ text: String) -> Bool {
        guard context.terminal.isInteractive else { return false }
        switch context.settings.pager {
        case .off: return false
        case .on: return true
        case .auto:
            guard let size = console.screenSize(), size.rows > 1, size.columns > 0 else { return false }
            return ScreenLines.exceed(text, rows: size.rows - 1, columns: size.columns)
        }
    }

    /// Runs a script file inside the shell (`source FILE`); its errors name that file.
    private mutating func source(_ path: String, location: String?) -> LineResult {
        guard sourceDepth < 16 else {
            report(CommandError("source: scripts nested too deeply (is \(path) sourcing itself?)"), at: location)
            return .failed
        }
        guard let stream = StreamLineSource(path: LoadPlanner.expandTilde(path)) else {
            report(CommandError("source: cannot open \(path)"), at: location)
            return .failed
        }
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let result = runScript(stream, name: path, bail: bailing)
        // The script's own commands reported their errors; none is left for `source` to repeat.
        context.errors = []
        return result.quit ? .quit : result.failed ? .failed : .ok
    }

    private func report(_ error: any Error, at location: String?) {
        var message = String(describing: error)
        if context.terminal.stderrIsTTY { message = TerminalText.escapingControls(message) }
        if let location {
            console.writeError(location + ": " + message + "\n")
        } else {
            let label = context.useColor ? "\u{1B}[31merror:\u{1B}[0m " : "error: "
            console.writeError(label + message + "\n")
        }
    }
}
