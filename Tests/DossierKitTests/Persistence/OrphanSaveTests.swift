import Foundation
import Testing
@testable import DossierKit

/// What the writer writes, the reader reads: a reload that orphans notes on a figure, an entity and
/// a passage still saves a session that opens (issue 16: it used to be locked out for good).
@Suite struct OrphanSaveTests {
    @Test func aSessionWithOrphansOpensAndResavesIdentically() throws {
        let folder = Fixture.folder()
        let file = folder + "/a.txt"
        Fixtures.write("Alpha line one.\nKazakhstan had 98,000 visitors in 2022.\nThird line here.\n", to: file)
        var h = ShellHarness(folder: folder)
        h.session.context.analyzer = .standard
        let built = h.run("""
            load '\(file)'
            note f2 check
            highlight d1 "98,000 visitors"
            note Kazakhstan kz
            save '\(folder)/s.json'
            """)
        #expect(built.err.isEmpty, "\(built.err)")
        Fixtures.write("Alpha line one.\n", to: file)
        let reloaded = h.run("reload d1\nsave")
        #expect(reloaded.out.contains("orphaned a1 a2 a3"), "\(reloaded)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/s.json")))
        let reopened = try SessionCodec.decode(bytes, path: "s.json")
        #expect(try SessionCodec.encode(reopened) == bytes)
        let lost = reopened.annotations.map { $0.lostTarget }
        #expect(lost == ["figure f2 \"98,000\" in d1", nil, "entity e2 \"Kazakhstan\" (LOC)"])
        #expect(reopened.annotations.allSatisfy { $0.orphaned == true })
    }

    /// The validator still refuses a dangling reference that is not marked orphaned.
    @Test func aDanglingTargetThatIsNotOrphanedIsRefused() throws {
        var w = Fixtures.richWorkspace()
        w.annotations[0].target = .figure(FigureID(1))
        w.figures = []
        let bytes = try SessionCodec.encode(w)
        #expect(throws: SessionError.invalid(path: "s.json", detail: "annotation a1 refers to f1, which is not in the session")) {
            try SessionCodec.decode(bytes, path: "s.json")
        }
        w.annotations[0].orphaned = true
        #expect(try SessionCodec.decode(try SessionCodec.encode(w), path: "s.json") == w)
    }
}
