import Foundation
import Testing
@testable import DossierKit

/// Compares `search`'s document sets with an independent reference: the same queries run by
/// Python's sqlite3 module over a plain FTS5 table of the same texts (Benchmarks/fts_reference.py).
/// Skipped when python3 is missing; the BBC case also when ../shared is not beside the repository.
@Suite("search agrees with Python's sqlite3 FTS5 on the benchmark queries")
struct ReferenceSearchTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let bbc = root.deletingLastPathComponent().appendingPathComponent("shared/data/news/bbc").path
    static let queriesPath = root.appendingPathComponent("Benchmarks/search-queries.txt").path

    static func queries() throws -> [String] {
        try String(contentsOfFile: queriesPath, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Document numbers per query from the Python reference.
    static func reference(_ w: Workspace) throws -> [String: [Int]] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = dir.appendingPathComponent("texts.jsonl")
        let lines = w.documents.map { #"{"id": \#($0.id.number), "title": \#(JSONText.quote($0.title)), "text": \#(JSONText.quote($0.text))}"# }
        try (lines.joined(separator: "\n") + "\n").write(to: texts, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = [root.appendingPathComponent("Benchmarks/fts_reference.py").path, texts.path, queriesPath]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var result: [String: [Int]] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            result[object["query"] as! String] = object["ids"] as? [Int]
        }
        return result
    }

    /// Returns how many queries found something (so a vacuous agreement shows).
    @discardableResult
    static func compare(_ w: Workspace) throws -> Int {
        let expected = try reference(w)
        let index = SearchIndex()
        let queries = try queries()
        #expect(queries.count == 100)
        #expect(expected.count == queries.count)
        for q in queries {
            let ours = try index.documents(matching: SearchQuery(q), in: w, generation: 0).map(\.number)
            #expect(ours == expected[q], "query: \(q)")
        }
        return expected.values.filter { !$0.isEmpty }.count
    }

    /// A small corpus written here: words from the query list, diacritics, punctuation, case.
    static func fixture() -> Workspace {
        let vocabulary = ["economy", "Économie", "election", "film", "Cinema", "football", "Chelsea", "prime minister",
                          "interest rates", "tax", "taxation", "budget", "oil", "gas", "prices", "Microsoft", "Google",
                          "music", "download", "online", "Blair", "Brown", "Howard", "England", "rugby", "cricket",
                          "world cup", "iPod", "apple", "spam", "virus", "hackers", "poll", "vote", "bank", "dollar",
                          "euro", "yen", "award", "Oscar", "actor", "BT", "NTL", "broadband", "chief executive",
                          "resigned", "Wales", "said in a statement", "according to", "the government said", "Iraq"]
        var texts: [(title: String, text: String, date: String?)] = []
        for i in 0..<120 {
            let words = (0..<40).map { vocabulary[($0 * 7 + i * 13 + $0 * i) % vocabulary.count] }
            let title = words.prefix(2).joined(separator: " ").capitalized
            texts.append((title, title + "\n" + words.joined(separator: i % 3 == 0 ? ", " : " ") + ".", nil))
        }
        return QueryFixtures.workspace(texts)
    }

    @Test("fixture corpus", .enabled(if: python != nil, "python3 is not installed"))
    func fixtureCorpus() throws {
        let found = try Self.compare(Self.fixture()); #expect(found >= 50, "only \(found) queries found something")
    }

    @Test("BBC corpus", .enabled(if: python != nil && FileManager.default.fileExists(atPath: bbc),
                                 "python3 or ../shared/data/news/bbc is missing"))
    func bbcCorpus() throws {
        var w = Workspace()
        let reader = DocumentReader()
        for path in LoadPlanner.plan([Self.bbc]).files where !path.hasSuffix("README.TXT") {
            guard let draft = try? reader.read(path: path) else { continue }
            w.add(draft, analysis: DocumentAnalysis(), loadedAt: "t")
        }
        #expect(w.documents.count == 2225)
        #expect(try Self.compare(w) >= 95)
    }
}
