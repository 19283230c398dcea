import Testing
@testable import DossierKit

@Suite struct CrossDocumentSurnameTests {
    @Test func loneSurnameInLaterDocumentJoinsFullName() {
        var w = Workspace()
        let place = EntityMentionFacts(start: 30, end: 40, text: "Kazakhstan", type: .location, canonical: "Kazakhstan")
        let first = [EntityMentionFacts(start: 0, end: 21, text: "Kassym-Jomart Tokayev", type: .person, canonical: "Kassym-Jomart Tokayev"), place]
        let second = [EntityMentionFacts(start: 0, end: 7, text: "Tokayev", type: .person, canonical: "Tokayev"), place]
        for (n, found) in [first, second].enumerated() {
            let draft = DocumentDraft(title: "t", source: "t\(n)", format: "text", sha256: "\(n)", text: "x")
            w.add(draft, analysis: DocumentAnalysis(entities: found), loadedAt: "2026-01-01T00:00:00Z")
        }
        #expect(w.entities.count == 2)
        #expect(w.entities[0].documents.count == 2)
        #expect(w.entities[0].aliases == ["Tokayev"])
        #expect(w.entities[0].links?.first?.reason == "the only person named Tokayev; shares Kazakhstan")
    }
}
