import Testing
@testable import DossierKit

/// Figures attributed to or counting an entity, for the entity card.
@Suite struct WorkspaceFiguresTests {
    static func workspace() -> Workspace {
        var w = Workspace()
        let text = "Around 98,000 Russians entered Kazakhstan, the interior ministry said. Reuters counted 12 buses."
        let analysis = DocumentAnalysis(
            entities: [EntityMentionFacts(start: 23, end: 31, text: "Russians", type: .misc, canonical: "Russia"),
                       EntityMentionFacts(start: 71, end: 78, text: "Reuters", type: .organization, canonical: "Reuters")],
            figures: FigureExtractor().figures(in: text, documentDate: nil))
        w.add(DocumentDraft(title: "t", source: "s", format: "text", sha256: "x", text: text), analysis: analysis, loadedAt: "now")
        return w
    }

    @Test func figuresCountingAnEntityByAlias() throws {
        let w = Self.workspace()
        let russia = try #require(w.entities.first { $0.name == "Russia" })
        #expect(w.figures(about: russia).map(\.facts.text) == ["Around 98,000"])
    }

    @Test func wholeWordsOnly() {
        #expect(Workspace.containsWord("russians", in: "russians entered"))
        #expect(!Workspace.containsWord("russia", in: "russians entered"))
        #expect(Workspace.containsWord("kazakhstan", in: "kazakhstan's ministry"))
    }

    @Test func aboutWordsIgnoresPluralAndPossessiveEndings() {
        let w = Self.workspace()
        #expect(w.figures(about: "Russian").map(\.facts.text) == ["Around 98,000"])
        #expect(w.figures(about: "interior ministries").map(\.facts.text) == ["Around 98,000"])
        #expect(w.figures(about: "buses").map(\.facts.text) == ["12"])
        #expect(w.figures(about: "Georgians").isEmpty)
        #expect(Workspace.stem("ministry's") == "ministry")
        #expect(Workspace.stem("class") == "class")
    }

    @Test func aboutWordsMatchesCountsAndSource() {
        let w = Self.workspace()
        #expect(w.figures(about: "interior ministry").map(\.facts.text) == ["Around 98,000"])
        #expect(w.figures(about: "buses").map(\.facts.text) == ["12"])
    }
}
