import DossierKit
import Foundation

/// `dossier-bench linear [N]`: runs each input that used to take quadratic time at N, 10×N and
/// 100×N (default N = 1,000) and prints the time and its growth; linear work grows about 10× per
/// step. Cases: a Markdown line of `[` and `<!--`, an HTML tag with N attributes, `search` with N
/// hits in one document, `tag` with N tags (command-line parsing included), and N/10 `entity add`
/// steps re-applied while 20 documents are added.
enum LinearBenchmark {
    static func run(_ arguments: [String]) {
        let base = arguments.first.flatMap { Int($0) } ?? 1_000
        print("linear: each case at \(base), \(10 * base) and \(100 * base); 'growth' is the time ratio to the size before (linear ≈ 10)")
        report("Markdown line of N '[' and N '<!--'", sizes: base) { n in
            let line = "Text " + String(repeating: "[", count: n) + String(repeating: "<!--", count: n) + " end."
            return time { _ = MarkdownText.convert("# Title\n\n" + line) }
        }
        report("HTML tag with N attributes", sizes: base) { n in
            let attributes = (0..<n).map { "a\($0)=\"v\"" }.joined(separator: " ")
            let page = Array("<html><body><p \(attributes)>Astana is the capital.</p></body></html>".utf8)
            return time { _ = HTMLParser.parse(page) }
        }
        report("search: N hits in one document", sizes: base) { n in
            var w = Workspace()
            let text = "Budget talks\n\n" + Array(repeating: "tax", count: n).joined(separator: " ")
            w.add(DocumentDraft(title: "Budget talks", source: "bench.txt", format: "text", sha256: "1", text: text),
                  analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
            var session = ShellSession(context: ShellContext(workspace: w), console: BufferConsole())
            _ = session.execute("search budget", location: nil) // builds the index
            return time { _ = session.execute("search tax", location: nil) }
        }
        report("tag d1 with N tags (split, parse, run)", sizes: base) { n in
            var w = Workspace()
            w.add(DocumentDraft(title: "Notes", source: "bench.txt", format: "text", sha256: "1", text: "Some text."),
                  analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
            var session = ShellSession(context: ShellContext(workspace: w), console: BufferConsole())
            let line = "tag d1 " + (0..<n).map { "t\($0)" }.joined(separator: " ")
            return time { _ = session.execute(line, location: nil) }
        }
        report("20 documents added after N/10 entity add steps", sizes: base) { n in
            var w = Workspace()
            let names = (0..<(n / 10)).map { "Zorblat\($0) Group" }
            w.add(DocumentDraft(title: "Names", source: "names.txt", format: "text", sha256: "0",
                                text: names.map { $0 + " said yes." }.joined(separator: " ")),
                  analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
            for name in names { w.curate(CurationStep(op: .add, entity: name, type: .organization)) }
            let sentence = "Kazakhstan said more than 98,000 Russians entered the country. Zorblat7 Group agreed. "
            return time {
                for d in 1...20 {
                    w.add(DocumentDraft(title: "D\(d)", source: "d\(d).txt", format: "text", sha256: "\(d)",
                                        text: String(repeating: sentence, count: 40)),
                          analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
                }
            }
        }
        print("peak memory: \(AnnotationBenchmark.peakMemoryMB()) MB")
    }

    /// Times `body` at base, 10×base and 100×base (best of 3 below 100×) and prints one line per size.
    static func report(_ name: String, sizes base: Int, _ body: (Int) -> Double) {
        print(name)
        var previous: Double?
        for n in [base, 10 * base, 100 * base] {
            let ms = n < 100 * base ? (0..<3).map { _ in body(n) }.min()! : body(n)
            let growth = previous.map { String(format: "   growth %5.1f×", ms / max($0, 0.001)) } ?? ""
            print("  N = " + String(n).padding(toLength: 9, withPad: " ", startingAt: 0) + String(format: "%10.1f ms", ms) + growth)
            previous = ms
        }
    }

    static func time(_ body: () -> Void) -> Double { AnnotationBenchmark.time(body) }
}
