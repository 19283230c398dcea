import Foundation

/// The shared state of one batch: the next item to claim, finished results, and how far the
/// consumer got. Guarded by one condition variable.
final class BatchState: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var consumed = 0
    private var stopped = false
    private var exited = 0
    private var results: [Int: Result<LoadedDocument, LoadError>] = [:]
    private let count: Int

    init(count: Int) { self.count = count }

    /// The next item index for a worker, or nil when there is none left or the batch stopped.
    func claim(window: Int, stop: Interruption) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, next < count, next >= consumed + window, !stop.isRequested {
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
        }
        guard !stopped, next < count, !stop.isRequested else {
            exited += 1
            condition.broadcast()
            return nil
        }
        next += 1
        return next - 1
    }

    func deliver(_ i: Int, _ result: Result<LoadedDocument, LoadError>) {
        condition.lock()
        results[i] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for item `i`; nil when interrupted first.
    func take(_ i: Int, stop: Interruption) -> Result<LoadedDocument, LoadError>? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stop.isRequested { return nil }
            if results[i] != nil { break }
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
        }
        consumed = i + 1
        condition.broadcast()
        return results.removeValue(forKey: i)
    }

    func finish() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every worker has left its loop (their current item may still be finishing).
    func waitForWorkers(_ n: Int) {
        condition.lock()
        while exited < n { _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05)) }
        condition.unlock()
    }
}
