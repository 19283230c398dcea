import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DossierKit

/// The HTML report: self-contained, escaped, with well-formed inline SVG charts and the data they draw.
@Suite struct HTMLReportTests {
    static func exampleWorkspace() throws -> Workspace {
        try SessionStore().load(Fixtures.repositoryRoot + "/Sessions/example.json")
    }

    static func render(_ w: Workspace, all: Bool = false) throws -> String {
        try HTMLReport.render(w, title: "Report <1>", scope: "", generated: "2026-01-01T00:00:00Z", author: "ann", allFigures: all)
    }

    @Test func templateParses() throws {
        _ = try HTMLReportTemplate.template()
    }

    @Test func referencesNothingOutsideItself() throws {
        let html = try Self.render(Self.exampleWorkspace())
        let lower = html.lowercased()
        for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "<video", "<audio", "<source",
                          " src=", "srcset=", "url(", "@import", "@font-face", "xlink:href", "<base"] {
            #expect(!lower.contains(forbidden), "found \(forbidden)")
        }
        // Links either point inside the page (to an element that exists) or are plain web links
        // to a document's source, never something the page loads.
        let ids = Set(Self.values(of: "id", in: html))
        for href in Self.values(of: "href", in: html) {
            if href.hasPrefix("#") {
                #expect(ids.contains(String(href.dropFirst())), "dangling \(href)")
            } else {
                #expect(href.hasPrefix("https://") || href.hasPrefix("http://"), "\(href)")
            }
        }
        #expect(html.contains("@media (max-width: 40rem)") && html.contains("@media print"))
        #expect(html.contains("<meta name=\"viewport\""))
    }

    @Test func showsDocumentsChartsFiguresAndNotes() throws {
        let w = try Self.exampleWorkspace()
        let html = try Self.render(w)
        #expect(html.contains("<title>Report &lt;1&gt;</title>"))
        for d in w.documents { #expect(html.contains("<tr id=\"\(d.id)\">")) }
        #expect(html.contains("<h3>Russian citizens</h3>"))
        #expect(html.contains("nearly 98,000 Russian citizens had arrived since the mobilization order"))
        #expect(html.contains("<mark>nearly 98,000 Russian citizens had arrived since the mobilization order</mark>"))
        #expect(html.contains("key figure: arrivals"))
        #expect(html.contains("figures not listed") || html.contains("figure not listed"))
        let all = try Self.render(w, all: true)
        #expect(Self.values(of: "id", in: all).filter { FigureID($0) != nil }.count == w.figures.count)
    }

    @Test func listsTheQuotesWithTheirSpeakers() throws {
        let w = try Self.exampleWorkspace()
        let html = try Self.render(w)
        let quote = try #require(w.quotes.first { w.speakerEntity(of: $0) != nil })
        let speaker = try #require(w.speakerEntity(of: quote))
        #expect(html.contains("<section id=\"quotes\">") && html.contains("<a href=\"#quotes\">Quotes</a>"))
        #expect(html.contains("<li id=\"\(quote.id)\">"))
        #expect(html.contains("\(speaker.name) (\(speaker.id))"))
        var none = w
        none.quotes = []
        #expect(!(try Self.render(none)).contains("id=\"quotes\""), "no empty Quotes section")
    }

    @Test func svgChartsAreWellFormedAndDrawTheData() throws {
        let w = try Self.exampleWorkspace()
        let html = try Self.render(w)
        let svgs = Self.svgs(in: html)
        #expect(svgs.count == 2)
        for svg in svgs {
            let root = try #require(try XMLDocument(data: Data(svg.utf8), options: []).rootElement())
            #expect(root.localName == "svg" && root.uri == "http://www.w3.org/2000/svg")
        }
        let timeline = try TimelineChart(Timeline.entries(in: w, documents: nil), by: nil)
        let bars = timeline.bins.reduce(0) { $0 + ($1.documents > 0 ? 1 : 0) + ($1.figures > 0 ? 1 : 0) }
        #expect(svgs[0].components(separatedBy: "<rect").count - 1 == bars + 2)  // two legend swatches
        #expect(svgs[1].components(separatedBy: "<rect").count - 1 == min(HTMLReport.entityLimit, w.visibleEntities.count))
    }

    @Test func escapesWhatDocumentsSay() throws {
        var w = Workspace()
        let text = "Evil <script>alert(1)</script> & \"quotes\" cost $5."
        w.add(DocumentDraft(title: "<b>Title</b>", source: "https://example.org/a?x=1&y=2", format: "text", sha256: "1", text: text),
              analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
        let html = try Self.render(w)
        #expect(!html.contains("<script>") && !html.contains("<b>Title</b>"))
        #expect(html.contains("&lt;b&gt;Title&lt;/b&gt;"))
        #expect(html.contains("href=\"https://example.org/a?x=1&amp;y=2\""))
        #expect(html.contains("No dated documents or dates in the texts.") && html.contains("No figures."))
    }

    @Test func textFragmentsLinkToTheSentence() {
        #expect(HTMLReport.textFragment("Short one, here.") == "#:~:text=Short%20one%2C%20here.")
        #expect(HTMLReport.textFragment("one two three four five six seven eight nine ten") == "#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten")
    }

    // MARK: helpers

    /// Every value of attribute `name` (double-quoted) in `html`.
    static func values(of name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    static func svgs(in html: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst().compactMap { piece in
            piece.range(of: "</svg>").map { "<svg " + piece[..<$0.upperBound] }
        }
    }
}
