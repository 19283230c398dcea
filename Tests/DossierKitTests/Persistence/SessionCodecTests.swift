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

    @Test func writesSortedKeysAndFormatHeader() throws {
        let text = String(decoding: try SessionCodec.encode(Workspace()), as: UTF8.self)
        #expect(text.contains("\"format\" : \"dossier-session\""))
        #expect(text.contains("\"version\" : 2"))
        let keys = ["annotations", "counters", "curation", "documents", "entities", "figures", "format", "history", "version"]
        let positions = keys.map { text.range(of: "\n  \"\($0)\" :")!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func figureKeysAreFlat() throws {
        let text = String(decoding: try SessionCodec.encode(Fixtures.richWorkspace()), as: UTF8.self)
        #expect(text.contains("\"qualifier\" : \"approximate\""))
        #expect(!text.contains("\"facts\""))
    }

    /// Every session shipped in Sessions/ decodes and re-encodes to the same bytes.
    @Test func shippedSessionsRoundTrip() throws {
        let dir = Fixtures.repositoryRoot + "/Sessions"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty, "Sessions/ should ship an example session")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + file)))
            let w = try SessionCodec.decode(bytes, path: file)
            #expect(try SessionCodec.encode(w) == bytes, "\(file) does not re-save byte-identically")
        }
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
                message: "cannot open s.json: session format version 99 is newer than this Dossier supports (2); upgrade Dossier"),
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
            ("\"annotations\" : 2,", "\"annotations\" : 9223372036854775807,",
             "counter \"annotations\" is 9223372036854775807, outside 0…2147483647"),
            ("\"annotations\" : 2,", "\"annotations\" : 1,", "a2 is beyond the \"annotations\" counter (1), so IDs would be reused"),
            ("\"id\" : \"e2\"", "\"id\" : \"e1\"", "e1 appears twice in \"entities\""),
            ("\"figure\" : \"f1\"", "\"figure\" : \"f9\"", "annotation a1 refers to f9, which is not in the session"),
            ("\"end\" : 44,", "\"end\" : 4400,", "a mention of e2 has offsets 23–4400 outside d1 (95 characters)"),
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
