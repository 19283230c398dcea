import Foundation
import Testing
@testable import DossierKit

@Suite("Search index: built in the background, kept in a cache file beside the session")
struct IndexCacheTests {
    /// Waits (at most 20 s) until `condition` holds; false when it never did.
    func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return condition()
    }

    func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("index-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func hits(_ index: SearchIndex, _ w: Workspace, _ q: String, generation: Int = 1) throws -> [String] {
        try index.search(SearchQuery(q), in: w, generation: generation, limit: 10).hits.map(\.document.description)
    }

    func count(_ index: SearchIndex, _ w: Workspace, _ sql: String, generation: Int = 1) throws -> [[Cell]] {
        try index.sql(sql, in: w, generation: generation, limit: 10, interruption: Interruption()).table.rows
    }

    @Test("an opened session's index is written beside it and read back, even by a query that comes at once")
    func roundTrip() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = IndexCache(sessionPath: dir + "/s.json", sessionDigest: "abc")
        var w = QueryFixtures.workspace()
        let first = SearchIndex(cacheMinimumDocuments: 1)
        first.prepareInBackground(w, generation: 1, cache: cache)
        #expect(eventually { first.cacheWrites.load(ordering: .relaxed) == 1 })
        #expect(FileManager.default.fileExists(atPath: dir + "/s.json.index"))
        #expect(first.cacheUse.load(ordering: .relaxed) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["s.json.index"], "no temporary file left")

        let second = SearchIndex(cacheMinimumDocuments: 1)
        second.prepareInBackground(w, generation: 1, cache: cache)
        #expect(try hits(second, w, "almaty") == ["d3"])
        #expect(second.cacheUse.load(ordering: .relaxed) == 1)
        #expect(try count(second, w, "SELECT count(*) FROM sqlite_master WHERE name = 'dossier_index_cache'") == [[.int(0)]])
        #expect(try count(second, w, "SELECT count(*) FROM documents") == [[.int(3)]])
        // The restored index follows the workspace like a built one.
        _ = w.drop(DocumentID(3))
        #expect(try hits(second, w, "almaty").isEmpty)
        #expect(try hits(second, w, "kazakhstan") == ["d2"])
    }

    @Test("a cache made for another session file or a damaged one is never used, and is rewritten")
    func staleOrDamaged() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let w = QueryFixtures.workspace()
        let old = SearchIndex(cacheMinimumDocuments: 1)
        old.prepareInBackground(w, generation: 1, cache: IndexCache(sessionPath: dir + "/s.json", sessionDigest: "before"))
        #expect(eventually { old.cacheWrites.load(ordering: .relaxed) == 1 })

        let after = IndexCache(sessionPath: dir + "/s.json", sessionDigest: "after-a-save")
        // A writer killed mid-write left its temporary file (no process has this ID).
        let abandoned = dir + "/s.json.index.tmp-2147483646"
        try Data("half".utf8).write(to: URL(fileURLWithPath: abandoned))
        let stale = SearchIndex(cacheMinimumDocuments: 1)
        stale.prepareInBackground(w, generation: 1, cache: after)
        #expect(try hits(stale, w, "budget") == ["d1"])
        #expect(stale.cacheUse.load(ordering: .relaxed) == 0)
        #expect(eventually { stale.cacheWrites.load(ordering: .relaxed) == 1 })
        #expect(!FileManager.default.fileExists(atPath: abandoned), "the next write removes what a killed writer left")
        let fresh = SearchIndex(cacheMinimumDocuments: 1)
        fresh.prepareInBackground(w, generation: 1, cache: after)
        #expect(try hits(fresh, w, "budget") == ["d1"])
        #expect(fresh.cacheUse.load(ordering: .relaxed) == 1)

        // A valid database with the right key but an extra trigger is not taken either.
        let crafted = try SQLiteDatabase(path: after.path)
        try crafted.execute("CREATE TRIGGER sneaky AFTER INSERT ON documents BEGIN DELETE FROM documents; END")
        let tampered = SearchIndex(cacheMinimumDocuments: 1)
        tampered.prepareInBackground(w, generation: 1, cache: after)
        #expect(try hits(tampered, w, "budget") == ["d1"])
        #expect(tampered.cacheUse.load(ordering: .relaxed) == 0)
        #expect(eventually { tampered.cacheWrites.load(ordering: .relaxed) == 1 })

        try Data("SQLite format 3\u{0}not really".utf8).write(to: URL(fileURLWithPath: after.path))
        let damaged = SearchIndex(cacheMinimumDocuments: 1)
        damaged.prepareInBackground(w, generation: 1, cache: after)
        #expect(try hits(damaged, w, "budget") == ["d1"])
        #expect(damaged.cacheUse.load(ordering: .relaxed) == 0)
        #expect(eventually { damaged.cacheWrites.load(ordering: .relaxed) == 1 })
    }

    @Test("small sessions get no cache file")
    func smallSessions() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let w = QueryFixtures.workspace()
        let index = SearchIndex()
        index.prepareInBackground(w, generation: 1, cache: IndexCache(sessionPath: dir + "/s.json", sessionDigest: "abc"))
        #expect(eventually { index.isReady(for: w, generation: 1) })
        #expect(try hits(index, w, "budget") == ["d1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test("after a load the index catches up in the background, and an outdated request does nothing")
    func catchesUp() throws {
        let index = SearchIndex()
        let w = QueryFixtures.workspace()
        #expect(try hits(index, w, "budget", generation: 0) == ["d1"])
        var more = w
        _ = more.add(DocumentDraft(title: "Grain", source: "g.txt", format: "text", sha256: "g", text: "Grain exports rose."),
                 analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
        index.prepareInBackground(more, generation: 0)
        #expect(eventually { index.isReady(for: more, generation: 0) }, "the new document is indexed without a query")
        // A request for an older workspace, overtaken by a query for the newer one, never rolls it back.
        index.prepareInBackground(w, generation: 0)
        #expect(try hits(index, more, "grain", generation: 0) == ["d4"])
        Thread.sleep(forTimeInterval: 0.3)
        #expect(index.isReady(for: more, generation: 0))
    }
}
