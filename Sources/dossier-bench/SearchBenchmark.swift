import DossierKit
import Foundation

/// `dossier-bench search [--corpus DIR] [--docs N] [--queries FILE] [--rounds R] [--session PATH]`:
/// index build throughput, search latency (p50/p99 over the fixed query list) and `open` of a saved
/// session with its index, on a corpus of text files replicated to N documents when N is larger.
struct SearchBenchmark {
    var corpus = "../shared/data/news/bbc"
    var documents: Int?
    var queriesPath = "Benchmarks/search-queries.txt"
    var rounds = 5
    var sessionPath: String?

    init(arguments: [String]) throws {
        var args = arguments[...]
        while let flag = args.popFirst() {
            guard let value = args.popFirst() else { throw BenchError("\(flag) needs a value") }
            switch flag {
            case "--corpus": corpus = value
            case "--docs": documents = Int(value)
            case "--queries": queriesPath = value
            case "--rounds": rounds = Int(value) ?? rounds
            case "--session": sessionPath = value
            default: throw BenchError("unknown option \(flag)")
            }
        }
    }

    func run() throws {
        let files = try CorpusFiles.replicate(corpus, to: documents)
        print("corpus: \(files.count) files from \(corpus)")

        var clock = ContinuousClock.now
        var workspace = Workspace()
        let reader = DocumentReader()
        var bytes = 0
        for path in files {
            let draft = try reader.read(path: path)
            bytes += draft.text.utf8.count + draft.title.utf8.count
            workspace.add(draft, analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
        }
        print("read: \(Self.seconds(since: clock)) s, \(Self.mb(bytes)) MB of text")

        let index = SearchIndex()
        clock = .now
        _ = try index.search(SearchQuery("warmup"), in: workspace, generation: 0, limit: 1)
        let build = Self.elapsed(since: clock)
        print(String(format: "index build: %.2f s, %.1f MB/s (%d documents)", build, Double(bytes) / 1e6 / build, files.count))
        print("memory after build (VmHWM): \(PeakMemory.megabytes()) MB")

        let queries = try QueryList.load(queriesPath)
        var latencies: [Double] = []
        var slowest: [(Double, String)] = []
        for round in 0..<rounds {
            for q in queries {
                let parsed = try SearchQuery(q)
                clock = .now
                let results = try index.search(parsed, in: workspace, generation: 0, limit: 10)
                let ms = Self.elapsed(since: clock) * 1000
                latencies.append(ms)
                if round == 0 { slowest.append((ms, "\(q) (\(results.total) docs)")) }
            }
        }
        print(Latency.summary("search (index, top 10)", latencies))
        for (ms, q) in slowest.sorted(by: { $0.0 > $1.0 }).prefix(5) { print(String(format: "  %.2f ms  %@", ms, q)) }

        var shell = ShellSession(context: ShellContext(workspace: workspace), console: BufferConsole())
        _ = shell.execute("search warmup", location: nil) // the shell's own index: build it first
        var commandLatencies: [Double] = []
        for q in queries {
            clock = .now
            _ = shell.execute("search " + q + " --limit 10", location: nil)
            commandLatencies.append(Self.elapsed(since: clock) * 1000)
        }
        print(Latency.summary("search command (parse, query, render)", commandLatencies))

        let session = sessionPath ?? NSTemporaryDirectory() + "dossier-bench-\(files.count).json"
        try SessionStore().save(workspace, to: session)
        workspace = Workspace()
        shell = ShellSession(context: ShellContext(), console: BufferConsole())
        clock = .now
        guard shell.execute("open " + session, location: nil) == .ok else { throw BenchError("open failed") }
        let open = Self.elapsed(since: clock)
        clock = .now
        _ = shell.execute("search economy", location: nil)
        let first = Self.elapsed(since: clock)
        print(String(format: "open %@: %.2f s, then first search (index build): %.2f s, total %.2f s",
                     session, open, first, open + first))
        print("peak memory (VmHWM): \(PeakMemory.megabytes()) MB")
    }

    static func elapsed(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    static func seconds(since start: ContinuousClock.Instant) -> String { String(format: "%.2f", elapsed(since: start)) }
    static func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }
}

/// Percentiles of a list of latencies in milliseconds.
enum Latency {
    static func summary(_ label: String, _ ms: [Double]) -> String {
        let s = ms.sorted()
        func p(_ q: Double) -> Double { s[min(s.count - 1, Int((Double(s.count) * q).rounded(.up)) - 1)] }
        return String(format: "%@: %d runs, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms",
                      label, s.count, p(0.5), p(0.9), p(0.99), s.last ?? 0, s.reduce(0, +) / Double(max(1, s.count)))
    }
}

/// The benchmark's query list: one query per line, `#` comments and blank lines skipped.
enum QueryList {
    static func load(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

/// The text files of a corpus, replicated into a temporary folder up to `count` files; every copy
/// after the first ends with a `(copy K)` line so its SHA-256 differs.
enum CorpusFiles {
    static func replicate(_ dir: String, to count: Int?) throws -> [String] {
        let originals = try list(dir)
        guard !originals.isEmpty else { throw BenchError("no .txt files under \(dir)") }
        guard let count, count > originals.count else { return Array(originals.prefix(count ?? originals.count)) }
        let root = NSTemporaryDirectory() + "dossier-bench-corpus-\(count)"
        let fm = FileManager.default
        if let existing = try? list(root), existing.count == count { return existing }
        try? fm.removeItem(atPath: root)
        var out: [String] = []
        var copy = 0
        while out.count < count {
            let folder = root + "/copy\(copy)"
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (i, path) in originals.enumerated() where out.count < count {
                var data = try Data(contentsOf: URL(fileURLWithPath: path))
                if copy > 0 { data.append(contentsOf: Array("\n\n(copy \(copy))\n".utf8)) }
                let target = folder + String(format: "/%05d.txt", i)
                try data.write(to: URL(fileURLWithPath: target))
                out.append(target)
            }
            copy += 1
        }
        return out
    }

    static func list(_ dir: String) throws -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { throw BenchError("cannot read \(dir)") }
        var files: [String] = []
        while let name = e.nextObject() as? String {
            if name.hasSuffix(".txt"), !name.hasSuffix("README.TXT") { files.append(dir + "/" + name) }
        }
        return files.sorted()
    }
}

/// The process's peak resident memory, from /proc/self/status.
enum PeakMemory {
    static func megabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
        return kb / 1024
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
