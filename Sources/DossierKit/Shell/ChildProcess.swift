import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Runs `/bin/sh -c COMMAND` with text on its standard input: the pager and `CMD | SHELLCMD`.
/// On a terminal the child gets its own process group and the terminal's foreground (tcsetpgrp),
/// so an interactive program such as `less` can read the keyboard; the shell takes the terminal
/// back when the child ends.
enum ChildProcess {
    /// Why a child could not be run.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Feeds `input` to `command` and waits for it; returns its exit status. `terminal` is the
    /// descriptor of the controlling terminal to hand over, or nil (no job control). With
    /// `captureOutput`, the child's standard output is returned instead of inherited.
    @discardableResult
    static func run(_ command: String, input: String, terminal: Int32?,
                    captureOutput: Bool = false) throws(Failure) -> (status: Int32, output: String) {
        // Input through a pipe (or a temporary file when the output is captured, so neither side waits on the other).
        var fds: [Int32] = [-1, -1]
        var inputFile: UnsafeMutablePointer<FILE>?
        if captureOutput {
            guard let f = tmpfile() else { throw Failure(description: "cannot create a temporary file") }
            inputFile = f
            StandardStream(descriptor: fileno(f)).write(input)
            rewind(f)
        } else {
            guard pipe(&fds) == 0 else { throw Failure(description: "cannot create a pipe: \(String(cString: strerror(errno)))") }
        }
        defer { if let inputFile { fclose(inputFile) } }
        var outFds: [Int32] = [-1, -1]
        if captureOutput, pipe(&outFds) != 0 { throw Failure(description: "cannot create a pipe") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let inputFD = inputFile.map { fileno($0) } ?? fds[0]
        posix_spawn_file_actions_adddup2(&actions, inputFD, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, outFds[1], 1)
            posix_spawn_file_actions_addclose(&actions, outFds[0])
            posix_spawn_file_actions_addclose(&actions, outFds[1])
        } else {
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for s in [SIGINT, SIGPIPE, SIGTTOU, SIGTTIN, SIGTSTP, SIGQUIT] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if terminal != nil {
            flags |= POSIX_SPAWN_SETPGROUP
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (word: String) in strdup(word) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
        if !captureOutput { close(fds[0]) } else { close(outFds[1]) }
        guard spawned == 0 else {
            if !captureOutput { close(fds[1]) } else { close(outFds[0]) }
            throw Failure(description: "cannot run /bin/sh: \(String(cString: strerror(spawned)))")
        }

        // Hand the terminal to the child's group; SIGTTOU is ignored while we are not in the foreground.
        var oldTTOU = sigaction()
        if let terminal {
            var ignore = sigaction()
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            sigemptyset(&ignore.sa_mask)
            sigaction(SIGTTOU, &ignore, &oldTTOU)
            setpgid(pid, pid)
            tcsetpgrp(terminal, pid)
        }
        var output = ""
        if captureOutput {
            output = readAll(outFds[0])
            close(outFds[0])
        } else {
            StandardStream(descriptor: fds[1]).write(input)
            close(fds[1])
        }
        var status: Int32 = 0
        while true {
            if waitpid(pid, &status, terminal == nil ? 0 : WUNTRACED) < 0 {
                if errno == EINTR { continue }
                break
            }
            // Stopped (Ctrl-Z in the pager): the shell has no job control, so the child goes on.
            guard let terminal, status & 0xFF == 0x7F else { break }
            tcsetpgrp(terminal, pid)
            kill(-pid, SIGCONT)
        }
        if let terminal {
            tcsetpgrp(terminal, getpgrp())
            sigaction(SIGTTOU, &oldTTOU, nil)
        }
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        let code: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, output)
    }

    private static func readAll(_ fd: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The terminal to hand to a child: standard input when it is the terminal whose foreground
    /// group is ours; nil otherwise (then the child simply shares our group).
    static func controllingTerminal() -> Int32? {
        for fd: Int32 in [STDIN_FILENO, STDOUT_FILENO] where isatty(fd) == 1 {
            if tcgetpgrp(fd) == getpgrp() { return fd }
        }
        return nil
    }
}
