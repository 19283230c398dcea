import DossierKit
import Foundation

/// `dossier-bench journal [DIR]`: what the journal of unsaved changes costs. Loads DIR (default
/// the BBC corpus) with extraction in a shell without and with a journal, then times small
/// changes (note, tag, merge) both ways, and recovery of the journal a "killed" shell left.
enum JournalBenchmark {
    static func run(_ arguments: [String]) {
        let corpus = arguments.first ?? "../shared/data/news/bbc"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-journal-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func shell() -> ShellSession {
            ShellSession(context: ShellContext(store: SessionStore(directory: folder)), console: BufferConsole())
        }
        var plain = shell()
        var journaled = shell()
        _ = journaled.startJournal(in: folder + "/journal")
        let loadPlain = AnnotationBenchmark.time { _ = plain.execute("load '\(corpus)'", location: nil) }
        let loadJournaled = AnnotationBenchmark.time { _ = journaled.execute("load '\(corpus)'", location: nil) }
        let w = journaled.context.workspace
        let journalPath = journaled.journal?.path ?? ""
        let loadEntry = (try? FileManager.default.attributesOfItem(atPath: journalPath)[.size] as? Int) ?? 0
        print(String(format: "load %@: %d documents, %d entities, %d figures", corpus, w.documents.count, w.entities.count, w.figures.count))
        print(String(format: "  load without journal %.0f ms, with journal %.0f ms (entry %.1f MB)",
                     loadPlain, loadJournaled, Double(loadEntry) / 1e6))
        let ids = w.entities.prefix(40).map(\.id.description)
        for (name, lines) in [("note d1", (0..<20).map { "note d1 \"n\($0)\"" }),
                              ("tag eN", (0..<20).map { "tag \(ids[$0 % ids.count]) t\($0)" }),
                              ("merge eA eB", (0..<10).map { "merge \(ids[2 * $0]) \(ids[2 * $0 + 1])" }),
                              ("show d1 (no change)", (0..<20).map { _ in "show d1" })] {
            let a = lines.map { line in AnnotationBenchmark.time { _ = plain.execute(line, location: nil) } }.sorted()
            let b = lines.map { line in AnnotationBenchmark.time { _ = journaled.execute(line, location: nil) } }.sorted()
            print(name.padding(toLength: 20, withPad: " ", startingAt: 0)
                  + String(format: " median without %6.2f ms, with journal %6.2f ms", a[a.count / 2], b[b.count / 2]))
        }
        // The history lines of commands after the last change are not journaled (docs/RELIABILITY.md).
        var died = journaled.context.workspace
        died.history.removeLast(20)
        journaled.journal?.finish(keep: true)
        var recovering = shell()
        var recovered = false
        let ms = AnnotationBenchmark.time {
            if let pending = JournalRecovery.pending(in: folder + "/journal").first {
                recovered = (try? recovering.recover(pending)) != nil
            }
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: journalPath)[.size] as? Int) ?? 0
        print(String(format: "recovery of %.1f MB journal: %.0f ms; exact: %@; peak memory %d MB",
                     Double(size) / 1e6, ms, recovered && recovering.context.workspace == died ? "yes" : "NO",
                     AnnotationBenchmark.peakMemoryMB()))
        recovering.finishJournal(keep: false)
    }
}
