import DossierKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dossier-bench sessions [--corpus DIR] [--copies 1,4,9] [--runs N] [--keep DIR]`: builds sessions
/// of the corpus copied 1×, 4× and 9× (each copy with one word changed per document, so every copy
/// is a new document with the same entities, figures and quotes), then times the built `dossier`
/// binary opening each (`-c quit`), opening and searching, and opening and saving, interleaved with
/// Python's `json.load` of the same file (what parsing it costs), and reports min–median and peak RSS.
enum SessionsBenchmark {
    struct Options {
        var corpus = "../shared/data/news/bbc"
        var copies = [1, 4, 9]
        var runs = 5
        var keep: String?
    }

    static func run(_ arguments: [String]) {
        guard let options = parse(arguments) else {
            emit("usage: dossier-bench sessions [--corpus DIR] [--copies 1,4,9] [--runs N] [--keep DIR]")
            return
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("dossier").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            emit("sessions: \(binary) is not built (swift build -c release)")
            return
        }
        let folder = options.keep ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-bench-sessions-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if options.keep == nil { try? FileManager.default.removeItem(atPath: folder) } }

        let loaded = loadCorpus(options.corpus)
        emit("corpus: \(loaded.count) documents from \(options.corpus); runs: \(options.runs), interleaved; times min–median")
        emit("| documents | session file | open | open + first search | open + save | save (in process) | Python json.load | peak RSS open / open + save / json.load |")
        emit("|---|---|---|---|---|---|---|---|")
        for copies in options.copies {
            let path = folder + "/bbc-\(copies)x.json"
            var workspace = build(loaded, copies: copies)
            let store = SessionStore(directory: folder)
            let saveTimes = (0..<max(1, options.runs / 2)).map { _ in
                ShellBenchmark.time { _ = try? store.save(workspace, to: path) }
            }
            let documents = workspace.documents.count
            workspace = Workspace()   // the child processes are measured, not this one
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let commands: [(String, [String])] = [
                ("open", [binary, "-q", "--no-rc", path, "-c", "quit"]),
                ("search", [binary, "-q", "--no-rc", path, "-c", "search minister --limit 1"]),
                ("save", [binary, "-q", "--no-rc", path, "-c", "save"]),
                ("python", ["/usr/bin/env", "python3", "-c", "import json,sys; json.load(open(sys.argv[1], 'rb'))", path]),
            ]
            var times: [String: [Double]] = [:], peaks: [String: Int] = [:]
            for _ in 0..<options.runs {
                for (name, argv) in commands {
                    guard let (seconds, peak) = measure(argv) else { continue }
                    times[name, default: []].append(seconds)
                    peaks[name] = max(peaks[name] ?? 0, peak)
                }
            }
            func span(_ samples: [Double]?) -> String {
                guard let s = samples?.sorted(), !s.isEmpty else { return "failed" }
                return String(format: "%.2f–%.2f s", s[0], s[s.count / 2])
            }
            emit("| \(Format.count(documents)) | \(Format.megabytes(size)) | \(span(times["open"])) | \(span(times["search"])) | "
                + "\(span(times["save"])) | \(span(saveTimes)) | \(span(times["python"])) | "
                + "\(peaks["open"] ?? 0) / \(peaks["save"] ?? 0) / \(peaks["python"] ?? 0) MB |")
        }
        if let keep = options.keep { emit("sessions kept in \(keep)") }
    }

    /// Prints a line at once (unbuffered), so each row shows as it is measured, also into a pipe.
    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func parse(_ arguments: [String]) -> Options? {
        var o = Options()
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            guard i + 1 < arguments.count else { return nil }
            let value = arguments[i + 1]
            switch a {
            case "--corpus": o.corpus = value
            case "--copies":
                let counts = value.split(separator: ",").compactMap { Int($0) }.filter { (1...100).contains($0) }
                guard !counts.isEmpty else { return nil }
                o.copies = counts
            case "--runs":
                guard let n = Int(value), (1...100).contains(n) else { return nil }
                o.runs = n
            case "--keep": o.keep = value
            default: return nil
            }
            i += 2
        }
        return o
    }

    /// Reads and analyses every file of the corpus (all cores), in order, without duplicates.
    static func loadCorpus(_ corpus: String) -> [LoadedDocument] {
        let plan = LoadPlanner.plan([corpus])
        var out: [LoadedDocument] = []
        var hashes = Set<String>()
        BatchLoader(reader: DocumentReader(), workers: ProcessInfo.processInfo.activeProcessorCount)
            .run(plan.files.map(LoadItem.file), interruption: Interruption()) { _, result in
                if case .success(let d) = result, hashes.insert(d.draft.sha256).inserted { out.append(d) }
                return true
            }
        return out
    }

    /// The corpus `copies` times; every copy after the first has one word of each document changed
    /// (a letter's case, so offsets and analyses stay valid) and so a new content hash. The first
    /// copy is loaded as `load` would; the others are laid out from it (their mentions join the same
    /// entities, their figures and quotes get new IDs) rather than analysed again, which would take
    /// minutes and give the same session.
    static func build(_ loaded: [LoadedDocument], copies: Int) -> Workspace {
        var base = Workspace()
        for d in loaded { base.add(d.draft, analysis: d.analysis, loadedAt: "2026-01-01T00:00:00Z") }
        guard copies > 1 else { return base }
        let n = base.counters.documents, nf = base.counters.figures, nq = base.counters.quotes
        var documents = base.documents, figures = base.figures, quotes = base.quotes, entities = base.entities
        for copy in 1..<copies {
            for d in base.documents {
                let text = changedWord(d.text, copy: copy)
                documents.append(Document(id: DocumentID(d.id.number + copy * n), title: d.title, source: d.source,
                                          format: d.format, sha256: SHA256Digest.hex(Array(text.utf8)), loadedAt: d.loadedAt,
                                          date: d.date, authors: d.authors, siteName: d.siteName, url: d.url,
                                          language: d.language, text: text))
            }
            for f in base.figures {
                figures.append(Figure(id: FigureID(f.id.number + copy * nf), document: DocumentID(f.document.number + copy * n), facts: f.facts))
            }
            for q in base.quotes {
                quotes.append(Quote(id: QuoteID(q.id.number + copy * nq), document: DocumentID(q.document.number + copy * n), facts: q.facts))
            }
            for i in entities.indices {
                entities[i].mentions += base.entities[i].mentions.map {
                    var m = $0
                    m.document = DocumentID(m.document.number + copy * n)
                    return m
                }
            }
        }
        var counters = base.counters
        counters.documents = n * copies
        counters.figures = nf * copies
        counters.quotes = nq * copies
        return Workspace(documents: documents, entities: entities, figures: figures, annotations: [], curation: [],
                         counters: counters, history: ["load \(loaded.count) documents × \(copies)"], quotes: quotes)
    }

    /// The text with the `copy`-th ASCII lower-case letter that starts a word upper-cased.
    static func changedWord(_ text: String, copy: Int) -> String {
        var bytes = Array(text.utf8)
        var seen = 0
        for i in bytes.indices where (i == 0 || bytes[i - 1] == 0x20) && (0x61...0x7A).contains(bytes[i]) {
            seen += 1
            if seen == copy { bytes[i] -= 0x20; break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Runs a command with its output discarded; returns its wall time and peak RSS in MB, or nil
    /// when it could not be started or failed.
    static func measure(_ argv: [String]) -> (Double, Int)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, argv[0], &actions, nil, &cargs, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else { return nil }
        return (seconds, usage.ru_maxrss / 1024)
    }
}
