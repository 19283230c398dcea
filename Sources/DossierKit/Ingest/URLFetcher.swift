import Foundation

/// Fetches a page over HTTP(S) with the `curl` program (Debian `curl`; run as a child, so the
/// shell does not load libcurl and its two dozen libraries at every start); the format comes from
/// the Content-Type (HTML, PDF, plain text), else from the URL's extension, else HTML. The body is
/// streamed: it stops at `maximumBytes` (counted after decompression, so a gzip bomb stops there
/// too), when `timeout` seconds have passed in all, or on Ctrl-C.
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

    /// What `load URL` says when curl is not installed.
    static let installHint = "loading a URL needs curl: install it (apt-get install curl)"

    public func fetch(_ address: String) throws(LoadError) -> Page {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host != nil else {
            throw .unsupported(address, reason: "not a valid http(s) URL")
        }
        guard let curl = ExecutableSearch.find("curl") else { throw .unsupported(address, reason: Self.installHint) }
        let seconds = max(0.001, min(timeout, 1e6))
        let timedOut = LoadError.unreadable(address, reason: "timed out after \(Format.seconds(timeout)) s (load --timeout SECONDS raises the limit)")
        let transfer: CurlTransfer
        do {
            transfer = try CurlTransfer.run(curl, arguments: Self.curlArguments(address, seconds: seconds, limit: maximumBytes),
                                            limit: maximumBytes, seconds: seconds, interruption: interruption)
        } catch {
            throw .unreadable(address, reason: error.description)
        }
        switch transfer.outcome {
        case .interrupted: throw .unreadable(address, reason: "interrupted")
        case .timedOut, .exited(28): throw timedOut
        case .overLimit, .exited(63):
            throw .tooLarge(address, size: nil, limit: maximumBytes, raise: DocumentReader.raiseHint)
        case .exited(0): break
        case .exited(let status): throw .unreadable(address, reason: Self.curlMessage(transfer.errorText, status: status))
        }
        guard let summary = Summary(transfer.errorText) else { throw .unreadable(address, reason: "no response") }
        guard (200..<300).contains(summary.status) else {
            throw .unreadable(address, reason: "HTTP \(summary.status) \(HTTPStatusText.phrase(summary.status))")
        }
        let finalURL = summary.finalURL.isEmpty ? address : summary.finalURL
        let type = summary.contentType.lowercased()
        let format = Self.format(contentType: type, url: finalURL)
        var bytes = transfer.body
        // A charset given only in the HTTP header: tell libxml2 the way a page would, with a meta tag.
        if format.name == "html", let charset = HTMLCharset.declared(in: Array(type.utf8)),
           HTMLCharset.declared(in: bytes) == nil {
            bytes = Array("<meta charset=\"\(charset)\">".utf8) + bytes
        }
        return Page(bytes: bytes, format: format, finalURL: finalURL)
    }

    /// Starts curl's summary line on standard error (after any message of its own).
    static let summaryMarker = "@dossier-fetch\t"

    /// curl's options: no ~/.curlrc, errors on standard error, redirects followed (http and https
    /// only), compressed bodies decompressed, a bound on the whole transfer and on a declared size,
    /// and a summary (status, content type, final URL) written to standard error at the end.
    static func curlArguments(_ address: String, seconds: Double, limit: Int) -> [String] {
        ["-q", "--silent", "--show-error", "--location", "--max-redirs", "10",
         "--proto", "=http,https", "--proto-redir", "=http,https", "--compressed",
         "--max-time", String(format: "%.3f", seconds), "--max-filesize", String(max(1, limit)),
         "--user-agent", "Dossier/1 (research shell)",
         "--write-out", "%{stderr}\n" + summaryMarker + "%{http_code}\t%{content_type}\t%{url_effective}\n",
         "--url", address]
    }

    /// The response as curl's `--write-out` summary gives it.
    struct Summary: Equatable {
        var status: Int
        var contentType: String
        var finalURL: String

        /// The last summary line in curl's standard error; nil when there is none, or no response
        /// came (status 000).
        init?(_ errorText: String) {
            guard let line = errorText.split(separator: "\n").last(where: { $0.hasPrefix(URLFetcher.summaryMarker) }) else { return nil }
            let fields = line.dropFirst(URLFetcher.summaryMarker.count).split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let status = Int(fields[0]), status > 0 else { return nil }
            self.status = status
            contentType = String(fields[1])
            finalURL = String(fields[2])
        }
    }

    /// curl's own message for a failed transfer (`curl: (7) Failed to connect …`), without its prefix.
    static func curlMessage(_ errorText: String, status: Int32) -> String {
        let line = errorText.split(separator: "\n").first { $0.hasPrefix("curl: ") && !$0.hasPrefix(summaryMarker) }
        guard var message = line.map({ String($0.dropFirst("curl: ".count)) }) else { return "curl failed (exit status \(status))" }
        if message.hasPrefix("("), let close = message.firstIndex(of: ")") {
            message = String(message[message.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        }
        return message.isEmpty ? "curl failed (exit status \(status))" : message
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
