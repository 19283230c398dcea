import DossierKit
import Foundation

/// `dossier-bench annotations [N]`: times the `annotations` listing (table and JSON) and `save`
/// on a session with N annotations (default 10,000) of every kind over 20 documents.
enum AnnotationBenchmark {
    static func run(count: Int) {
        var w = Workspace()
        let sentence = "Kazakhstan said more than 98,000 Russians entered the country since mobilization began. "
        for d in 0..<20 {
            let text = String(repeating: sentence, count: 60) + "Document \(d) 🎉."
            let draft = DocumentDraft(title: "Document \(d)", source: "bench\(d).txt", format: "text",
                                      sha256: String(format: "%064d", d), text: text)
            w.add(draft, analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
        }
        let texts = w.documents.map { CodePointText($0.text) }
        for i in 0..<count {
            let d = i % 20
            let doc = DocumentID(d + 1)
            switch i % 4 {
            case 0: w.annotate(.note, .document(doc), body: "note \(i): check against the ministry's figure", author: "bench", at: "2026-01-01T00:00:00Z")
            case 1: w.annotate(.tag, .document(doc), body: "tag\(i % 50)", author: "bench", at: "2026-01-01T00:00:00Z")
            default:
                let start = (i * 7) % (texts[d].count - 40)
                w.annotate(.highlight, TextAnchor.span(in: texts[d], document: doc, start: start, end: start + 25),
                           body: i % 3 == 0 ? "" : "why \(i)?", author: "bench", at: "2026-01-01T00:00:00Z")
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let console = BufferConsole()
        var session = ShellSession(context: ShellContext(workspace: w, store: SessionStore(directory: folder)), console: console)

        print("annotations: \(w.annotations.count) over \(w.documents.count) documents")
        for line in ["annotations", "annotations --format json", "annotations --kind highlight --target d3", "tags", "save \(folder)/bench.json", "note d1 \"one more\"", "undo", "export annotations \(folder)/bench.jsonld", "import annotations \(folder)/bench.jsonld"] {
            let times = (0..<5).map { _ in time { _ = session.execute(line, location: nil) } }
            let sorted = times.sorted()
            print(line.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: " min %7.1f ms   median %7.1f ms", sorted[0], sorted[2]))
        }
        let build = (0..<5).map { _ in time { _ = AnnotationTable.make(w.annotations(matching: AnnotationFilter())) } }.min()!
        let table = AnnotationTable.make(w.annotations)
        let render = (0..<5).map { _ in time { _ = TableRenderer.render(table, as: .table, width: nil, color: false) } }.min()!
        print(String(format: "  of which: building rows %.1f ms, rendering the table %.1f ms", build, render))
        reanchor(w)
        let before = peakMemoryMB()
        let hundred = time { for i in 0..<UndoHistory.limit { _ = session.execute("note d2 \"undo depth \(i)\"", location: nil) } }
        print(String(format: "%d notes, each with an undo snapshot: %.1f ms; peak memory %d MB → %d MB",
                     UndoHistory.limit, hundred, before, peakMemoryMB()))
        let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/bench.json")[.size] as? Int) ?? 0
        print("session file: \(size / 1000) KB; output written: \(console.output.utf8.count / 1000) KB")
    }

    /// Reloads d3 with a sentence inserted at the start and the first sentence's ending changed, and times re-anchoring.
    static func reanchor(_ workspace: Workspace) {
        var w = workspace
        let old = w.document(DocumentID(3))!
        var changed = "A new first paragraph. " + old.text
        if let r = changed.range(of: "since mobilization began.") { changed.replaceSubrange(r, with: "after the call-up.") }
        let draft = DocumentDraft(title: old.title, source: old.source, format: "text", sha256: String(repeating: "f", count: 64), text: changed)
        let spans = w.annotations.filter { if case .span(let d, _, _, _, _, _) = $0.target { d == DocumentID(3) } else { false } }.count
        var summary: ReloadSummary?
        let ms = time { summary = w.reload(DocumentID(3), with: draft, analysis: DocumentAnalysis(), loadedAt: "2026-01-02T00:00:00Z") }
        print(String(format: "reload d3 (%d code points, %d passages): %.1f ms; moved %d, orphaned %d",
                     changed.unicodeScalars.count, spans, ms, summary?.moved.count ?? 0, summary?.orphaned.count ?? 0))
    }

    /// Peak resident memory so far (`VmHWM` in /proc/self/status), in MB.
    static func peakMemoryMB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
}
