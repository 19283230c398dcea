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
            input). A text or Markdown file that reads as a web page copied from a browser keeps its \
            article, titled by its headline; the menus, banners and footers are set aside \
            (read dN --set-aside shows them; --whole keeps every line). Content already loaded \
            (same SHA-256) is skipped. Files, pages and standard input \
            over 50 MB are refused (--max-size MB raises the limit); a web page must arrive within \
            --timeout seconds in all. Files are read and analysed on \
            all cores; Ctrl-C stops and keeps what was loaded. \
            Examples: load article.txt   load --whole page.txt   load ~/articles   load 'pages/*.html'   load https://example.org/a.html   (shell) cat a.txt | dossier -c 'load -'
            """)
    public static let group = CommandGroup.documents
    public static let argumentCompletion = ArgumentCompletion.paths

    @Argument(help: "Files, directories, glob patterns, http(s) URLs, or - for standard input.")
    var paths: [String] = []

    @Option(help: "Read standard input as this format: text, markdown, html or pdf (default: guessed).")
    var format: String?

    @Option(help: "Seconds a web page may take to arrive, in all.")
    var timeout: Double = 20

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    @Flag(help: "Keep every line of text and Markdown files, even when they read as a copied web page.")
    var whole = false

    @Option(name: .customLong("max-size"),
            help: "Largest file, page or standard input to read, in MB (default: \(DocumentReader.defaultMaximumBytes / 1_000_000)).")
    var maxSize: Double?

    /// Above this many documents, one summary line replaces the per-document lines.
    static let listLimit = 20

    public init() {}

    public mutating func execute(in context: inout ShellContext) throws -> CommandOutput {
        guard !paths.isEmpty else { throw CommandError("load: name at least one file, directory, pattern, URL or -") }
        if let format, DocumentReader.format(named: format) == nil {
            throw CommandError("load: unknown format '\(format)' (text, markdown, html, pdf)")
        }
        guard timeout > 0, timeout.isFinite else { throw CommandError("load: --timeout must be a positive number of seconds") }
        if let maxSize, !(maxSize > 0 && maxSize <= 1_000_000) {
            throw CommandError("load: --max-size must be a number of megabytes between 0 and 1000000")
        }
        let limit = maxSize.map { Int($0 * 1_000_000) } ?? DocumentReader.defaultMaximumBytes
        let items = try plan(&context, limit: limit)
        guard !items.isEmpty else { return .none }
        var loader = BatchLoader(reader: DocumentReader(maximumBytes: limit, keepWhole: whole), analyzer: context.analyzer,
                                 fetcher: URLFetcher(timeout: timeout, maximumBytes: limit, interruption: context.interruption))
        if let jobs { loader.workers = max(1, jobs) }
        var run = LoadRun(items: items, showEach: items.count <= Self.listLimit)
        run.load(with: loader, into: &context)
        return run.lines.isEmpty ? .none : .status(run.lines.joined(separator: "\n"))
    }

    /// Turns the arguments into items in order; errors for arguments that name nothing.
    private func plan(_ context: inout ShellContext, limit: Int) throws -> [LoadItem] {
        var items: [LoadItem] = []
        for arg in paths {
            if arg == "-" {
                if context.terminal.stdinIsScript {
                    throw CommandError("load -: standard input is the script being run; "
                        + "pipe the document to 'dossier -c \"load -\"' or run the script with -f FILE")
                }
                let bytes: [UInt8]
                switch StandardInput.readAll(interruption: context.interruption, limit: limit) {
                case .bytes(let read): bytes = read
                case .interrupted: throw CommandError("load -: interrupted, nothing read")
                case .tooLarge:
                    throw CommandError(LoadError.tooLarge("stdin", size: nil, limit: limit, raise: DocumentReader.raiseHint).description)
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
