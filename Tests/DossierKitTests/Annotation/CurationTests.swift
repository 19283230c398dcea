import Testing
@testable import DossierKit

@Suite struct CurationTests {
    static let extra = "Later: Tokayev and Kassym-Jomart Tokayev thanked Interfax, Moscow and RIA Novosti."

    func id(_ name: String, in w: Workspace) -> String {
        w.visibleEntities.first { $0.name == name }!.id.description
    }

    /// Adds a new document the way `load` does, so curation is re-applied to it.
    func addExtra(_ h: inout ShellHarness) {
        h.session.context.workspace.add(Fixture.draft(Self.extra), analysis: Fixture.analyzer.analyze(Self.extra),
                                        loadedAt: "2026-01-02T00:00:00Z")
    }

    @Test func renameKeepsOldNameAsAliasAndAppliesToNewDocuments() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let e = id("Interfax", in: h.workspace)
        #expect(h.run("rename \(e) \"Interfax news agency\"").out == "renamed \(e) 'Interfax' → 'Interfax news agency'\n")
        addExtra(&h)
        let matches = h.workspace.visibleEntities.filter { $0.name.hasPrefix("Interfax") }
        #expect(matches.map(\.name) == ["Interfax news agency"])
        #expect(matches[0].aliases == ["Interfax"])
        #expect(matches[0].documents == [DocumentID(1), DocumentID(2), DocumentID(3), DocumentID(4)])
    }

    @Test func mergeJoinsMentionsAndAliasesAndSticksForNewDocuments() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let (full, short) = (id("Kassym-Jomart Tokayev", in: h.workspace), id("Tokayev", in: h.workspace))
        let before = h.workspace.visibleEntities.filter { $0.name.contains("Tokayev") }.map(\.mentions.count).reduce(0, +)
        #expect(h.run("merge \(full) \(short)").out.hasPrefix("merged \(short) 'Tokayev' into \(full)"))
        addExtra(&h)
        let tokayevs = h.workspace.visibleEntities.filter { $0.name.contains("Tokayev") }
        #expect(tokayevs.count == 1)
        #expect(tokayevs[0].aliases == ["Tokayev"])
        #expect(tokayevs[0].mentions.count == before + 3)  // the stub also finds "Tokayev" inside the full name
    }

    @Test func mergeWithItselfIsRefused() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let e = id("Russia", in: h.workspace)
        #expect(h.run("merge \(e) \(e)").err.contains("cannot merge \(e) with itself"))
        #expect(h.run("merge \(e)").err.contains("at least one to merge"))
        #expect(h.workspace.curation.isEmpty)
    }

    @Test func splitMakesAnAliasItsOwnEntityAgainOnNewDocuments() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let (full, short) = (id("Kassym-Jomart Tokayev", in: h.workspace), id("Tokayev", in: h.workspace))
        h.run("merge \(full) \(short)")
        let r = h.run("split \(full) Tokayev")
        #expect(r.out.hasPrefix("split 'Tokayev' from \(full) into e"), "\(r)")
        #expect(h.run("split \(full) Nobody").err.contains("has no alias 'Nobody'"))
        addExtra(&h)
        let full2 = h.workspace.visibleEntities.first { $0.name == "Kassym-Jomart Tokayev" }!
        let short2 = h.workspace.visibleEntities.first { $0.name == "Tokayev" }!
        #expect(full2.mentions.allSatisfy { $0.text == "Kassym-Jomart Tokayev" })
        #expect(short2.mentions.allSatisfy { $0.text == "Tokayev" })
        #expect(short2.documents.contains(DocumentID(4)))
    }

    @Test func retypeChangesTypeAndNewMentionsFollow() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let e = id("Interfax", in: h.workspace)
        #expect(h.run("retype \(e) misc").out == "retyped \(e) 'Interfax' ORG → MISC\n")
        #expect(h.run("retype \(e) MISC").err.contains("already MISC"))
        #expect(h.run("retype \(e) BANANA").err.contains("not a type"))
        addExtra(&h)
        let all = h.workspace.visibleEntities.filter { $0.name == "Interfax" }
        #expect(all.map(\.type) == [.misc])
        #expect(all[0].documents.contains(DocumentID(4)))
    }

    @Test func rejectHidesAndIsNotFoundAgain() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let e = id("Moscow", in: h.workspace)
        #expect(h.run("reject \(e)").out == "rejected \(e) 'Moscow'\n")
        #expect(!h.workspace.visibleEntities.contains { $0.name == "Moscow" })
        #expect(h.run("note \(e) \"x\"").err.contains("no entity \(e)"))
        addExtra(&h)
        #expect(!h.workspace.visibleEntities.contains { $0.name == "Moscow" })
        #expect(h.workspace.entityCount(in: DocumentID(4)) == 3)
    }

    @Test func entityAddFindsEveryOccurrenceIncludingNewDocuments() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let r = h.run("entity add \"RIA Novosti\" ORG")
        #expect(r.out.hasSuffix("'RIA Novosti' ORG: 2 mentions in 2 documents\n"), "\(r)")
        addExtra(&h)
        let ria = h.workspace.visibleEntities.first { $0.name == "RIA Novosti" }!
        #expect(ria.origin == .user)
        #expect(ria.mentions.map(\.document) == [DocumentID(1), DocumentID(2), DocumentID(4)])
        let d1 = CodePointText(h.workspace.document(DocumentID(1))!.text)
        #expect(ria.mentions.allSatisfy { $0.document != DocumentID(1) || d1.slice($0.start, $0.end) == "RIA Novosti" })
        #expect(h.run("entity add \"Nowhere Inc\" ORG").err.contains("occurs in no loaded document"))
        #expect(h.run("entity remove x ORG").err.contains("unknown action"))
    }

    @Test func curationSurvivesDropAndLoadAgain() throws {
        let folder = Fixture.folder()
        let files = Fixture.writeTexts(in: folder)
        var h = ShellHarness(folder: folder)
        h.run("load \(files[0])")
        let e = id("Moscow", in: h.workspace)
        h.run("reject \(e); entity add \"RIA Novosti\" ORG; drop d1; load \(files[0])")
        #expect(!h.workspace.visibleEntities.contains { $0.name == "Moscow" })
        #expect(h.workspace.visibleEntities.first { $0.name == "RIA Novosti" }?.mentions.map(\.document) == [DocumentID(2)])
    }
}

@Suite struct CurationAnnotationTests {
    @Test func annotationsOnAMergedEntityFollowItAndUndoRestoresBoth() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let full = h.workspace.visibleEntities.first { $0.name == "Kassym-Jomart Tokayev" }!.id
        let short = h.workspace.visibleEntities.first { $0.name == "Tokayev" }!.id
        h.run("note \(short) \"the president\"; merge \(full) \(short)")
        #expect(h.workspace.annotations.map(\.target) == [.entity(full)])
        #expect(h.workspace.entity(short) == nil)
        #expect(h.run("undo").out == "undid: merge \(full) \(short)\n")
        #expect(h.workspace.annotations.map(\.target) == [.entity(short)])
        #expect(h.workspace.curation.isEmpty)
    }
}
