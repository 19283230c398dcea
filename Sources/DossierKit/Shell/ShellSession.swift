/// Runs command lines against a `ShellContext`: splits them, dispatches through the registry,
/// renders results and reports errors. The REPL and scripts share this one path.
public struct ShellSession {
    public var context: ShellContext
    public let registry: CommandRegistry
    public let console: any Console
    private var sourceDepth = 0
    /// Whether the running script stops at its first error; scripts it sources inherit it.
    private var bailing = false
    /// The journal of unsaved changes (interactive sessions and recoveries); every command is
    /// recorded in it before the prompt returns. See `SessionJournal`.
    public var journal: SessionJournal?
    var journalFailureShown = false
    /// Results collected for a redirection (`> FILE`, `| SHELLCMD`) while its command runs.
    var captured: String?
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
            let logical = readLogicalLine(source, prompt: "", continuation: "", counter: &lineNumber)
            if case let .tooLong(number, limit) = logical {
                report(CommandError(Self.tooLongMessage(limit)), at: "\(name):\(number)")
                failed = true
                if bail { return RunResult(failed: true, quit: false) }
                continue
            }
            guard case let .line(line, first) = logical else { break }
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
            case .tooLong(_, let limit):
                report(CommandError(Self.tooLongMessage(limit)), at: nil)
                failed = true
                continue
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
        /// A physical line over the length limit (its number), dropped.
        case tooLong(Int, limit: Int)
    }

    static func tooLongMessage(_ limit: Int) -> String {
        "line longer than the \(Format.megabytes(limit)) limit, not run (put long text in a file and load it)"
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
            case .tooLong(let limit):
                counter += 1
                return .tooLong(counter, limit: limit)
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

    mutating func executeOne(_ split: SplitCommand, location: String?) -> LineResult {
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
                // New or dropped documents: the search index catches up while the person reads.
                if context.workspace.documents != before.documents {
                    context.searchIndex.prepareInBackground(context.workspace, generation: context.workspaceGeneration)
                }
            }
            recordInJournal(typed)
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
                if let (name, _) = context.workspace.counters.outOfRange, context.workspaceGeneration == replacedBefore {
                    // A new ID past the limit would make the saved session impossible to reopen.
                    context.workspace = before
                    changed = false
                    throw CommandError("\(split.words[0]): the session has used all \(Format.count(IDCounters.limit)) "
                        + "\(name) IDs it may hold; nothing was changed (start a new session, or export and import)")
                }
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
        for warning in context.warnings { writeDiagnostic("warning: " + MessageText.oneLine(warning) + "\n") }
        context.warnings = []
    }

    private mutating func show(_ output: CommandOutput, location: String?) -> LineResult {
        switch output {
        case .none: return .ok
        case .message(let s): emitResult(s.hasSuffix("\n") ? s : s + "\n")
        case .status(let s): emitStatus(s.hasSuffix("\n") ? s : s + "\n")
        case .raw(let s): emitResult(s)
        case .text(let s, _): emitResult(s)
        case let .wrappedText(s, indent):
            // Only on the screen: pipes, files and `> FILE` get the lines as they are.
            let terminal = captured == nil && context.terminal.stdoutIsTTY
            guard terminal, let width = console.screenSize()?.columns ?? context.terminal.width else {
                emitResult(s)
                break
            }
            emitResult(HangingWrap.wrap(TerminalText.escapingControls(s), width: width, indent: indent), escaped: true)
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

    /// Runs a script file inside the shell (`source FILE`); its errors name that file.
    private mutating func source(_ path: String, location: String?) -> LineResult {
        guard sourceDepth < 16 else {
            report(CommandError("source: scripts nested too deeply (is \(path) sourcing itself?)"), at: location)
            return .failed
        }
        let stream: StringLineSource
        do {
            let script = try ScriptFile.open(LoadPlanner.expandTilde(path))
            stream = script.lines
            for warning in script.warnings { console.writeError("warning: " + warning + "\n") }
        } catch {
            report(CommandError("source: \(error)"), at: location)
            return .failed
        }
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let result = runScript(stream, name: path, bail: bailing)
        // The script's own commands reported their errors; none is left for `source` to repeat.
        context.errors = []
        return result.quit ? .quit : result.failed ? .failed : .ok
    }

    func report(_ error: any Error, at location: String?) {
        var message = MessageText.oneLine(String(describing: error))
        if context.terminal.stderrIsTTY { message = TerminalText.escapingControls(message) }
        if let location {
            console.writeError(location + ": " + message + "\n")
        } else {
            let label = context.useColor ? "\u{1B}[31merror:\u{1B}[0m " : "error: "
            console.writeError(label + message + "\n")
        }
    }
}
