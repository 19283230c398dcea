import DossierKit
import Foundation

/// `dossier-bench shell [DIR]`: start-up time of the `dossier` binary, loading a directory
/// (ingest only, then with extraction), and `save`/`open` of the resulting session.
enum ShellBenchmark {
    static func run(_ arguments: [String]) {
        let corpus = arguments.first ?? "../shared/data/news/bbc"
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("dossier").path
        startUp(binary)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        _ = load(corpus, analyzer: TextAnalyzer(), label: "load (ingest only)")
        var shell = load(corpus, analyzer: .standard, label: "load (with extraction)")
        let path = scratch + "/bench.json"
        let save = time { _ = shell.execute("save " + path, location: nil) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "save: %.0f ms, %@", save * 1000, Format.megabytes(size)))
        let open = time { _ = shell.execute("open --force " + path, location: nil) }
        print(String(format: "open: %.0f ms (%@ documents)", open * 1000, Format.count(shell.context.workspace.documents.count)))
        print("peak memory: \(peakMemoryMB()) MB")
    }

    /// Median wall time of `dossier -c quit` over 30 runs (the binary is started fresh each time).
    static func startUp(_ binary: String) {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("start-up: skipped (\(binary) not built)")
            return
        }
        var samples: [Double] = []
        for _ in 0..<30 {
            samples.append(time {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: binary)
                p.arguments = ["-c", "quit"]
                p.standardOutput = FileHandle.nullDevice
                try? p.run()
                p.waitUntilExit()
            })
        }
        samples.sort()
        print(String(format: "start-up (dossier -c quit): median %.1f ms, max %.1f ms", samples[15] * 1000, samples.last! * 1000))
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
