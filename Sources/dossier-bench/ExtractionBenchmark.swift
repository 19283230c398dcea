import DossierKit
import Foundation

/// `dossier-bench extract [DIR]`: model load time, then extraction throughput (entities, figures,
/// quotes) over every `.txt` file under DIR (default: the BBC corpus beside the repository), on one
/// core, and what quote extraction adds to it.
enum ExtractionBenchmark {
    static func run(_ directory: String) -> Int32 {
        let clock = ContinuousClock()
        let load = clock.measure { _ = try? TaggerModel.shipped.get() }
        guard let files = FileManager.default.enumerator(atPath: directory)?.compactMap({ $0 as? String })
            .filter({ $0.hasSuffix(".txt") }).sorted(), !files.isEmpty else {
            FileHandle.standardError.write(Data("dossier-bench: no .txt files under \(directory)\n".utf8))
            return 1
        }
        let texts = files.compactMap { try? String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var mentions = 0
        let elapsed = clock.measure {
            for t in texts { mentions += TextAnalyzer.standard.analyze(t).entities.count }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let loadMs = Double(load.components.attoseconds) / 1e15 + Double(load.components.seconds) * 1000
        print(String(format: "model load %.1f ms", loadMs))
        let resources = Bundle.main.bundleURL.appendingPathComponent("Dossier_DossierKit.resources")
        if let g = try? String(contentsOf: resources.appendingPathComponent("gazetteers.tsv"), encoding: .utf8),
           let c = try? String(contentsOf: resources.appendingPathComponent("word-clusters.tsv"), encoding: .utf8) {
            let tg = clock.measure { _ = Gazetteer(tsv: g) }, tc = clock.measure { _ = WordClusters(tsv: c) }
            print("  of which gazetteer \(tg), clusters \(tc)")
        }
        print(String(format: "%d files, %.2f MB, %d mentions in %.2f s: %.2f MB/s", texts.count, Double(bytes) / 1e6,
                     mentions, seconds, Double(bytes) / 1e6 / seconds))
        // what quote extraction adds, measured document by document right after the rest of the
        // analysis of the same text (so both see the same machine load)
        let withoutQuotes = TextAnalyzer(entityExtractor: EntityRecognizer(), figureExtractor: FigureExtractor())
        let extractor = QuoteExtractor()
        var base = Duration.zero, quoting = Duration.zero, quotes = 0
        for t in texts {
            var entities: [EntityMentionFacts] = []
            base += clock.measure { entities = withoutQuotes.analyze(t).entities }
            quoting += clock.measure { quotes += extractor.quotes(in: t, entities: entities).count }
        }
        let baseSeconds = Self.seconds(base), quoteSeconds = Self.seconds(quoting)
        print(String(format: "quotes: %d in %.2f s (%.2f MB/s), adding %.1f%% to entities and figures (%.2f s)",
                     quotes, quoteSeconds, Double(bytes) / 1e6 / quoteSeconds, quoteSeconds / baseSeconds * 100, baseSeconds))
        return 0
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
