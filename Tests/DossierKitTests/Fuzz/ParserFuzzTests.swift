import Foundation
import Testing
@testable import DossierKit

/// Fuzzes the command-line splitter and the search-query lexer and parser: any input gives words
/// or a typed error, never a trap.
@Suite struct ParserFuzzTests {
    static let shellPieces = ["'", "\"", "\\", ";", "#", " ", "\t", "\n", "\r", "a", "word", "it's", "\\\\", "\\\"", "\\'",
                              ";;", "# c", "é", "e\u{301}", "🎉", "👩‍👩‍👧", "漢字", "\u{0}", "\u{1B}[31m", "\u{FEFF}", "\u{2028}",
                              "note", "d1", "search", "\"\"", "''", "--format", "=", "-", "*", "\\\n"]

    @Test func commandLineSplitter() {
        let n = Fuzz.run("splitter") { rng in
            let line = Fuzz.text(&rng, pieces: Self.shellPieces, maxPieces: 40)
            guard let commands = try? CommandLineSplitter.split(line) else { return }
            for c in commands { #expect(!c.words.isEmpty, "empty command from \(line.debugDescription)") }
        }
        #expect(n >= 20)
    }

    static let queryPieces = ["\"", "'", "(", ")", " ", "AND", "OR", "NOT", "and", "or", "NEAR", "NEAR(", "NEAR/3", ",", "*",
                              "title:", "text:", ":", "^", "-", "+", "word", "U.S.", "Britain's", "1,000", "tax*", "é",
                              "🎉", "漢字", "\u{0}", "\u{7}", "\\", "{", "}", "[", "]", "\"a b\"", "NEAR(a b, 5)", "**", "\u{301}"]

    /// Queries run through the lexer, the checker and a real FTS5 index: they match or fail with
    /// one line, never trap.
    @Test func searchQueries() {
        var h = ShellHarness()
        h.session.context.workspace.add(Fixture.draft(Fixture.texts[0]), analysis: Fixture.analyzer.analyze(Fixture.texts[0]),
                                        loadedAt: "2026-01-01T00:00:00Z")
        let n = Fuzz.run("search") { rng in
            let query = Fuzz.text(&rng, pieces: Self.queryPieces, maxPieces: 16)
            _ = try? SearchQuery(query)
            if !query.contains(where: \.isNewline), Int.random(in: 0..<4, using: &rng) == 0 {
                _ = h.session.execute("search " + query, location: nil)
            }
        }
        #expect(n >= 20)
    }
}
