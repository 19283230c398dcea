@testable import DossierKit
import Testing

/// How `URLFetcher` reads what the curl program reports: its summary line, its error messages,
/// status phrases, and a declared size over the limit.
struct CurlTransferTests {
    @Test func theSummaryIsTheLastMarkedLineOfStandardError() throws {
        let text = "curl: (47) Maximum (10) redirects followed\n\n" + URLFetcher.summaryMarker
            + "200\ttext/html; charset=utf-8\thttps://example.org/final\n"
        let summary = try #require(URLFetcher.Summary(text))
        #expect(summary.status == 200)
        #expect(summary.contentType == "text/html; charset=utf-8")
        #expect(summary.finalURL == "https://example.org/final")
        #expect(URLFetcher.Summary("\n" + URLFetcher.summaryMarker + "000\t\thttp://127.0.0.1:1/\n") == nil, "no response")
        #expect(URLFetcher.Summary("curl: (6) Could not resolve host: x\n") == nil)
    }

    @Test func curlsMessageLosesItsPrefix() {
        let text = "curl: (7) Failed to connect to 127.0.0.1 port 1: Connection refused\n\n" + URLFetcher.summaryMarker + "000\t\t\n"
        #expect(URLFetcher.curlMessage(text, status: 7) == "Failed to connect to 127.0.0.1 port 1: Connection refused")
        #expect(URLFetcher.curlMessage("", status: 35) == "curl failed (exit status 35)")
    }

    @Test func statusPhrases() {
        #expect(HTTPStatusText.phrase(404) == "Not Found")
        #expect(HTTPStatusText.phrase(503) == "Service Unavailable")
        #expect(HTTPStatusText.phrase(499) == "client error")
    }

    @Test func aDeclaredSizeOverTheLimitIsRefused() throws {
        let server = try LocalHTTPServer(response: .page(contentType: "text/plain", body: String(repeating: "word ", count: 1000)))
        defer { server.stop() }
        #expect(throws: LoadError.tooLarge(server.url + "/big", size: nil, limit: 1000, raise: DocumentReader.raiseHint)) {
            try URLFetcher(maximumBytes: 1000).fetch(server.url + "/big")
        }
    }

    @Test func aBodyWithinTheLimitArrivesWhole() throws {
        let body = String(repeating: "word ", count: 1000)
        let server = try LocalHTTPServer(response: .page(contentType: "text/plain", body: body))
        defer { server.stop() }
        let page = try URLFetcher(maximumBytes: 5000).fetch(server.url + "/exact")
        #expect(page.bytes == Array(body.utf8))
        #expect(page.finalURL == server.url + "/exact")
    }
}
