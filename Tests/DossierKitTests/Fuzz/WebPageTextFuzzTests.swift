import Foundation
import Testing
@testable import DossierKit

/// Fuzzes the reader of web pages saved as text with mutated real pages from
/// `../shared/data/webtext`: never a trap, and what it keeps (the article's lines, the headline,
/// the lines set aside) is always taken from the page, never made up.
@Suite struct WebPageTextFuzzTests {
    static let pieces: [[UInt8]] = ["\n", "\n\n", "Share this article\n", "By Jane Doe\n", "Related articles\n", "Comments\n",
                                    "November 19, 2019 9:45 am\n", "Photo: Jane Doe/AP\n", "\u{3002}", "\u{FF01}", "\"", "\u{201D}",
                                    "1 2 3 4 5 6\n", "Sign up for our newsletter\n", "…\n", "\r\n", "\t"].map { Array($0.utf8) }

    @Test func mutatedPages() throws {
        let folder = Fuzz.sharedData + "/webtext"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(!names.isEmpty, "the shared pages are expected at \(folder) (../shared beside the repository)")
        let pages = names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
            .sorted { $0.count < $1.count }
        var read = 0
        let n = Fuzz.run("webtext", minimum: 10) { rng in
            let index = min(pages.count - 1, Int(Double(pages.count) * pow(Double.random(in: 0..<1, using: &rng), 2)))
            let text = String(decoding: Fuzz.mutate(pages[index], &rng, interesting: Self.pieces), as: UTF8.self)
            guard let page = WebPageText.extract(text) else { return }
            read += 1
            let lines = Set(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespaceSubstring() })
            #expect(page.text.split(separator: "\n").allSatisfy { lines.contains($0.trimmingWhitespaceSubstring()) })
            #expect(page.title.map { lines.contains(Substring($0)) } ?? true)
            #expect(page.setAside.allSatisfy { lines.contains(Substring($0)) })
        }
        #expect(n >= 10)
        #expect(read > 0, "mutated pages should mostly still read as pages")
    }
}
