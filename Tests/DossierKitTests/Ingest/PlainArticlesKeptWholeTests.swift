import Foundation
@testable import DossierKit
import Testing

/// Texts that are not web pages keep every byte: the BBC corpus, the CoNLL-2003 dev
/// texts and the example articles. The shared corpora are skipped when ../shared is missing.
struct PlainArticlesKeptWholeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared/data").path
    static var haveShared: Bool { FileManager.default.fileExists(atPath: shared + "/news/bbc") }

    /// Reads `path` as loading does and as `load --whole` does; both must give the same text.
    static func expectWhole(_ bytes: [UInt8], source: String, format: String = "text") throws {
        let f = try #require(DocumentReader.format(named: format))
        let read = try DocumentReader().draft(bytes: bytes, source: source, format: f)
        let whole = try DocumentReader(keepWhole: true).draft(bytes: bytes, source: source, format: f)
        #expect(read.setAside == nil, "\(source) was read as a web page")
        #expect(read.text == whole.text, "\(source) lost text")
        #expect(read.title == whole.title)
    }

    @Test(.enabled(if: haveShared)) func bbcArticlesAreKeptWhole() throws {
        let plan = LoadPlanner.plan([Self.shared + "/news/bbc"])
        let files = plan.files.filter { $0.hasSuffix(".txt") }
        #expect(files.count > 2000)
        for path in files {
            try Self.expectWhole(try FileBytes.read(path), source: path)
        }
    }

    @Test(.enabled(if: haveShared)) func conllDevTextsAreKeptWhole() throws {
        let lines = try String(contentsOfFile: Self.shared + "/ner/dev.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count > 200)
        for (i, line) in lines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let text = try #require(object?["text"] as? String)
            try Self.expectWhole(Array(text.utf8), source: "dev.jsonl:\(i + 1)")
        }
    }

    @Test func exampleArticlesAreKeptWhole() throws {
        let dir = Self.root.appendingPathComponent("Sessions/articles").path
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(names.count >= 3)
        for name in names {
            let path = dir + "/" + name
            try Self.expectWhole(try FileBytes.read(path), source: path, format: name.hasSuffix(".md") ? "markdown" : "text")
        }
    }
}
