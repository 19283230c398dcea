import Foundation
import Testing
@testable import DossierKit

@Suite struct SessionStoreTests {
    @Test func namesMapToSessionsFolder() {
        let store = SessionStore(directory: "Sessions")
        #expect(store.path(for: "kazakhstan") == "Sessions/kazakhstan.json")
        #expect(store.path(for: "other/k.json") == "other/k.json")
        #expect(store.path(for: "k.json") == "k.json")
        #expect(SessionStore.name(ofPath: "Sessions/kazakhstan.json") == "kazakhstan")
    }

    @Test func savesAtomicallyAndListsSessions() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = SessionStore(directory: dir + "/Sessions")
        let w = Fixtures.richWorkspace()
        try store.save(w, to: store.path(for: "k"))
        #expect(store.list() == ["k"])
        let left = try FileManager.default.contentsOfDirectory(atPath: dir + "/Sessions")
        #expect(left == ["k.json"], "no temporary or lock file is left: \(left)")
        #expect(try store.load(store.path(for: "k")) == w)
    }

    @Test func saveIntoAFileWhereAFolderShouldBeFails() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Fixtures.write("not a folder", to: dir + "/file")
        do {
            try SessionStore().save(Workspace(), to: dir + "/file/k.json")
            Issue.record("saved below a regular file")
        } catch {
            #expect(error.description.hasPrefix(dir + "/file/k.json: "))
        }
    }

    @Test func missingFileIsNamed() {
        #expect(throws: SessionError.notFound(path: "/nonexistent/x.json")) {
            try SessionStore().load("/nonexistent/x.json")
        }
    }
}
