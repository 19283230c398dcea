import Foundation
import Testing

/// `dossier extract --jsonl` end to end: figures appear with the keys evaluation tools read.
@Suite struct ExtractFiguresCLITests {
    @Test
    func figuresInJSONL() throws {
        let p = try DossierProcess()
        defer { p.cleanUp() }
        let r = try p.run(["extract", "--jsonl"], stdin: #"{"id": "a", "text": "It cost $2bn, up 35%, between 20 and 30 said."}"# + "\n")
        let data = Data(r.stdout.utf8)
        #expect(r.status == 0)
        let line = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let figures = try #require(line["figures"] as? [[String: Any]])
        #expect(figures.map { $0["kind"] as? String } == ["money", "percent", "range"])
        #expect(figures[0]["currency"] as? String == "USD")
        #expect(figures[0]["value"] as? Double == 2e9)
        #expect(figures[2]["low"] as? Double == 20)
        #expect(figures[2]["high"] as? Double == 30)
        #expect(figures[0]["low"] == nil)
    }
}
