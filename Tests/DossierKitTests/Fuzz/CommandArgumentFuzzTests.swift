import Foundation
import Testing
@testable import DossierKit

/// Fuzzes every command that only reads or changes the workspace with hostile arguments (extreme
/// and non-finite numbers, reversed spans, unknown IDs, odd options) on a loaded workspace: each
/// line succeeds or fails with a message, never a trap. Commands that touch files, the network or
/// standard input (load, reload, import, export, save, source, open, quit) are left out.
@Suite struct CommandArgumentFuzzTests {
    static let excluded: Set<String> = ["load", "reload", "import", "export", "save", "source", "open", "quit", "exit", "q", "sessions"]
    static let arguments = ["d1", "d2", "e1", "e2", "e3", "f1", "f2", "a1", "a2", "d1:0-5", "d1:5-2", "d1:0-999999", "d0", "e0",
                            "d-1", "-1", "0", "1", "2", "99999999999999999999", "9223372036854775807", "-9223372036854775808",
                            "nan", "inf", "-inf", "1e308", "0.5", "--format", "json", "csv", "table", "--min", "--max",
                            "--limit", "--width", "--nth", "--sort", "--type", "--doc", "--tag", "--about", "--kind",
                            "--context", "--lines", "PER", "ORG", "LOC", "MISC", "money", "mentions", "Tokayev", "Kazakhstan",
                            "'two words'", "\"\"", "''", "*", "t1", "#t", "🎉", "e\u{301}", "漢字", "SELECT", "1-3", "5-", "-3",
                            "2-1", "--", "-x", "--force", "--orphaned", "--all", "x:y", "d1:", ":", "title:", "NEAR(a b)"]

    @Test func hostileArguments() {
        let names = CommandRegistry.standard.allNames.filter { !Self.excluded.contains($0) }
        var h = ShellHarness()
        h.session.context.analyzer = TextAnalyzer(entityExtractor: StubExtractor(names: Fixture.names),
                                                  figureExtractor: FigureExtractor())
        let base: Workspace = {
            var w = Workspace()
            for (i, text) in Fixture.texts.enumerated() {
                w.add(Fixture.draft(text, source: "doc\(i + 1).txt"), analysis: h.session.context.analyzer.analyze(text),
                      loadedAt: "2026-01-01T00:00:00Z")
            }
            w.annotate(.note, .document(DocumentID(1)), body: "n", author: "t", at: "2026-01-01T00:00:00Z")
            w.annotate(.tag, .entity(EntityID(1)), body: "t1", author: "t", at: "2026-01-01T00:00:00Z")
            return w
        }()
        h.session.context.replaceWorkspace(base, path: nil)
        var lines = 0
        Fuzz.run("arguments") { rng in
            // Start again from the loaded workspace now and then, so later lines still find things.
            if Int.random(in: 0..<50, using: &rng) == 0 { h.session.context.replaceWorkspace(base, path: nil) }
            var words = [names.randomElement(using: &rng)!]
            for _ in 0..<Int.random(in: 0...5, using: &rng) { words.append(Self.arguments.randomElement(using: &rng)!) }
            _ = h.session.execute(words.joined(separator: " "), location: nil)
            lines += 1
        }
        #expect(lines >= 20)
    }
}
