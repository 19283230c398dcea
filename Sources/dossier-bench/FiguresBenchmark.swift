import DossierKit
import Foundation

/// `dossier-bench figures [DIR]`: figure extraction throughput over every `.txt` file under DIR
/// (default: the BBC corpus beside the repository), against the whole standard analyzer.
enum FiguresBenchmark {
    static func run(_ arguments: [String]) {
        let root = arguments.first ?? "../shared/data/news/bbc"
        let texts = loadTexts(under: root)
        guard !texts.isEmpty else {
            print("dossier-bench figures: no .txt files under \(root)")
            return
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let extractor = FigureExtractor()
        var figures = 0
        let figureTime = cpuSeconds {
            for t in texts { figures += extractor.figures(in: t, documentDate: "2005-01-01").count }
        }
        let analyzerTime = cpuSeconds {
            for t in texts { _ = TextAnalyzer.standard.analyze(t, documentDate: "2005-01-01") }
        }
        let withoutFigures = TextAnalyzer(entityExtractor: TextAnalyzer.standard.entityExtractor)
        let baseTime = cpuSeconds {
            for t in texts { _ = withoutFigures.analyze(t, documentDate: "2005-01-01") }
        }
        func mbps(_ s: Double) -> String {
            String(format: "%.2f MB/s (%.2f s CPU)", Double(bytes) / 1e6 / max(s, 1e-9), s)
        }
        print("figures: \(texts.count) documents, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, \(figures) figures")
        print("  figure extractor alone:      \(mbps(figureTime))")
        print("  standard analyzer:           \(mbps(analyzerTime))")
        print("  standard analyzer without figures: \(mbps(baseTime))")
    }

    /// CPU time of this thread spent in `work`, in seconds (steadier than wall time on a shared machine).
    static func cpuSeconds(_ work: () -> Void) -> Double {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
        work()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
        return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
    }

    static func loadTexts(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        for case let p as String in walker where p.hasSuffix(".txt") { paths.append(p) }
        return paths.sorted().compactMap { try? String(contentsOfFile: root + "/" + $0, encoding: .utf8) }
    }
}
