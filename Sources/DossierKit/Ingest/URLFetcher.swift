import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// Fetches a page over HTTP(S) with URLSession and a timeout; the format comes from the
/// Content-Type (HTML, PDF, plain text), else from the URL's extension, else HTML.
public struct URLFetcher: Sendable {
    /// Seconds to wait for the server (connection and each read).
    public var timeout: Double
    /// Pages larger than this are refused.
    public var maximumBytes: Int

    public init(timeout: Double = 20, maximumBytes: Int = 100_000_000) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
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
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 3
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.setValue("Dossier/1 (research shell)", forHTTPHeaderField: "User-Agent")
        let box = Mutex<(Data?, URLResponse?, (any Error)?)?>(nil)
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            box.withLock { $0 = (data, response, error) }
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = box.withLock { $0 } ?? (nil, nil, nil)
        if let error {
            let ns = error as NSError
            if ns.code == NSURLErrorTimedOut { throw .unreadable(address, reason: "timed out after \(Int(timeout)) s") }
            throw .unreadable(address, reason: ns.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse, let data else {
            throw .unreadable(address, reason: "no response")
        }
        guard (200..<300).contains(http.statusCode) else {
            throw .unreadable(address, reason: "HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))")
        }
        guard data.count <= maximumBytes else { throw .unsupported(address, reason: "page larger than \(maximumBytes / 1_000_000) MB") }
        let finalURL = http.url?.absoluteString ?? address
        let type = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        let format = Self.format(contentType: type, url: finalURL)
        var bytes = [UInt8](data)
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
