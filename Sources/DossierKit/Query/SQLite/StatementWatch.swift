#if canImport(Glibc)
import Glibc
#endif

/// What SQLite's progress handler asks while a `sql` statement runs: stop on Ctrl-C, or once the
/// time limit has passed (remembering which, for the message).
final class StatementWatch {
    let interruption: Interruption
    /// Monotonic nanoseconds after which the statement stops; nil for no limit.
    let deadline: UInt64?
    private(set) var timedOut = false

    /// `seconds` of nil or zero means no time limit.
    init(interruption: Interruption, seconds: Double?) {
        self.interruption = interruption
        if let seconds, seconds > 0, seconds.isFinite {
            deadline = Self.now() &+ UInt64(min(seconds, 1e9) * 1e9)
        } else {
            deadline = nil
        }
    }

    /// True when the statement should stop now.
    func shouldStop() -> Bool {
        if interruption.isRequested { return true }
        if let deadline, Self.now() >= deadline { timedOut = true; return true }
        return false
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }
}
