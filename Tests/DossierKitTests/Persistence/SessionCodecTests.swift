import Foundation
import Testing
@testable import DossierKit

@Suite struct SessionCodecTests {
    @Test func roundTripsEveryField() throws {
        let w = Fixtures.richWorkspace()
        let bytes = try SessionCodec.encode(w)
        let back = try SessionCodec.decode(bytes, path: "x.json")
        #expect(back == w)
        #expect(try SessionCodec.encode(back) == bytes, "re-encoding must give identical bytes")
    }

    /// Version 3: format and version first, then each part in a fixed order, one item per line.
    @Test func writesOneItemPerLineWithTheHeaderFirst() throws {
        let text = String(decoding: try SessionCodec.encode(Fixtures.richWorkspace()), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "{\"format\":\"dossier-session\",\"version\":3,")
        let keys = ["counters", "documents", "entities", "figures", "quotes", "annotations", "curation", "history"]
        let positions = keys.map { key in lines.firstIndex { $0.hasPrefix("\"\(key)\":") } ?? -1 }
        #expect(!positions.contains(-1) && positions == positions.sorted())
        #expect(lines.filter { $0.hasPrefix("{\"id\":\"e") }.count == 2, "one line per entity")
        #expect(lines.last == "")
    }

    /// Mentions, figures and quotes are columns, and words the document holds are not repeated.
    @Test func bulkIsColumnarWithoutRepeatedWords() throws {
        let text = String(decoding: try SessionCodec.encode(Fixtures.richWorkspace()), as: UTF8.self)
        #expect(text.contains("\"mentions\":{\"document\":[1,1],\"start\":[23,83],\"end\":[44,90]"))
        #expect(text.contains("\"qualifier\":[\"approximate\"]"))
        // the fixture's quote leaves out the full stop its offsets cover, so its words are kept
        #expect(text.contains("\"parts\":[[[50,81,\"around 98,000 Russians entered\"]]],\"cue\":[[45,49]],\"speaker\":[[23,44]]"))
        #expect(!text.contains("\"around 98,000\""), "a figure's words are in the document already")
        #expect(!text.contains("\"facts\""))
    }

    /// Offsets count code points: emoji, CJK and combining marks before a mention do not shift it,
    /// and a mention whose recorded words differ from the text keeps them.
    @Test func slicesWordsBackByCodePoints() throws {
        let text = "🎉 中文 Zoe\u{0301} Ba\u{0301}ker met 🇰🇿 Tokayev."
        var w = Workspace()
        let scalars = Array(text.unicodeScalars)
        func offset(_ word: String) -> Int {
            let n = Array(word.unicodeScalars)
            return (0...(scalars.count - n.count)).first { Array(scalars[$0..<($0 + n.count)]) == n }!
        }
        let zoe = offset("Zoe\u{0301}"), tokayev = offset("Tokayev")
        w.add(DocumentDraft(title: "t", source: "a.txt", format: "text", sha256: "x", text: text),
              analysis: DocumentAnalysis(entities: [
                  EntityMentionFacts(start: zoe, end: zoe + 13, text: "Zoe\u{0301} Ba\u{0301}ker", type: .person, canonical: "Zoe\u{0301} Ba\u{0301}ker"),
                  EntityMentionFacts(start: tokayev, end: tokayev + 7, text: "TOKAYEV", type: .person, canonical: "Tokayev"),
              ]), loadedAt: "2026-01-01T00:00:00Z")
        let bytes = try SessionCodec.encode(w)
        let saved = String(decoding: bytes, as: UTF8.self)
        #expect(saved.contains("\"text\":{\"0\":\"TOKAYEV\"}"), "words that differ from the text are kept")
        let back = try SessionCodec.decode(bytes, path: "x.json")
        #expect(back == w)
        #expect(back.entities.flatMap(\.mentions).map(\.text) == ["Zoe\u{0301} Ba\u{0301}ker", "TOKAYEV"])
        #expect(try SessionCodec.encode(back) == bytes)
    }

