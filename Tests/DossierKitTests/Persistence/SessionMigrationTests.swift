import Foundation
import Testing
@testable import DossierKit

/// Version 1 sessions (before quotes) open as version 3: their quotes are found in the stored texts.
@Suite struct SessionMigrationTests {
    static let text = "\"We will win,\" Tokayev said. Officials said the border stayed open."
    static let version1 = """
        {"format": "dossier-session", "version": 1,
         "counters": {"documents": 1, "entities": 1, "figures": 0, "annotations": 0},
         "documents": [{"id": "d1", "title": "Border", "source": "a.txt", "format": "text", "sha256": "abc",
                        "loadedAt": "2026-11-25T10:00:00Z", "words": 11, "text": \(JSONText.quote(text))}],
         "entities": [{"id": "e1", "name": "Kassym-Jomart Tokayev", "type": "PER", "aliases": ["Tokayev"], "origin": "extracted",
                       "rejected": false, "mentions": [{"document": "d1", "start": 15, "end": 22, "text": "Tokayev"}]}],
         "figures": [], "annotations": [], "curation": [], "history": ["load a.txt"]}
        """

    @Test func versionOneFileOpensWithItsQuotesFound() throws {
        let w = try SessionCodec.decode(Array(Self.version1.utf8), path: "old.json")
        #expect(w.quotes.map(\.id.description) == ["q1", "q2"])
        #expect(w.quotes.first?.facts.text == "\"We will win,\"")
        #expect(w.quotes.first.flatMap { w.speakerEntity(of: $0) }?.id == EntityID(1))
        #expect(w.quotes.last?.facts.speaker?.span.text == "Officials")
        #expect(w.counters.quotes == 2)
        #expect(w.history == ["load a.txt"])
    }

    @Test func migratedFileResavesAsVersionThreeDeterministically() throws {
        let w = try SessionCodec.decode(Array(Self.version1.utf8), path: "old.json")
        let bytes = try SessionCodec.encode(w)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\"format\":\"dossier-session\",\"version\":3,"))
        #expect(text.contains("\n\"quotes\":[\n{\"document\":\"d1\""))
        let again = try SessionCodec.decode(bytes, path: "new.json")
        #expect(again == w, "a version-3 file is not migrated again")
        #expect(try SessionCodec.encode(again) == bytes)
    }

    @Test func quoteOutsideItsDocumentIsRefused() throws {
        let w = try SessionCodec.decode(Array(Self.version1.utf8), path: "old.json")
        var text = String(decoding: try SessionCodec.encode(w), as: UTF8.self)
        #expect(text.contains("[0,14]"))
        text = text.replacingOccurrences(of: "[0,14]", with: "[0,1400]")
        #expect(throws: SessionError.self) { try SessionCodec.decode(Array(text.utf8), path: "bad.json") }
    }
}
