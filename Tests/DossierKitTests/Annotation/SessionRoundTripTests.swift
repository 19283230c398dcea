import Foundation
import Testing
@testable import DossierKit

/// The issue's scripted target: a session with ≥ 50 annotations of every kind and every curation
/// step survives save and reopen exactly.
@Suite struct SessionRoundTripTests {
    static func script(files: [String]) -> String {
        var lines = ["load \(files.joined(separator: " "))"]
        let notes = ["plain", "two\\nlines", "\"quoted\" and 'single'", "emoji 🎉👩‍👩‍👧", "CJK 漢字 e\u{301}"]
        for i in 0..<20 {
            let doc = "d\(i % 3 + 1)"
            lines.append("note \(doc) \"\(notes[i % notes.count]) #\(i)\"")
            lines.append("tag \(doc) t\(i % 7) extra\(i)")
            lines.append("note \(doc):\(i)-\(i + 5) \"span note \(i)\"")
        }
        lines += [
            "highlight d1 \"more than 98,000 Russians\" \"big number\"",
            "highlight d1 Kazakhstan --nth 2",
            "highlight d2 \"long border\"",
            "highlight d3 \"漢字\" \"CJK 🎉\"",
            "note e1 \"about Kazakhstan\"", "tag e1 place",
            "rename e5 \"Interfax news agency\"",
            "merge e4 e3",
            "split e4 Tokayev",
            "retype e6 MISC",
            "reject e2",
            "entity add \"RIA Novosti\" ORG",
            "edit a1 \"edited: 🎉\"", "delete a2",
        ]
        return lines.joined(separator: "\n")
    }

    @Test func saveAndReopenGiveIdenticalListings() throws {
        let folder = Fixture.folder()
        let files = Fixture.writeTexts(in: folder)
        var h = ShellHarness(folder: folder)
        let built = h.run(Self.script(files: files))
        #expect(built.err.isEmpty, "\(built.err)")
        // A shell line cannot hold a newline; notes imported or made through the API can.
        h.session.context.workspace.annotate(.note, .document(DocumentID(2)), body: "real\nnewline\r\n\"🎉\"",
                                             author: "ann", at: "2026-01-01T00:00:00Z")
        let w = h.workspace
        #expect(w.annotations.count >= 50)
        #expect(Set(w.annotations.map(\.kind)) == Set(Annotation.Kind.allCases))
        #expect(Set(w.curation.map(\.op)) == [.rename, .merge, .split, .retype, .reject, .add])
        let annotationsBefore = h.run("annotations --format json").out
        let entitiesBefore = try JSONEncoder.sorted.encode(w.entities)
        #expect(h.run("save \(folder)/s.json").err.isEmpty)
        h.session.context.file.closed() // the first shell lets go of the file, as quitting would

        var reopened = ShellHarness(folder: folder)
        #expect(reopened.run("open \(folder)/s.json").err.isEmpty)
        #expect(reopened.run("annotations --format json").out == annotationsBefore)
        #expect(try JSONEncoder.sorted.encode(reopened.workspace.entities) == entitiesBefore)
        #expect(reopened.workspace.annotations == w.annotations)
        #expect(reopened.workspace.curation == w.curation)
        #expect(annotationsBefore.contains(#""text": "two\\nlines #1""#))
        #expect(annotationsBefore.contains(#""text": "real\nnewline\r\n\"🎉\"""#))
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}
