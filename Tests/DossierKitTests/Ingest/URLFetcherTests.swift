@testable import DossierKit
import Foundation
import Testing

/// `load URL` against a tiny HTTP server on 127.0.0.1 that the test starts.
struct URLFetcherTests {
    @Test func fetchesAnHTMLPageAndReadsItsArticle() throws {
        let server = try LocalHTTPServer(response: .page(contentType: "text/html; charset=utf-8", body: HTMLFixtures.boilerplatePage))
        defer { server.stop() }
        let loader = BatchLoader(workers: 1)
        let result = loader.load(.url(server.url + "/floods.html"))
        let loaded = try result.get()
        #expect(loaded.draft.format == "html")
        #expect(loaded.draft.source == server.url + "/floods.html")
        #expect(loaded.draft.url == server.url + "/floods.html")
        #expect(loaded.draft.text.hasPrefix("The river rose"))
        #expect(server.requests.first?.hasPrefix("GET /floods.html HTTP/1.1") == true)
    }

    @Test func plainTextByContentType() throws {
        let server = try LocalHTTPServer(response: .page(contentType: "text/plain", body: "Notes\n\nA plain note."))
        defer { server.stop() }
        let page = try URLFetcher().fetch(server.url + "/notes")
        #expect(page.format.name == "text")
        #expect(page.bytes == Array("Notes\n\nA plain note.".utf8))
    }

    @Test func charsetFromTheHTTPHeaderIsHonoured() throws {
        let body = "<html><body><article><p>Москва — столица России, крупнейший по численности населения город страны.</p></article></body></html>"
        let bytes = try #require(body.data(using: .windowsCP1251))
        let server = try LocalHTTPServer(response: .bytes(contentType: "text/html; charset=windows-1251", body: [UInt8](bytes)))
        defer { server.stop() }
        let loaded = try BatchLoader(workers: 1).load(.url(server.url + "/ru")).get()
        #expect(loaded.draft.text == "Москва — столица России, крупнейший по численности населения город страны.")
    }

    @Test func httpErrorsAreReported() throws {
        let server = try LocalHTTPServer(response: .status(404))
        defer { server.stop() }
        #expect(throws: LoadError.unreadable(server.url + "/gone", reason: "HTTP 404 Not Found")) {
            try URLFetcher().fetch(server.url + "/gone")
        }
    }

    @Test func aSilentServerTimesOut() throws {
        let server = try LocalHTTPServer(response: .silence)
        defer { server.stop() }
        #expect(throws: LoadError.unreadable(server.url + "/slow", reason: "timed out after 1 s (load --timeout SECONDS raises the limit)")) {
            try URLFetcher(timeout: 1).fetch(server.url + "/slow")
        }
    }

    @Test func anEndlessBodyStopsAtTheSizeLimit() throws {
        let server = try LocalHTTPServer(response: .endless)
        defer { server.stop() }
        #expect(throws: LoadError.tooLarge(server.url + "/endless", size: nil, limit: 1_000_000, raise: "load --max-size MB raises it")) {
            try URLFetcher(timeout: 20, maximumBytes: 1_000_000).fetch(server.url + "/endless")
        }
    }

    @Test func aSlowBodyStopsAtTheTotalTimeLimit() throws {
        let server = try LocalHTTPServer(response: .trickle)
        defer { server.stop() }
        let started = Date()
        #expect(throws: LoadError.unreadable(server.url + "/slow", reason: "timed out after 1 s (load --timeout SECONDS raises the limit)")) {
            try URLFetcher(timeout: 1).fetch(server.url + "/slow")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func ctrlCStopsASlowBody() throws {
        let server = try LocalHTTPServer(response: .trickle)
        defer { server.stop() }
        let stop = Interruption()
        stop.request()
        #expect(throws: LoadError.unreadable(server.url + "/slow", reason: "interrupted")) {
            try URLFetcher(timeout: 60, interruption: stop).fetch(server.url + "/slow")
        }
    }

    /// 20 MB of zeros compressed to about 20 KB: the limit counts the decompressed bytes.
    @Test func aGzipBombStopsAtTheSizeLimit() throws {
        let zeros = [UInt8](repeating: 0x20, count: 20_000_000)
        let gzip = try Self.gzip(zeros)
        #expect(gzip.count < 100_000)
        let server = try LocalHTTPServer(response: .raw(headers: "Content-Type: text/plain\r\nContent-Encoding: gzip", body: gzip))
        defer { server.stop() }
        #expect(throws: LoadError.tooLarge(server.url + "/bomb", size: nil, limit: 1_000_000, raise: "load --max-size MB raises it")) {
            try URLFetcher(maximumBytes: 1_000_000).fetch(server.url + "/bomb")
        }
    }

    /// Compresses with the system's gzip (Debian's gzip package, always installed).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-gz-\(UUID().uuidString)")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", input.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    @Test func unreachableServerIsAnErrorNotACrash() {
        let result = BatchLoader(workers: 1).load(.url("http://127.0.0.1:1/nothing"))
        guard case .failure(let error) = result, case .unreadable(let source, _) = error else {
            Issue.record("expected an unreadable error, got \(result)")
            return
        }
        #expect(source == "http://127.0.0.1:1/nothing")
    }

    @Test func notAURL() {
        #expect(throws: LoadError.unsupported("http://", reason: "not a valid http(s) URL")) {
            try URLFetcher().fetch("http://")
        }
    }
}
