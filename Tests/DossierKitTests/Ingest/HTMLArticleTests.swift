@testable import DossierKit
import Foundation
import Testing

struct HTMLArticleTests {
    @Test func keepsTheArticleAndDropsTheFurniture() {
        let article = HTMLArticle.read(Array(HTMLFixtures.boilerplatePage.utf8), source: "page.html")
        for paragraph in HTMLFixtures.articleParagraphs {
            #expect(article.text.contains(paragraph))
        }
        for phrase in HTMLFixtures.furniture {
            #expect(!article.text.contains(phrase), "furniture kept: \(phrase)")
        }
        #expect(article.text.components(separatedBy: "\n\n").count == HTMLFixtures.articleParagraphs.count)
    }

    @Test func utilityClassesOnWrappersAreNotFurniture() {
        let page = HTMLFixtures.boilerplatePage.replacingOccurrences(of: "<div class=\"page-wrapper\">",
                                                                     with: "<div class=\"overflow-hidden hidden-xs\">")
        let article = HTMLArticle.read(Array(page.utf8), source: "page.html")
        #expect(article.text.hasPrefix(HTMLFixtures.articleParagraphs[0]))
        #expect(!article.text.contains("Subscribe to our newsletter"))
    }

    @Test func readsThePageThroughDocumentReader() throws {
        let draft = try DocumentReader().draft(bytes: Array(HTMLFixtures.boilerplatePage.utf8), source: "p.html",
                                               format: DocumentReader.format(forPath: "p.html")!)
        #expect(draft.format == "html")
        #expect(draft.title == "Floods force evacuations")
        #expect(draft.language == "en-GB")
        #expect(draft.text.hasPrefix("The river rose"))
    }

    @Test func declaredLatin1IsDecoded() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            + "<body><article><p>Le café de la gare a fermé ses portes après cinquante années de service, à la surprise générale.</p></article></body></html>"
        let bytes = [UInt8](html.data(using: .isoLatin1)!)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let article = HTMLArticle.read(bytes, source: "latin1.html")
        #expect(article.text.contains("Le café de la gare a fermé ses portes après cinquante années"))
        #expect(article.warnings.isEmpty)
    }

    @Test func declaredWindows1251IsDecodedByLibxml2() throws {
        let html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            + "<article><p>Москва — столица России, крупнейший по численности населения город страны.</p></article>"
        let bytes = [UInt8](try #require(html.data(using: .windowsCP1251)))
        let article = HTMLArticle.read(bytes, source: "ru.html")
        #expect(article.text == "Москва — столица России, крупнейший по численности населения город страны.")
    }

    @Test func wrongCharsetDeclarationDoesNotLoseTheText() {
        let html = "<meta charset=\"utf-8\"><p>Une journée très chargée à l'hôpital, où les équipes ont travaillé sans relâche jusqu'au soir.</p>"
        let article = HTMLArticle.read([UInt8](html.data(using: .isoLatin1)!), source: "wrong.html")
        #expect(article.text.contains("Une journée très chargée à l'hôpital"))
        #expect(article.warnings.count == 1)
    }

    @Test(arguments: [
        "<html><body><article><p>An unclosed paragraph that goes on and on about the weather, the sea and the hills <p>and another",
        "<div><p>Broken <b>nesting <i>of</b> tags</i> in a paragraph long enough to be counted as article text by the scorer.</div></p>",
        "<<<>>> </html> <body <p>\u{0}",
        "",
    ])
    func malformedHTMLDoesNotCrash(html: String) {
        let article = HTMLArticle.read(Array(html.utf8), source: "bad.html")
        #expect(!article.text.contains("<p>"))
    }

    @Test func truncatedPageKeepsWhatItHas() {
        let html = String(HTMLFixtures.boilerplatePage.prefix(while: { $0 != "M" })) // cut inside the second paragraph list
        let article = HTMLArticle.read(Array(html.utf8), source: "cut.html")
        #expect(article.text.contains("The river rose by two metres overnight"))
    }

    @Test func binaryFileNamedHTMLIsRefused() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: LoadError.binary("image.html")) {
            try DocumentReader().draft(bytes: png, source: "image.html", format: DocumentReader.format(named: "html")!)
        }
    }

    @Test func pageWithoutAnArticleIsRefusedClearly() {
        let html = "<html><body><nav><a href='/'>Home</a> <a href='/x'>About</a></nav><footer>© 2024</footer></body></html>"
        #expect(throws: LoadError.unsupported("empty.html", reason: "no article text found in this page")) {
            try DocumentReader().draft(bytes: Array(html.utf8), source: "empty.html", format: DocumentReader.format(named: "html")!)
        }
    }

    @Test func deeplyNestedPageDoesNotExhaustTheStack() {
        let n = 50_000
        let html = "<html><body>" + String(repeating: "<div>", count: n)
            + "<p>Deep text in a very deeply nested page, with commas, and enough words to count.</p>"
            + String(repeating: "</div>", count: n) + "</body></html>"
        let article = HTMLArticle.read(Array(html.utf8), source: "deep.html")
        #expect(article.text == "Deep text in a very deeply nested page, with commas, and enough words to count.")
    }

    @Test func hugePageLoads() {
        let paragraph = "<p>" + String(repeating: "Words, words and more words in a long paragraph. ", count: 20) + "</p>\n"
        let html = "<html><body><article>" + String(repeating: paragraph, count: 10_500) + "</article></body></html>"
        #expect(html.utf8.count > 10_000_000)
        let article = HTMLArticle.read(Array(html.utf8), source: "huge.html")
        #expect(article.text.utf8.count > 9_000_000)
    }
}
