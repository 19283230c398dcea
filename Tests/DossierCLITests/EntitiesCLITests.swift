import Foundation
import Testing

/// End-to-end: the built `dossier` binary's `extract --jsonl` interface for entities.
@Suite struct EntitiesCLITests {
    func extract(_ input: String) throws -> String {
        let p = try DossierProcess()
        defer { p.cleanUp() }
        return try p.run(["extract", "--jsonl"], stdin: input).stdout
    }

    @Test
    func extractJSONLReportsEntitiesWithCodePointOffsets() throws {
        let text = "👍 Kazakhstan's President Kassym-Jomart Tokayev met Vladimir Putin. The Kazakh leader left."
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "x", "text": text]), as: UTF8.self)
        let output = try extract(line + "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        for e in entities {
            let start = try #require(e["start"] as? Int), end = try #require(e["end"] as? Int)
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[start..<end])
            #expect(s == e["text"] as? String)
        }
        let kazakh = try #require(entities.first { $0["text"] as? String == "Kazakh" })
        #expect(kazakh["type"] as? String == "MISC")
        #expect(kazakh["entity"] as? String == "Kazakhstan")
        #expect(entities.contains { $0["text"] as? String == "Vladimir Putin" && $0["type"] as? String == "PER" })
    }
}
