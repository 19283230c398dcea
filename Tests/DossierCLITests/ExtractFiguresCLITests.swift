import Foundation
import Testing

/// `dossier extract --jsonl` end to end: figures appear with the keys evaluation tools read.
@Suite struct ExtractFiguresCLITests {
    static let binary: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/dossier")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func figuresInJSONL() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["extract", "--jsonl"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"id": "a", "text": "It cost $2bn, up 35%, between 20 and 30 said."}"#.utf8 + [10]))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
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
