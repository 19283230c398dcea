import Foundation
import Testing
@testable import DossierKit

@Suite struct CompletionEngineTests {
    func engine(in dir: String) -> CompletionEngine {
        var w = Workspace()
        w.add(DocumentDraft(title: "T", source: "a.txt", format: "text", sha256: "1", text: "Tokayev spoke."),
              analysis: DocumentAnalysis(entities: [
                  EntityMentionFacts(start: 0, end: 7, text: "Tokayev", type: .person, canonical: "Kassym-Jomart Tokayev")]),
              loadedAt: "2026-01-01T00:00:00Z")
        let context = ShellContext(workspace: w, store: SessionStore(directory: dir + "/Sessions"))
        return CompletionEngine(registry: .standard, context: context)
    }

    @Test func completesCommandNames() {
        let e = engine(in: "/nonexistent")
        #expect(e.complete(lineBeforeCursor: "do", word: "do") == ["docs", "documents"])
        #expect(e.complete(lineBeforeCursor: "docs; sa", word: "sa") == ["save"])
    }

    @Test func completesIDsAndEntityNames() {
        let e = engine(in: "/nonexistent")
        #expect(e.complete(lineBeforeCursor: "read d", word: "d") == ["d1"])
        #expect(e.complete(lineBeforeCursor: "show kas", word: "kas") == ["\"Kassym-Jomart Tokayev\""])
        #expect(e.complete(lineBeforeCursor: "show e", word: "e") == ["e1"])
    }

    @Test func completesPathsAndSessions() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-completion-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir + "/Sessions", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/articles", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/Sessions/kazakhstan.json", contents: Data("{}".utf8))
        FileManager.default.createFile(atPath: dir + "/articles/one.txt", contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let e = engine(in: dir)
        #expect(e.complete(lineBeforeCursor: "open ka", word: "ka") == ["kazakhstan"])
        #expect(e.complete(lineBeforeCursor: "load \(dir)/ar", word: "\(dir)/ar") == ["\(dir)/articles/"])
        #expect(e.complete(lineBeforeCursor: "load \(dir)/articles/", word: "\(dir)/articles/") == ["\(dir)/articles/one.txt"])
        #expect(e.complete(lineBeforeCursor: "help sa", word: "sa") == ["save"])
    }
}
