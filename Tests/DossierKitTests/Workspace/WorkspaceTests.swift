import Testing
@testable import DossierKit

@Suite struct WorkspaceTests {
    func draft(_ text: String, sha: String) -> DocumentDraft {
        DocumentDraft(title: "T", source: "s", format: "text", sha256: sha, text: text)
    }

    func person(_ text: String, at start: Int, canonical: String) -> EntityMentionFacts {
        EntityMentionFacts(start: start, end: start + text.unicodeScalars.count, text: text, type: .person, canonical: canonical)
    }

    @Test func sameCanonicalNameAcrossDocumentsIsOneEntity() {
        var w = Workspace()
        let d1 = w.add(draft("Kassym-Jomart Tokayev spoke.", sha: "1"),
                       analysis: DocumentAnalysis(entities: [person("Kassym-Jomart Tokayev", at: 0, canonical: "Kassym-Jomart Tokayev")]),
                       loadedAt: "t")
        let d2 = w.add(draft("Tokayev again.", sha: "2"),
                       analysis: DocumentAnalysis(entities: [person("Tokayev", at: 0, canonical: "kassym-jomart tokayev")]),
                       loadedAt: "t")
        #expect(w.entities.count == 1)
        #expect(w.entities[0].documents == [d1, d2])
        #expect(w.entities[0].aliases == ["Tokayev"])
        #expect(w.entityCount(in: d2) == 1)
    }

    @Test func sameNameDifferentTypeIsOneEntityThatKeepsMentionTypes() {
        var w = Workspace()
        w.add(draft("Jordan", sha: "1"), analysis: DocumentAnalysis(entities: [
            person("Jordan", at: 0, canonical: "Jordan"),
            EntityMentionFacts(start: 0, end: 6, text: "Jordan", type: .location, canonical: "Jordan"),
            EntityMentionFacts(start: 0, end: 6, text: "Jordan", type: .location, canonical: "Jordan"),
        ]), loadedAt: "t")
        #expect(w.entities.count == 1)
        #expect(w.entities[0].type == .location)
        #expect(w.entities[0].mentions.map { w.entities[0].type(of: $0) }.sorted() == [.person, .location, .location])
    }

    @Test func dropRemovesMentionsFiguresAndAnnotationsButNeverReusesIDs() {
        var w = Fixtures.richWorkspace()
        let summary = w.drop(DocumentID(1))
        #expect(summary?.entities == 2)
        #expect(summary?.figures == 1)
        #expect(summary?.annotations == 2)
        #expect(w.documents.isEmpty && w.entities.isEmpty && w.figures.isEmpty && w.annotations.isEmpty)
        #expect(w.drop(DocumentID(1)) == nil)
        let next = w.add(draft("x", sha: "9"), analysis: DocumentAnalysis(), loadedAt: "t")
        #expect(next == DocumentID(2))
    }

    @Test func typedIDsParseStrictly() {
        #expect(DocumentID("d12") == DocumentID(12))
        #expect(DocumentID("D3") == DocumentID(3))
        #expect(DocumentID("d") == nil)
        #expect(DocumentID("d0") == nil)
        #expect(DocumentID("e1") == nil)
        #expect(DocumentID("d1x") == nil)
        #expect(DocumentID("d-1") == nil)
    }
}
