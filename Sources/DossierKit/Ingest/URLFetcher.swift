import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a page over HTTP(S) with URLSession; the format comes from the Content-Type (HTML, PDF,
/// plain text), else from the URL's extension, else HTML. The body is streamed: it stops at
/// `maximumBytes` (counted after decompression, so a gzip bomb stops there too), when `timeout`
/// seconds have passed in all, or on Ctrl-C.
public struct URLFetcher: Sendable {
    /// Seconds the whole fetch may take: connection, headers and body.
    public var timeout: Double
    /// Pages larger than this (decompressed) are refused.
    public var maximumBytes: Int
    /// Ctrl-C: stops a fetch in progress.
    public var interruption: Interruption?

    public init(timeout: Double = 20, maximumBytes: Int = DocumentReader.defaultMaximumBytes,
                interruption: Interruption? = nil) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.interruption = interruption
    }

    /// A downloaded page.
    public struct Page: Sendable {
        public var bytes: [UInt8]
        public var format: DocumentReader.Format
        /// The URL after redirects.
        public var finalURL: String
    }

    public func fetch(_ address: String) throws(LoadError) -> Page {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host != nil else {
            throw .unsupported(address, reason: "not a valid http(s) URL")
        }
        let download = PageDownload(limit: maximumBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.setValue("Dossier/1 (research shell)", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        task.resume()
        let outcome = download.wait(seconds: timeout, interruption: interruption)
        switch outcome {
        case .finished: break
        case .timedOut, .interrupted:
            task.cancel()
            if outcome == .interrupted { throw .unreadable(address, reason: "interrupted") }
            throw .unreadable(address, reason: "timed out after \(Format.seconds(timeout)) s (load --timeout SECONDS raises the limit)")
        }
        let (data, response, error, overLimit) = download.result
        if overLimit {
            throw .tooLarge(address, size: nil, limit: maximumBytes, raise: DocumentReader.raiseHint)
        }
        if let error {
            let ns = error as NSError
            if ns.code == NSURLErrorTimedOut {
                throw .unreadable(address, reason: "timed out after \(Format.seconds(timeout)) s (load --timeout SECONDS raises the limit)")
            }
            throw .unreadable(address, reason: ns.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { throw .unreadable(address, reason: "no response") }
        guard (200..<300).contains(http.statusCode) else {
            throw .unreadable(address, reason: "HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))")
        }
        let finalURL = http.url?.absoluteString ?? address
        let type = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        let format = Self.format(contentType: type, url: finalURL)
        var bytes = data
        // A charset given only in the HTTP header: tell libxml2 the way a page would, with a meta tag.
        if format.name == "html", let charset = HTMLCharset.declared(in: Array(type.utf8)),
           HTMLCharset.declared(in: bytes) == nil {
            bytes = Array("<meta charset=\"\(charset)\">".utf8) + bytes
        }
        return Page(bytes: bytes, format: format, finalURL: finalURL)
    }

    static func format(contentType: String, url: String) -> DocumentReader.Format {
        let named: String? = if contentType.contains("html") || contentType.contains("xml") { "html" }
            else if contentType.contains("pdf") { "pdf" }
            else if contentType.contains("markdown") { "markdown" }
            else if contentType.hasPrefix("text/plain") { "text" }
            else { nil }
        if let named, let f = DocumentReader.format(named: named) { return f }
        let path = URL(string: url)?.path ?? ""
        return DocumentReader.format(forPath: path) ?? DocumentReader.format(named: "html")!
    }
}
