import Synchronization

/// A flag set by Ctrl-C while a command runs, so long work can stop cleanly and keep what it did.
/// The one piece of shared mutable state, fenced by an atomic.
public final class Interruption: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isRequested: Bool { flag.load(ordering: .relaxed) }
    public func request() { flag.store(true, ordering: .relaxed) }
    public func clear() { flag.store(false, ordering: .relaxed) }
}
