import Foundation
import Synchronization

/// The workspace's query database, kept in `ShellContext` and brought up to date before every
/// query: documents loaded since the last query are added, dropped ones removed, and the whole
/// index is rebuilt after `open` or `new`. Derived state only; the session file stays the truth.
/// The SQLite connection sits behind a mutex, so the index is safely `Sendable`.
public final class SearchIndex: Sendable {
    private let engine = Mutex<QueryEngine?>(nil)
    /// The newest workspace generation asked for, so a late background build never replaces a newer index.
    private let newestGeneration = Atomic<Int>(0)
    /// Requests (queries and background builds) numbered in the order the shell made them: a
    /// background build runs only when nothing was asked after it, so never for an outdated workspace.
    private let requests = Atomic<Int>(0)
    /// The cache file of the session last opened, with the generation and documents it is valid for.
    private let pendingCache = Mutex<(generation: Int, cache: IndexCache, documents: [Document])?>(nil)
    /// Sessions with fewer documents are neither read from nor written to a cache file.
    let cacheMinimumDocuments: Int
    /// How many indexes were restored from a cache file and how many cache files were written.
    let cacheUse = Atomic<Int>(0), cacheWrites = Atomic<Int>(0)
    /// Cache files being written now.
    private let writing = Atomic<Int>(0)

    public init(cacheMinimumDocuments: Int = IndexCache.minimumDocuments) {
        self.cacheMinimumDocuments = cacheMinimumDocuments
    }

    /// Starts bringing the index up to date on another thread (after `open`, `load`, `drop`…), so the
    /// first query finds it ready; a query that comes sooner waits on the mutex for what is left.
    /// With `cache` (after `open`), the index is read from the session's cache file when that is
    /// valid, and written there after a build when it is not.
    public func prepareInBackground(_ workspace: Workspace, generation: Int, cache: IndexCache? = nil) {
        newestGeneration.max(generation)
        if let cache, workspace.documents.count >= cacheMinimumDocuments {
            pendingCache.withLock { $0 = (generation, cache, workspace.documents) }
        }
        let ticket = requests.add(1, ordering: .acquiringAndReleasing).newValue
        Thread.detachNewThread { [self] in
            _ = try? withEngine(workspace, generation: generation, background: ticket) { _ throws(QueryError) in true }
        }
    }

    func withEngine<T: Sendable>(_ workspace: Workspace, generation: Int, tables: Bool = false,
                                 _ body: (QueryEngine) throws(QueryError) -> T) throws(QueryError) -> T {
        newestGeneration.max(generation)
        requests.add(1, ordering: .acquiringAndReleasing)
        return try withEngine(workspace, generation: generation, tables: tables, background: nil, body)!
    }

    /// Runs `body` on an engine synced with the workspace's documents (and, with `tables`, with its
    /// entities, figures and annotations). A background build (`background`: its number among the
    /// requests) does nothing and returns nil when a newer request was made.
    @discardableResult
    private func withEngine<T: Sendable>(_ workspace: Workspace, generation: Int, tables: Bool = false, background: Int?,
                                         _ body: (QueryEngine) throws(QueryError) -> T) throws(QueryError) -> T? {
        var toCache: (IndexCache, SerializedDatabase)?
        defer { if let toCache { write(toCache.1, to: toCache.0) } }
        return try engine.withLock { (current: inout QueryEngine?) throws(QueryError) -> T? in
            if let background, requests.load(ordering: .acquiring) != background
                || newestGeneration.load(ordering: .acquiring) != generation { return nil }
            do {
                if current?.generation != generation { current = nil }
                let e: QueryEngine
                if let current { e = current } else {
                    (e, toCache) = try makeEngine(generation: generation)
                }
                current = e
                try e.sync(workspace.documents)
                if tables { try e.syncTables(workspace) }
                return try body(e)
            } catch let error as SQLiteError {
                current = nil
                toCache = nil
                throw .index(error.message)
            } catch let error as QueryError {
                throw error
            } catch {
                throw .index("\(error)")
            }
        }
    }

