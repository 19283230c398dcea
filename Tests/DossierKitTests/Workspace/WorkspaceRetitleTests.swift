@testable import DossierKit
import Testing

/// Titles set by hand and page furniture set aside: kept in the session, omitted when absent,
/// and a hand-set title outlives `reload`.
struct WorkspaceRetitleTests {
    static func workspace() -> (Workspace, DocumentID) {
        var w = Workspace()
        var draft = DocumentDraft(title: "Support Us!", source: "page.txt", format: "text", sha256: "aa",
                                  text: "The council closed the bridge.")
        draft.setAside = ["Support Us!", "Sign in"]
        let id = w.add(draft, analysis: DocumentAnalysis(entities: [], figures: []), loadedAt: "2026-12-03T08:00:00Z")
        return (w, id)
    }

    @Test func retitleChangesTheTitleAndRemembersIt() throws {
        var (w, id) = Self.workspace()
        #expect(w.retitle(id, to: "Bridge closed") == "Support Us!")
        #expect(w.document(id)?.title == "Bridge closed")
        #expect(w.document(id)?.userTitle == "Bridge closed")
        #expect(w.retitle(DocumentID(99), to: "x") == nil)
    }

    @Test func bothKeysRoundTripAndAreOmittedWhenAbsent() throws {
        var (w, id) = Self.workspace()
        w.retitle(id, to: "Bridge closed")
        let bytes = try SessionCodec.encode(w)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"setAside\""))
        #expect(text.contains("\"userTitle\""))
        let back = try SessionCodec.decode(bytes, path: "s.json")
        #expect(back.document(id)?.setAside == ["Support Us!", "Sign in"])
        #expect(back.document(id)?.userTitle == "Bridge closed")
        #expect(try SessionCodec.encode(back) == bytes)
        let plain = String(decoding: try SessionCodec.encode(Fixtures.richWorkspace()), as: UTF8.self)
        #expect(!plain.contains("setAside") && !plain.contains("userTitle"))
    }

    @Test func aTitleSetByHandOutlivesReload() throws {
        var (w, id) = Self.workspace()
        w.retitle(id, to: "Bridge closed")
        let newer = DocumentDraft(title: "Support Us!", source: "page.txt", format: "text", sha256: "bb",
                                  text: "The council closed the old bridge.")
        let summary = w.reload(id, with: newer, analysis: DocumentAnalysis(entities: [], figures: []), loadedAt: "2026-12-03T09:00:00Z")
        #expect(summary?.changed == true)
        #expect(w.document(id)?.title == "Bridge closed")
        #expect(w.document(id)?.text == "The council closed the old bridge.")
        #expect(w.document(id)?.setAside == nil)
    }
}
