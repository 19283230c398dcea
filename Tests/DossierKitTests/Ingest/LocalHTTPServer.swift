import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A one-thread HTTP/1.1 server on 127.0.0.1 (a free port) for tests: answers every request with
/// the same response, or never answers (`.silence`) to test timeouts.
final class LocalHTTPServer: Sendable {
    enum Response: Sendable {
        case page(contentType: String, body: String)
        case bytes(contentType: String, body: [UInt8])
        case status(Int)
        case silence
        /// Headers as given, then the body bytes as they are (e.g. gzip with Content-Encoding).
        case raw(headers: String, body: [UInt8])
        /// A body without end, 64 KB at a time, until the client goes away or the server stops.
        case endless
        /// A body of one byte every 100 ms, until the client goes away or the server stops.
        case trickle
    }

    struct Failure: Error { let step: String }

    let port: UInt16
    private let socketFD: Int32
    private let stopped = Atomic<Bool>(false)
    private let received = Mutex<[String]>([])

    var url: String { "http://127.0.0.1:\(port)" }
    var requests: [String] { received.withLock { $0 } }

    init(response: Response) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(step: "socket") }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { close(fd); throw Failure(step: "bind") }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        port = UInt16(bigEndian: addr.sin_port)
        socketFD = fd
        let thread = Thread { [self] in serve(response) }
        thread.start()
    }

    private func serve(_ response: Response) {
        var open: [Int32] = []
        while !stopped.load(ordering: .relaxed) {
            var pfd = pollfd(fd: socketFD, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 50) > 0 else { continue }
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 8192)
            let n = read(client, &buffer, buffer.count)
            if n > 0 { received.withLock { $0.append(String(decoding: buffer[0..<n], as: UTF8.self)) } }
            switch response {
            case .silence:
                open.append(client)
                continue
            case .status(let code):
                reply(client, Array("HTTP/1.1 \(code) Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            case .page(let type, let body):
                reply(client, Array("HTTP/1.1 200 OK\r\nContent-Type: \(type)\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)".utf8))
            case .bytes(let type, let body):
                reply(client, Array("HTTP/1.1 200 OK\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8) + body)
            case let .raw(headers, body):
                reply(client, Array("HTTP/1.1 200 OK\r\n\(headers)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8) + body)
            case .endless, .trickle:
                let endless = if case .endless = response { true } else { false }
                guard reply(client, Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n".utf8)) else { break }
                let chunk = [UInt8](repeating: 0x61, count: endless ? 1 << 16 : 1)
                while !stopped.load(ordering: .relaxed), reply(client, chunk) {
                    if !endless { usleep(100_000) }
                }
            }
            close(client)
        }
        for c in open { close(c) }
        close(socketFD)
    }

    /// Sends all of `bytes`; false once the client has gone (no SIGPIPE: MSG_NOSIGNAL).
    @discardableResult
    private func reply(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            off += n
        }
        return true
    }

    func stop() { stopped.store(true, ordering: .relaxed) }
}
