import DossierKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dossier-bench load [DIR…]`: loads a corpus (default: the 2,225 BBC articles) into a fresh
/// workspace with one worker and with one per core, reading, extracting (`TextAnalyzer.standard`)
/// and adding documents in order, and prints documents/s, MB/s and the speed-up. With
/// `--compare-whole` it also loads with `load --whole`'s reader (no web-page detection for text
/// and Markdown), interleaved, to show what the detection costs.
enum LoadBenchmark {
    static func run(_ arguments: [String]) {
        let compare = arguments.contains("--compare-whole")
        let rest = arguments.filter { $0 != "--compare-whole" }
        let dirs = rest.isEmpty ? ["../shared/data/news/bbc"] : rest
        let plan = LoadPlanner.plan(dirs)
        for e in plan.errors { print("error: \(e)") }
        guard !plan.files.isEmpty else { return }
        let items = plan.files.map(LoadItem.file)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("corpus: \(items.count) files from \(dirs.joined(separator: " ")); \(cores) cores")
        var rates: [Int: Double] = [:]
        var best: [Int: (Double, String)] = [:]
        var bestWhole: [Int: (Double, String)] = [:]
        let counts = Array(Set([1, cores])).sorted()
        // Alternate the configurations and keep each one's best of five: the machine is shared.
        for _ in 0..<5 {
            for workers in counts {
                if compare {
                    let (seconds, line) = measure(items, workers: workers, reader: DocumentReader(keepWhole: true))
                    if seconds < bestWhole[workers]?.0 ?? .infinity { bestWhole[workers] = (seconds, line) }
                }
                let (seconds, line) = measure(items, workers: workers)
                if seconds < best[workers]?.0 ?? .infinity { best[workers] = (seconds, line) }
            }
        }
        for workers in counts {
            guard let (seconds, summary) = bestWhole[workers] else { continue }
            print(String(format: "--whole, workers %d: %@ in %.3f s (best of 5)", workers, summary, seconds))
        }
        for workers in counts {
            guard let (seconds, summary) = best[workers] else { continue }
            rates[workers] = Double(items.count) / seconds
            print(String(format: "workers %d: %@ in %.3f s (best of 5)", workers, summary, seconds))
        }
        if let one = rates[1], let all = rates[cores], cores > 1 {
            print(String(format: "speed-up with %d workers: %.2f×", cores, all / one))
        }
    }

    /// One full load; returns its wall time and a `N documents, X docs/s, Y MB/s` line.
    static func measure(_ items: [LoadItem], workers: Int, reader: DocumentReader = DocumentReader()) -> (Double, String) {
        var workspace = Workspace()
        var bytes = 0, failed = 0
        var hashes = Set<String>()  // as LoadRun does: a hash set, not a scan per document
        let start = Date()
        let cpuStart = cpuSeconds()
        BatchLoader(reader: reader, workers: workers).run(items, interruption: Interruption()) { _, result in
            switch result {
            case .success(let loaded):
                bytes += loaded.sourceBytes
                if hashes.insert(loaded.draft.sha256).inserted {
                    workspace.add(loaded.draft, analysis: loaded.analysis, loadedAt: "2000-01-01T00:00:00Z")
                }
            case .failure: failed += 1
            }
            return true
        }
        let seconds = Date().timeIntervalSince(start)
        let cpu = cpuSeconds() - cpuStart
        let line = String(format: "%d documents (%d failed), %.0f docs/s, %.2f MB/s, CPU %.3f s (%.1f cores busy)",
                          workspace.documents.count, failed, Double(items.count) / seconds, Double(bytes) / 1e6 / seconds,
                          cpu, cpu / seconds)
        return (seconds, line)
    }

    /// User + system CPU time of this process so far (all threads).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
