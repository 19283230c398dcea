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

/// Every command that reads annotations copes with an orphaned passage whose offsets lie past the
/// end of its (shorter) document, and with a note on a figure that no longer exists.
@Suite struct OrphanReadersTests {
    @Test func readingCommandsHandleOrphansBeyondTheText() throws {
        var w = Fixtures.richWorkspace()
        let length = w.documents[0].text.unicodeScalars.count
        w.annotations[1].target = .span(document: DocumentID(1), start: length + 10, end: length + 30,
                                        quote: "gone", prefix: "p", suffix: "s")
        w.annotations[1].orphaned = true
        w.annotations[0].target = .figure(FigureID(99))
        w.annotations[0].orphaned = true
        w.annotations[0].lostTarget = "figure f99 \"12\" in d1"
        let decoded = try SessionCodec.decode(try SessionCodec.encode(w), path: "s.json")
        #expect(decoded == w)
        let folder = Fixture.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var h = ShellHarness(workspace: decoded, folder: folder)
        let out = h.run("""
            annotations
            annotations --orphaned --format json
            show a1
            show a2
            tags
            kwic Tokayev
            search Tokayev
            sql SELECT * FROM annotations
            export annotations '\(folder)/w3c.json'
            export report '\(folder)/report.md'
            undo
            """)
        #expect(out.out.contains("was on"))
        #expect(out.out.contains("figure f99"))
        #expect(out.out.contains("gone"))
        #expect(!out.err.contains("annotation a2 has offsets"), "\(out.err)")
    }
}
