import Foundation
import Synchronization

/// Reads and analyses many items on several threads and hands the results back in input order,
/// on the calling thread, as each becomes ready: the caller adds them to the workspace in order,
/// so document IDs do not depend on timing. Stops early when `interruption` is requested.
public struct BatchLoader: Sendable {
    public var reader: DocumentReader
    public var analyzer: TextAnalyzer
    public var fetcher: URLFetcher
    /// Worker threads; defaults to the number of active processors.
    public var workers: Int
    /// How far workers may run ahead of the consumer (bounds memory for large batches).
    public var window: Int

    public init(reader: DocumentReader = DocumentReader(), analyzer: TextAnalyzer = .standard,
                fetcher: URLFetcher = URLFetcher(),
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 256) {
        self.reader = reader
        self.analyzer = analyzer
        self.fetcher = fetcher
        self.workers = max(1, workers)
        self.window = max(1, window)
    }

    /// Reads and analyses one item (what each worker does).
    public func load(_ item: LoadItem) -> Result<LoadedDocument, LoadError> {
        do {
            let draft: DocumentDraft
            let size: Int
            switch item {
            case .file(let path):
                let format = DocumentReader.format(forPath: path) ?? DocumentReader.formats[0]
                let bytes = try reader.bytes(ofFile: path, format: format)
                size = bytes.count
                draft = try reader.draft(bytes: bytes, source: path, format: format)
            case .standardInput(let bytes, let format):
                size = bytes.count
                let chosen = format.flatMap(DocumentReader.format(named:)) ?? DocumentReader.formats[0]
                draft = try reader.draft(bytes: bytes, source: "stdin", format: chosen)
            case .url(let url):
                let page = try fetcher.fetch(url)
                size = page.bytes.count
                var d = try reader.draft(bytes: page.bytes, source: url, format: page.format)
                d.url = d.url ?? page.finalURL
                draft = d
            }
            let analysis = analyzer.analyze(draft.text, documentDate: draft.date)
            return .success(LoadedDocument(draft: draft, analysis: analysis, sourceBytes: size))
        } catch {
            return .failure(error)
        }
    }

    /// Runs the batch. `consume` gets each result in input order; it returns false to stop.
    /// Returns how many items were handed to `consume`.
    @discardableResult
    public func run(_ items: [LoadItem], interruption: Interruption,
                    consume: (Int, Result<LoadedDocument, LoadError>) -> Bool) -> Int {
        if workers == 1 || items.count < 2 {
            for (i, item) in items.enumerated() {
                if interruption.isRequested { return i }
                if !consume(i, load(item)) { return i + 1 }
            }
            return items.count
        }
        let state = BatchState(count: items.count)
        let loader = self
        var threads: [Thread] = []
        for _ in 0..<min(workers, items.count) {
            let t = Thread {
                while let i = state.claim(window: loader.window, stop: interruption) {
                    state.deliver(i, loader.load(items[i]))
                }
            }
            t.stackSize = 8 << 20
            t.start()
            threads.append(t)
        }
        var handed = 0
        while handed < items.count {
            guard let result = state.take(handed, stop: interruption) else { break }
            handed += 1
            if !consume(handed - 1, result) { break }
        }
        state.finish()
        // After Ctrl-C, do not wait for a worker stuck on a slow server: it finishes on its own
        // and its result is dropped.
        if !interruption.isRequested { state.waitForWorkers(threads.count) }
        return handed
    }
}
