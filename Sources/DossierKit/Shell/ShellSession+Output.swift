/// Where a command's output goes: redirections (`> FILE`, `>> FILE`, `| SHELLCMD`), the pager,
/// results vs status lines, and control characters escaped for terminals.
extension ShellSession {
    /// Runs one command, sending its results to the file or shell command it names (or that `once`
    /// named), if any. The file is opened first, so a file that cannot be written stops the command
    /// before it runs.
    mutating func executeRedirected(_ split: SplitCommand, location: String?) -> LineResult {
        var redirection = split.redirection
        if redirection == nil, let pending = context.pendingRedirection {
            context.pendingRedirection = nil
            redirection = pending
        }
        guard let redirection else { return executeOne(split, location: location) }
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

    /// A result: into the redirection being collected, else to standard output — through the
    /// pager when `set pager` says so — with control characters made visible on a terminal
    /// (`escaped` when the text was already made safe, as rendered tables are).
    mutating func emitResult(_ text: String, escaped: Bool = false) {
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
    func emitStatus(_ text: String) {
        switch context.terminal.status {
        case .output:
            guard context.terminal.stdoutIsTTY else { return console.write(text) }
            // On a terminal, long status lines break at spaces rather than mid-word.
            var safe = TerminalText.escapingControls(text)
            if let columns = console.screenSize()?.columns, columns > 20, ScreenLines.exceed(safe, rows: safe.count { $0 == "\n" }, columns: columns) {
                safe = safe.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    .flatMap { DisplayWidth.wrap(String($0), to: columns) }.joined(separator: "\n") + "\n"
            }
            console.write(safe)
        case .error: writeDiagnostic(text)
        case .none: break
        }
    }

    /// Standard error, with control characters made visible when it is a terminal.
    func writeDiagnostic(_ text: String) {
        console.writeError(context.terminal.stderrIsTTY ? TerminalText.escapingControls(text) : text)
    }

    /// Whether `text` goes through the pager: only for a person at a terminal; `set pager on`
    /// always, `auto` when it is longer than the screen.
    func shouldPage(_ text: String) -> Bool {
        guard context.terminal.isInteractive else { return false }
        switch context.settings.pager {
        case .off: return false
        case .on: return true
        case .auto:
            guard let size = console.screenSize(), size.rows > 1, size.columns > 0 else { return false }
            return ScreenLines.exceed(text, rows: size.rows - 1, columns: size.columns)
        }
    }
}