    /// Every earlier version still opens: the version-2 example re-saves as exactly the shipped
    /// version-3 example, which itself re-saves byte-identically.
    @Test func earlierExampleMigratesToTheShippedOne() throws {
        let old = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.repositoryRoot + "/Tests/Fixtures/sessions/example-v2.json")))
        let shipped = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.repositoryRoot + "/Sessions/example.json")))
        #expect(String(decoding: old, as: UTF8.self).contains("\"version\" : 2"))
        let migrated = try SessionCodec.decode(old, path: "example-v2.json")
        #expect(try SessionCodec.encode(migrated) == shipped)
        #expect(try SessionCodec.decode(shipped, path: "example.json") == migrated)
        #expect(shipped.count * 2 < old.count, "version 3 is less than half the size")
    }

    @Test func streamedSaveWritesTheSameBytes() throws {
        let w = Fixtures.richWorkspace()
        var chunks: [[UInt8]] = []
        try SessionCodec.encode(w) { chunks.append($0) }
        #expect(chunks.flatMap { $0 } == (try SessionCodec.encode(w)))
    }

    struct BadFile: CustomTestStringConvertible, Sendable {
        let name: String
        let content: String
        let message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        BadFile(name: "empty", content: "", message: "cannot open s.json: not valid JSON (the file is empty)"),
        BadFile(name: "not JSON", content: "hello", message: "cannot open s.json: not valid JSON (syntax error on line 1)"),
        BadFile(name: "truncated", content: "{\"format\": \"dossier-session\", \"version\": 1, \"documents\": [",
                message: "cannot open s.json: not valid JSON (the file ends too early: truncated?)"),
        BadFile(name: "array", content: "[1, 2]", message: "cannot open s.json: not a Dossier session (the top level is not an object)"),
        BadFile(name: "no format", content: "{\"version\": 1}", message: "cannot open s.json: not a Dossier session (missing \"format\")"),
        BadFile(name: "wrong format", content: "{\"format\": \"other\", \"version\": 1}",
                message: "cannot open s.json: not a Dossier session (\"format\" is \"other\", expected \"dossier-session\")"),
        BadFile(name: "newer", content: "{\"format\": \"dossier-session\", \"version\": 99}",
                message: "cannot open s.json: session format version 99 is newer than this Dossier supports (3); upgrade Dossier"),
        BadFile(name: "truncated v3", content: "{\"format\":\"dossier-session\",\"version\":3,\n\"counters\":{\"documents\":0",
                message: "cannot open s.json: not valid JSON (the file ends too early: truncated?)"),
        BadFile(name: "wrong type v3", content: """
            {"format":"dossier-session","version":3,
            "counters":{"annotations":0,"documents":1,"entities":1,"figures":0,"quotes":0},
            "documents":[
            {"id":"d1","title":"t","source":"a","format":"text","sha256":"x","loadedAt":"now","words":1,"text":"Almaty"}
            ],
            "entities":[
            {"id":"e1","name":"Almaty","type":"LOC","aliases":[],"origin":"extracted","rejected":false,"mentions":{"document":[1],"start":["0"],"end":[6]}}
            ],
            "figures":[],"quotes":[],"annotations":[],"curation":[],"history":[]}
            """, message: "cannot open s.json: damaged session (expected a whole number at entities[0].mentions.start[0], line 7)"),
        BadFile(name: "ID zero v3", content: """
            {"format":"dossier-session","version":3,
            "counters":{"annotations":0,"documents":1,"entities":0,"figures":1,"quotes":0},
            "documents":[
            {"id":"d1","title":"t","source":"a","format":"text","sha256":"x","loadedAt":"now","words":1,"text":"98,000"}
            ],
            "entities":[],
            "figures":[
            {"document":"d1","id":[0],"start":[0],"end":[6],"kind":["number"],"qualifier":["exact"],"value":[98000]}
            ],
            "quotes":[],"annotations":[],"curation":[],"history":[]}
            """, message: "cannot open s.json: damaged session (0 is not an ID number (they start at 1) at figures[0].id[0], line 8)"),
        BadFile(name: "missing part v3", content: "{\"format\":\"dossier-session\",\"version\":3,\"counters\":{},\"documents\":[]}",
                message: "cannot open s.json: damaged session (missing \"entities\" at the top level)"),
        BadFile(name: "missing key", content: "{\"format\": \"dossier-session\", \"version\": 1}",
                message: "cannot open s.json: damaged session (missing \"counters\" at the top level)"),
        BadFile(name: "bad id", content: """
            {"format": "dossier-session", "version": 1, "counters": {"documents": 0, "entities": 0, "figures": 0, "annotations": 0},
             "documents": [], "entities": [], "figures": [], "annotations": [{"id": "zz"}], "curation": [], "history": []}
            """, message: "cannot open s.json: damaged session ('zz' is not a aN identifier at annotations[0].id)"),
    ])
    func rejectsBadFilesWithOneClearLine(_ bad: BadFile) {
        expectRejected(bad)
    }

    /// Well-formed JSON whose content does not hold together (hand-edited or damaged files).
    @Test func rejectsInconsistentSessions() throws {
        let good = String(decoding: try SessionCodec.encode(Fixtures.richWorkspace()), as: UTF8.self)
        let cases: [(String, String, String)] = [
            ("\"annotations\":2,", "\"annotations\":9223372036854775807,",
             "counter \"annotations\" is 9223372036854775807, outside 0…2147483647"),
            ("\"annotations\":2,", "\"annotations\":1,", "a2 is beyond the \"annotations\" counter (1), so IDs would be reused"),
            ("{\"id\":\"e2\"", "{\"id\":\"e1\"", "e1 appears twice in \"entities\""),
            ("\"figure\":\"f1\"", "\"figure\":\"f9\"", "annotation a1 refers to f9, which is not in the session"),
            ("\"end\":[44,", "\"end\":[4400,", "a mention of e2 has offsets 23–4400 outside d1 (95 characters)"),
            ("\"parts\":[[[50,81,", "\"parts\":[[[50,8100,", "quote q1 has offsets 50–8100 outside d1 (95 characters)"),
        ]
        for (from, to, message) in cases {
            #expect(good.contains(from), "fixture lacks \(from)")
            expectRejected(BadFile(name: message, content: good.replacingOccurrences(of: from, with: to),
                                   message: "cannot open s.json: damaged session (\(message))"))
        }
    }

    func expectRejected(_ bad: BadFile) {
        do {
            _ = try SessionCodec.decode(Array(bad.content.utf8), path: "s.json")
            Issue.record("decoded a bad file")
        } catch {
            #expect(error.description == bad.message)
            #expect(!error.description.contains("\n"))
        }
    }
}
