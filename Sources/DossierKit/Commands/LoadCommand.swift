import ArgumentParser

/// `load FILE|DIR|GLOB|URL|-…`: reads documents (on every core), runs extraction, adds them to the
/// workspace in the order given.
public struct LoadCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load documents from files, directories, glob patterns, URLs or standard input.",
        discussion: """
            Reads plain text, Markdown, HTML pages (main text and metadata) and PDF \
            (\(DocumentReader.supportedExtensionList); PDF needs pdftotext from poppler-utils). \
            A directory loads every supported file below it; http(s) URLs are fetched; '-' reads one \
            document from standard input (not available when the script itself comes from standard \
            input). Content already loaded (same SHA-256) is skipped. Files are read and analysed on \
            all cores; Ctrl-C stops and keeps what was loaded. \
            Examples: load article.txt   load ~/articles   load 'pages/*.html'   load https://example.org/a.html   (shell) cat a.txt | dossier -c 'load -'
            """)
    public static let group = CommandGroup.documents
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "Files, directories, glob patterns, http(s) URLs, or - for standard input.")
    var paths: [String] = []

    @Option(help: "Read standard input as this format: text, markdown, html or pdf (default: guessed).")
    var format: String?

    @Option(help: "Seconds to wait for a web server.")
    var timeout: Double = 20

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    /// Above this many documents, one summary line replaces the per-document lines.
    static let listLimit = 20

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !paths.isEmpty else { throw CommandError("load: name at least one file, directory, pattern, URL or -") }
        if let format, DocumentReader.format(named: format) == nil {
            throw CommandError("load: unknown format '\(format)' (text, markdown, html, pdf)")
        }
        guard timeout > 0 else { throw CommandError("load: --timeout must be a positive number of seconds") }
        let items = try plan(&context)
        guard !items.isEmpty else { return .none }
        var loader = BatchLoader(analyzer: context.analyzer, fetcher: URLFetcher(timeout: timeout))
        if let jobs { loader.workers = max(1, jobs) }
        var run = LoadRun(items: items, showEach: items.count <= Self.listLimit)
        run.load(with: loader, into: &context)
        return run.lines.isEmpty ? .none : .status(run.lines.joined(separator: "\n"))
    }

    /// Turns the arguments into items in order; errors for arguments that name nothing.
    private func plan(_ context: inout ShellContext) throws -> [LoadItem] {
        var items: [LoadItem] = []
        for arg in paths {
            if arg == "-" {
                if context.terminal.stdinIsScript {
                    throw CommandError("load -: standard input is the script being run; "
                        + "pipe the document to 'dossier -c \"load -\"' or run the script with -f FILE")
                }
                guard let bytes = StandardInput.readAll(interruption: context.interruption) else {
                    throw CommandError("load -: interrupted, nothing read")
                }
                items.append(.standardInput(bytes, format: format ?? StandardInput.sniffFormat(bytes)))
            } else if LoadItem.isURL(arg) {
                items.append(.url(arg))
            } else {
                let plan = LoadPlanner.plan([arg])
                context.errors += plan.errors.map(\.description)
                items += plan.files.map(LoadItem.file)
            }
        }
        return items
    }
}
