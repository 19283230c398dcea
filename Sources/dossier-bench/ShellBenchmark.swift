import DossierKit
import Foundation

/// `dossier-bench shell [DIR]`: start-up time of the `dossier` binary, loading a directory
/// (ingest only, then with extraction), and `save`/`open` of the resulting session.
enum ShellBenchmark {
    static func run(_ arguments: [String]) {
        let corpus = arguments.first ?? "../shared/data/news/bbc"
        startUp(dossierBinary)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        var plain = load(corpus, analyzer: TextAnalyzer(), label: "load (ingest only)")
        saveAndOpen(&plain, path: scratch + "/plain.json")
        var full = load(corpus, analyzer: .standard, label: "load (with extraction)")
        saveAndOpen(&full, path: scratch + "/full.json")
        print("peak memory: \(peakMemoryMB()) MB")
    }

    static func saveAndOpen(_ shell: inout ShellSession, path: String) {
        let save = time { _ = shell.execute("save " + path, location: nil) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let open = time { _ = shell.execute("open --force " + path, location: nil) }
        let w = shell.context.workspace
        print(String(format: "  save %.0f ms, open %.0f ms — %@ session (%@ documents, %@ entities, %@ figures)",
                     save * 1000, open * 1000, Format.megabytes(size), Format.count(w.documents.count),
                     Format.count(w.entities.count), Format.count(w.figures.count)))
    }

    /// The `dossier` built next to this benchmark: the binary `Scripts/start.sh` runs.
    static var dossierBinary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dossier").path
    }

    /// Median wall time of `dossier -c quit` over 30 runs (the binary is started fresh each time).
    static func startUp(_ binary: String) {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("start-up: skipped (\(binary) not built)")
            return
        }
        var samples: [Double] = []
        for _ in 0..<30 {
            // posix_spawn + waitpid: Foundation's Process adds milliseconds of its own per launch.
            var argv: [UnsafeMutablePointer<CChar>?] = [strdup(binary), strdup("-c"), strdup("quit"), nil]
            defer { argv.forEach { free($0) } }
            samples.append(time {
                var pid: pid_t = 0
                guard posix_spawn(&pid, binary, nil, nil, &argv, environ) == 0 else { return }
                var status: Int32 = 0
                waitpid(pid, &status, 0)
            })
        }
        samples.sort()
        print(String(format: "start-up (dossier -c quit, 30 runs): median %.1f ms, min %.1f ms, max %.1f ms",
                     samples[15] * 1000, samples[0] * 1000, samples[29] * 1000))
    }

    static func load(_ corpus: String, analyzer: TextAnalyzer, label: String) -> ShellSession {
        var shell = ShellSession(context: ShellContext(analyzer: analyzer), console: BufferConsole())
        let seconds = time { _ = shell.execute("load " + corpus, location: nil) }
        let docs = shell.context.workspace.documents
        let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
        print(String(format: "%@: %d documents, %@ in %.2f s — %.0f documents/s, %.1f MB/s",
                     label, docs.count, Format.megabytes(bytes), seconds, Double(docs.count) / seconds,
                     Double(bytes) / 1e6 / seconds))
        return shell
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func peakMemoryMB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}
