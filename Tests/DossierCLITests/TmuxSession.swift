import Foundation

/// A program running in a private tmux server, driven as a person would: keys in, screen out.
final class TmuxSession {
    let socket = "dossier-test-\(UUID().uuidString.prefix(8))"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(command: String, width: Int = 120, height: Int = 40) throws {
        // The tmux server this starts outlives the call: spawn it with posix_spawn and /dev/null for
        // its standard streams, so it holds no pipe or descriptor of ours (Foundation's Process
        // waits forever on a child whose daemon inherited its descriptors).
        let args = ["tmux", "-L", socket, "-u", "new-session", "-d", "-x", String(width), "-y", String(height), command]
        guard Self.spawnDetached(args) == 0 else { throw Failure(description: "cannot start tmux (is it installed?)") }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    /// Presses named keys: `Enter`, `Tab`, `Up`, `C-c`, `C-d`.
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// The visible screen.
    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// Waits until the screen contains `text`; throws with the screen when it does not within `timeout`.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 30, _ step: String) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if last.components(separatedBy: text).count - 1 >= count { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "\(step): '\(text)' (×\(count)) never appeared; screen:\n\(last)")
    }

    /// The process ID of the program in the pane (start it with `exec` so it is the pane's own process).
    func panePID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no pane pid in '\(text)'")
        }
        return pid
    }

    /// True once the program in the pane has ended (the pane is gone).
    func waitForExit(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? tmux(["has-session"])) == nil { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @discardableResult
    private static func spawnDetached(_ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Start tmux with no blocked signals and default dispositions, as from a login shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }

    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let out = Pipe()
        process.standardOutput = capture ? out : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = capture ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
