import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// The URLSession delegate of one `URLFetcher` fetch: collects the body as it arrives, cancels
/// the transfer once it passes `limit` bytes (after decompression), and lets the caller wait with
/// a deadline and Ctrl-C.
final class PageDownload: NSObject, URLSessionDataDelegate, Sendable {
    private struct State {
        var data: [UInt8] = []
        var response: URLResponse?
        var error: (any Error)?
        var overLimit = false
        var done = false
    }

    /// How waiting ended.
    enum Outcome: Equatable { case finished, timedOut, interrupted }

    let limit: Int
    private let state = Mutex(State())
    private let finished = DispatchSemaphore(value: 0)

    init(limit: Int) { self.limit = limit }

    /// The body, response, error, and whether the body passed the limit.
    var result: (data: [UInt8], response: URLResponse?, error: (any Error)?, overLimit: Bool) {
        state.withLock { ($0.data, $0.response, $0.error, $0.overLimit) }
    }

    /// Waits for the transfer to end, at most `seconds`, checking for Ctrl-C ten times a second.
    func wait(seconds: Double, interruption: Interruption?) -> Outcome {
        let deadline = DispatchTime.now() + max(0, min(seconds, 1e6))
        while true {
            let slice = min(deadline, DispatchTime.now() + 0.1)
            if finished.wait(timeout: slice) == .success { return .finished }
            if interruption?.isRequested == true { return .interrupted }
            if DispatchTime.now() >= deadline { return .timedOut }
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        state.withLock { $0.response = response }
        // A declared length over the limit is refused before any of the body is read.
        let declared = response.expectedContentLength
        if declared > Int64(limit), (response as? HTTPURLResponse).map({ $0.value(forHTTPHeaderField: "Content-Encoding") == nil }) ?? true {
            state.withLock { $0.overLimit = true }
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = state.withLock { s -> Bool in
            guard !s.overLimit else { return true }
            if s.data.count + data.count > limit { s.overLimit = true; s.data = []; return true }
            s.data.append(contentsOf: data)
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        state.withLock {
            if $0.response == nil { $0.response = task.response }
            $0.error = $0.overLimit ? nil : error
            $0.done = true
        }
        finished.signal()
    }
}