    /// A new engine for `generation`: read from the opened session's cache file when that is valid
    /// (then holding the documents opened); otherwise built from them, with a copy to write to the
    /// cache file, or empty when no cache goes with this generation.
    private func makeEngine(generation: Int) throws(SQLiteError) -> (QueryEngine, (IndexCache, SerializedDatabase)?) {
        guard let pending = pendingCache.withLock({ p in p?.generation == generation ? p : nil }) else {
            return (try QueryEngine(generation: generation), nil)
        }
        pendingCache.withLock { $0 = nil }
        if let restored = try? QueryEngine(generation: generation, restoring: pending.cache, documents: pending.documents) {
            cacheUse.add(1, ordering: .relaxed)
            return (restored, nil)
        }
        let e = try QueryEngine(generation: generation)
        try e.sync(pending.documents)
        return (e, e.db.serialize().map { (pending.cache, $0) })
    }

    /// Writes a cache file on another thread; a failure only means the next open builds again.
    private func write(_ image: SerializedDatabase, to cache: IndexCache) {
        writing.add(1, ordering: .acquiringAndReleasing)
        Thread.detachNewThread { [self] in
            if cache.write(image.buffer) { cacheWrites.add(1, ordering: .relaxed) }
            writing.subtract(1, ordering: .acquiringAndReleasing)
        }
    }

    /// Waits (at most `seconds`) for cache files being written, so a shell that ends right after a
    /// query (`dossier S.json -c 'search …'`) still leaves its cache, and no temporary file.
    public func finishCacheWrites(seconds: Double = 30) {
        var waited = 0.0
        while writing.load(ordering: .acquiring) > 0, waited < seconds {
            Thread.sleep(forTimeInterval: 0.01)
            waited += 0.01
        }
    }

    /// True when the index holds exactly `workspace`'s documents for `generation` (tests).
    func isReady(for workspace: Workspace, generation: Int) -> Bool {
        engine.withLock { $0?.generation == generation && $0?.documents == workspace.documents }
    }

    /// The best `limit` documents for `query` (optionally only among `within`), best first.
    public func search(_ query: SearchQuery, in workspace: Workspace, generation: Int,
                       within: Set<DocumentID>? = nil, limit: Int) throws(QueryError) -> SearchResults {
        try withEngine(workspace, generation: generation) { e throws(QueryError) in
            do throws(SQLiteError) { return try e.search(query, within: within, limit: limit) } catch { throw Self.queryError(error) }
        }
    }

    /// Every document matching `query`, in ID order.
    public func documents(matching query: SearchQuery, in workspace: Workspace, generation: Int,
                          within: Set<DocumentID>? = nil) throws(QueryError) -> [DocumentID] {
        try withEngine(workspace, generation: generation) { e throws(QueryError) in
            do throws(SQLiteError) { return try e.documents(matching: query, within: within) } catch { throw Self.queryError(error) }
        }
    }

    /// Matching documents' texts with each match wrapped in `MatchMarkers`, in ID order, for as long
    /// as `body` returns true.
    public func forEachHighlighted(_ query: SearchQuery, in workspace: Workspace, generation: Int,
                                   within: Set<DocumentID>? = nil,
                                   _ body: (DocumentID, String) -> Bool) throws(QueryError) {
        try withEngine(workspace, generation: generation) { e throws(QueryError) in
            do throws(SQLiteError) { try e.forEachHighlighted(query, within: within, body) } catch { throw Self.queryError(error) }
        }
    }

    /// Runs one read-only SQL statement over the workspace's tables; at most `limit` rows, with
    /// `truncated` set when there were more.
    public func sql(_ text: String, in workspace: Workspace, generation: Int, limit: Int,
                    interruption: Interruption, timeout: Double? = nil) throws(QueryError) -> (table: Table, truncated: Bool) {
        try withEngine(workspace, generation: generation, tables: true) { e throws(QueryError) in
            let result = try e.runReadOnly(text, limit: limit, interruption: interruption, timeout: timeout)
            return (result.table, result.truncated)
        }
    }

    /// A failed full-text query: its text is SQLite's and never shown; the query passed our checks,
    /// so say it was not understood.
    static func queryError(_ error: SQLiteError) -> QueryError {
        error.code == 9 /* SQLITE_INTERRUPT */ ? .interrupted : .query(.notUnderstood)
    }
}

extension Atomic<Int> {
    /// Raises the value to `n` if it is lower.
    func max(_ n: Int) {
        var current = load(ordering: .relaxed)
        while current < n {
            let (exchanged, original) = compareExchange(expected: current, desired: n, ordering: .acquiringAndReleasing)
            if exchanged { return }
            current = original
        }
    }
}
