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

    public init() {}

    /// Starts bringing the index up to date on another thread (after `open`), so the first query
    /// finds it ready; a query that comes sooner waits for it through the mutex.
    public func prepareInBackground(_ workspace: Workspace, generation: Int) {
        newestGeneration.max(generation)
        Thread.detachNewThread { [self] in
            _ = try? withEngine(workspace, generation: generation, unlessSuperseded: true) { _ throws(QueryError) in true }
        }
    }

    func withEngine<T: Sendable>(_ workspace: Workspace, generation: Int, tables: Bool = false,
                                 _ body: (QueryEngine) throws(QueryError) -> T) throws(QueryError) -> T {
        try withEngine(workspace, generation: generation, tables: tables, unlessSuperseded: false, body)!
    }

    /// Runs `body` on an engine synced with the workspace's documents (and, with `tables`, with its
    /// entities, figures and annotations).
    /// With `unlessSuperseded` (background builds), does nothing and returns nil when a newer
    /// generation was asked for or a query already built this one.
    @discardableResult
    func withEngine<T: Sendable>(_ workspace: Workspace, generation: Int, tables: Bool = false,
                                 unlessSuperseded: Bool,
                                 _ body: (QueryEngine) throws(QueryError) -> T) throws(QueryError) -> T? {
        newestGeneration.max(generation)
        return try engine.withLock { (current: inout QueryEngine?) throws(QueryError) -> T? in
            if unlessSuperseded, newestGeneration.load(ordering: .acquiring) != generation
                || current?.generation == generation { return nil }
            do {
                if current?.generation != generation { current = nil }
                let e = try current ?? QueryEngine(generation: generation)
                current = e
                try e.sync(workspace.documents)
                if tables { try e.syncTables(workspace) }
                return try body(e)
            } catch let error as SQLiteError {
                current = nil
                throw .index(error.message)
            } catch let error as QueryError {
                throw error
            } catch {
                throw .index("\(error)")
            }
        }
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
