import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One run of the `curl` program for `URLFetcher`: reads the body from its standard output as it
/// arrives and stops the transfer (killing curl) once the body passes `limit` bytes, when
/// `seconds` have passed, or on Ctrl-C. Its standard error (messages and the `--write-out`
/// summary) is kept.
struct CurlTransfer {
    /// How the transfer ended.
    enum Outcome: Equatable {
        /// curl exited by itself with this status.
        case exited(Int32)
        case overLimit, timedOut, interrupted
    }

    /// curl could not be started.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var outcome: Outcome
    var body: [UInt8]
    /// What curl wrote to standard error.
    var errorText: String

    /// Runs `curl ARGUMENTS`, with standard input from /dev/null.
    static func run(_ curl: String, arguments: [String], limit: Int, seconds: Double,
                    interruption: Interruption?) throws(Failure) -> CurlTransfer {
        var out: [Int32] = [-1, -1], err: [Int32] = [-1, -1]
        guard pipe(&out) == 0 else { throw Failure(description: "cannot create a pipe") }
        guard pipe(&err) == 0 else {
            close(out[0]); close(out[1])
            throw Failure(description: "cannot create a pipe")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        for fd in out + err { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for s in [SIGINT, SIGPIPE, SIGQUIT] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var argv: [UnsafeMutablePointer<CChar>?] = ([curl] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, curl, &actions, &attributes, &argv, environ)
        close(out[1])
        close(err[1])
        guard spawned == 0 else {
            close(out[0]); close(err[0])
            throw Failure(description: "cannot run \(curl): \(String(cString: strerror(spawned)))")
        }
        defer { close(out[0]); close(err[0]) }

        var transfer = CurlTransfer(outcome: .exited(0), body: [], errorText: "")
        var errorBytes: [UInt8] = []
        var stopped: Outcome?
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, min(seconds, 1e6)) * 1e9)
        var open: [Int32] = [out[0], err[0]]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty, stopped == nil {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), 100)
            if ready < 0, errno != EINTR { break }
            for p in fds where p.revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(p.fd, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR || errno == EAGAIN { continue }
                if n <= 0 {
                    open.removeAll { $0 == p.fd }
                    continue
                }
                if p.fd == out[0] {
                    if transfer.body.count + n > limit {
                        transfer.body = []
                        stopped = .overLimit
                        break
                    }
                    transfer.body.append(contentsOf: buffer[0..<n])
                } else if errorBytes.count < 65536 {
                    errorBytes.append(contentsOf: buffer[0..<n])
                }
            }
            if stopped == nil, interruption?.isRequested == true { stopped = .interrupted }
            if stopped == nil, DispatchTime.now().uptimeNanoseconds >= deadline { stopped = .timedOut }
        }
        if stopped != nil { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        transfer.errorText = String(decoding: errorBytes, as: UTF8.self)
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        transfer.outcome = stopped ?? .exited((status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
        return transfer
    }
}
