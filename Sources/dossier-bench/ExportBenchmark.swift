import DossierKit
import Foundation

/// `dossier-bench export [DIR]`: the charts' data, the entity network (GEXF, GraphML) and the
/// reports (HTML, Markdown; key figures and all) over every `.txt` file under DIR, after extraction.
enum ExportBenchmark {
    static func run(_ arguments: [String]) {
        let root = arguments.first ?? "../shared/data/news/bbc"
        let texts = FiguresBenchmark.loadTexts(under: root)
        guard !texts.isEmpty else {
            print("dossier-bench export: no .txt files under \(root)")
            return
        }
        var w = Workspace()
        let analyzeTime = FiguresBenchmark.cpuSeconds {
            for (i, t) in texts.enumerated() {
                let draft = DocumentDraft(title: "t\(i)", source: "d\(i).txt", format: "text", sha256: "\(i)", text: t)
                w.add(draft, analysis: TextAnalyzer.standard.analyze(t), loadedAt: "2026-01-01T00:00:00Z")
            }
        }
        print("export: \(texts.count) documents, \(w.entities.count) entities, \(w.figures.count) figures "
            + "(extraction \(String(format: "%.2f", analyzeTime)) s CPU)")
        func measure(_ name: String, _ work: () throws -> Int) {
            var size = 0
            let s = FiguresBenchmark.cpuSeconds { size = (try? work()) ?? -1 }
            print("  " + name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%7.3f s CPU", s) + (size > 0 ? "  \(Format.megabytes(size))" : ""))
        }
        measure("timeline chart data") { _ = try TimelineChart(Timeline.entries(in: w, documents: nil), by: nil); return 0 }
        measure("figures chart data") { _ = FigureChart(w.figures); return 0 }
        measure("network by sentence + GEXF") { GEXFWriter.write(CooccurrenceGraph(w), title: "bench", generated: "2026-01-01").utf8.count }
        measure("network by paragraph + GraphML") { GraphMLWriter.write(CooccurrenceGraph(w, unit: .paragraph)).utf8.count }
        for all in [false, true] {
            measure("HTML report" + (all ? " --all" : "")) {
                try HTMLReport.render(w, title: "bench", scope: "", generated: "2026-01-01", author: "bench", allFigures: all).utf8.count
            }
            measure("Markdown report" + (all ? " --all" : "")) {
                ResearchReport.markdown(w, title: "bench", generated: "2026-01-01", author: "bench", allFigures: all).utf8.count
            }
        }
    }
}
