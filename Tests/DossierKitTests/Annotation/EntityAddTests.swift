import Testing
@testable import DossierKit

/// `entity add` of a name an entity already has counts each place once, and re-applying many
/// `add` steps to new documents stays cheap.
@Suite struct EntityAddTests {
    static let text = "The Moscow Times reported it. Later The Moscow Times and Moscow Times readers agreed."

    static func workspace() -> Workspace {
        var w = Workspace()
        let found = [0, 36].map { EntityMentionFacts(start: $0, end: $0 + 16, text: "The Moscow Times", type: .organization,
                                                      canonical: "Moscow Times") }
        w.add(Fixture.draft(text), analysis: DocumentAnalysis(entities: found), loadedAt: "2026-01-01T00:00:00Z")
        return w
    }

    @Test func addingAnExistingNameDoesNotCountNestedMentionsTwice() throws {
        var w = Self.workspace()
        #expect(w.visibleEntities.first?.mentions.count == 2)
        w.curate(CurationStep(op: .add, entity: "Moscow Times", type: .organization))
        let e = try #require(w.visibleEntities.first { $0.name == "Moscow Times" })
        #expect(w.visibleEntities.count == 1)
        #expect(e.mentions.map(\.start) == [0, 36, 57])
        w.curate(CurationStep(op: .add, entity: "Moscow Times", type: .organization))
        #expect(w.visibleEntities.first?.mentions.count == 3)
    }

    @Test func addStepsReappliedToANewDocumentOnlyTouchNamesItContains() throws {
        var w = Self.workspace()
        for i in 0..<50 { w.curate(CurationStep(op: .add, entity: "Name\(i)", type: .organization)) }
        let id = w.add(Fixture.draft("Name7 met Name12, not Name70."), analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
        let inNew = w.entities.filter { $0.mentions.contains { $0.document == id } }.map(\.name).sorted()
        #expect(inNew == ["Name12", "Name7"])
        #expect(w.entities.count == 51)
    }
}
