import Foundation
import Testing
@testable import DossierKit

/// Fuzzes the HTML loader with mutated real pages from `../shared/data/html/pages`: every page
/// gives an article (possibly empty), never a trap.
@Suite struct HTMLLoaderFuzzTests {
    static let tags: [[UInt8]] = ["<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<br/>",
                                  "<meta charset=\"utf-16\">", "<meta charset=\"shift_jis\">", "<title>", "</title>",
                                  "<article>", "<table><tr><td>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "\u{FEFF}",
                                  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"",
                                  "PGP Fingerprint: 91CF B387 7B38 148C DDD6 38D2 6CBC 1E46 1DBF 22A8"].map { Array($0.utf8) }

    @Test func mutatedPages() throws {
        let folder = Fuzz.sharedData + "/html/pages"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
        try #require(!names.isEmpty, "the shared pages are expected at \(folder) (../shared beside the repository)")
        // Small pages first: more inputs per second; the large ones are still picked.
        let pages = names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
            .sorted { $0.count < $1.count }
        let n = Fuzz.run("html", minimum: 10) { rng in
            let index = min(pages.count - 1, Int(Double(pages.count) * pow(Double.random(in: 0..<1, using: &rng), 2)))
            let bytes = Fuzz.mutate(pages[index], &rng, interesting: Self.tags)
            let article = HTMLArticle.read(bytes, source: "page.html")
            #expect(article.text.unicodeScalars.count >= 0)
        }
        #expect(n >= 10)
    }
}
