import Foundation
import Testing

/// Quotes end to end on the sample article (`../shared/samples/`, beside the repository): who said
/// what, listed by speaker, shown in its paragraph, and in `dossier extract --jsonl`.
@Suite struct QuotesCLITests {
    static var sample: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("../shared/samples/moscow-times-kazakhstan-draft.txt"), encoding: .utf8)
        }
    }

    @Test func tokayevsQuotesAreListedByHisName() throws {
        let p = try DossierProcess(files: ["mt.txt": try Self.sample])
        defer { p.cleanUp() }
        let r = try p.run(["-q", "-c", "load mt.txt; quotes --by Tokayev --format csv; quotes --by ministry --format csv"])
        #expect(r.stderr == "")
        #expect(r.status == 0)
        let lines = r.stdout.split(whereSeparator: \.isNewline).map(String.init)
        let tokayev = lines.filter { $0.contains(",Kassym-Jomart Tokayev (e") }
        for words in ["Recently we've had many people", "Most of them are forced to leave",
                      "This is a political and humanitarian issue", "The territorial integrity of states must be unshakeable",
                      "In our immediate vicinity a major war is underway"] {
            #expect(tokayev.contains { $0.range(of: words) != nil }, "no quote by Tokayev with '\(words)'")
        }
        #expect(tokayev.contains { $0.hasPrefix("q3,d1,he,Kassym-Jomart Tokayev (e") && $0.contains(",added,direct,") })
        let ministry = try #require(lines.first { $0.contains("extremely tense") })
        #expect(ministry.contains(",the regional interior ministry,,said,mixed,"))
    }

    @Test func showQuoteMarksItInItsParagraph() throws {
        let p = try DossierProcess(files: ["mt.txt": try Self.sample])
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load mt.txt; show q4 --format json"])
        #expect(r.status == 0)
        let json = r.stdout  // the load line is a status line: standard error in a pipe
        let card = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
        #expect(card["speaker"] as? String == "he")
        #expect((card["entity"] as? String)?.hasPrefix("Kassym-Jomart Tokayev (e") == true)
        #expect(card["paragraph"] as? String == "«\"This is a political and humanitarian issue,\"» he said.")
    }

    @Test func extractJSONLCarriesQuotes() throws {
        let p = try DossierProcess()
        defer { p.cleanUp() }
        let input = "{\"id\": \"q\", \"text\": \"\\\"We will win,\\\" Smith said, \\\"and soon.\\\"\"}\n"
        let r = try p.run(["extract", "--jsonl"], stdin: input)
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let q = try #require((object["quotes"] as? [[String: Any]])?.first)
        #expect(q["parts"] as? [[Int]] == [[0, 14], [27, 38]])
        #expect(q["kind"] as? String == "direct")
        #expect((q["cue"] as? [String: Any])?["text"] as? String == "said")
        let speaker = try #require(q["speaker"] as? [String: Any])
        #expect(speaker["start"] as? Int == 15 && speaker["end"] as? Int == 20 && speaker["text"] as? String == "Smith")
        #expect(q["start"] == nil, "an interrupted quote gives parts instead of start/end")
    }
}
