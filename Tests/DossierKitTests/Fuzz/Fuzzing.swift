import Foundation

/// A small, fast, seedable random generator (SplitMix64), so a failing fuzz input can be replayed
/// from the seed printed with it.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Time-bounded fuzzing in the test suite: each target runs for `DOSSIER_FUZZ_SECONDS` (default
/// 10 s; set it higher for a long hunt) from a seed (`DOSSIER_FUZZ_SEED`, default fixed, so CI
/// runs are reproducible). A trap ends the test process: that is the finding, and the input that
/// caused it becomes a regression test.
enum Fuzz {
    static var seconds: Double {
        ProcessInfo.processInfo.environment["DOSSIER_FUZZ_SECONDS"].flatMap(Double.init) ?? 10
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["DOSSIER_FUZZ_SEED"].flatMap { UInt64($0) } ?? 16
    }

    /// Calls `body` with fresh random inputs until the time is up (at least `minimum` times);
    /// returns how many inputs ran. With `DOSSIER_FUZZ_TRACE=FOLDER`, the seed of the input about
    /// to run is kept in `FOLDER/NAME.seed`, so the input that crashed can be replayed.
    @discardableResult
    static func run(_ name: String, seconds: Double = Fuzz.seconds, minimum: Int = 20,
                    _ body: (inout SplitMix64) throws -> Void) rethrows -> Int {
        let trace = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TRACE"]
        let deadline = Date().addingTimeInterval(seconds)
        var master = SplitMix64(seed: seed ^ UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        var count = 0
        /// `DOSSIER_FUZZ_REPLAY=SEED` runs that one input (from a `.seed` file) over and over.
        let replaySeed = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_REPLAY"].flatMap { UInt64($0) }
        while count < minimum || Date() < deadline {
            let inputSeed = master.next()
            if let trace { try? Data("\(inputSeed)\n".utf8).write(to: URL(fileURLWithPath: trace + "/" + name + ".seed")) }
            var rng = SplitMix64(seed: replaySeed ?? inputSeed)
            try body(&rng)
            count += 1
        }
        FileHandle.standardError.write(Data("fuzz \(name): \(count) inputs in \(seconds) s\n".utf8))
        return count
    }

    /// Byte-level mutations of a real input: flips, deletions, insertions of interesting bytes,
    /// duplicated or moved chunks, truncation.
    static func mutate(_ input: [UInt8], _ rng: inout SplitMix64, interesting: [[UInt8]] = []) -> [UInt8] {
        var bytes = input
        let steps = Int.random(in: 1...8, using: &rng)
        let special: [[UInt8]] = interesting + [[0], [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x8E, 0x89], [0x22], [0x5C],
                                                [0x3C], [0x3E], [0x26], Array("&#x10FFFF;".utf8), Array("<![CDATA[".utf8),
                                                Array("-1".utf8), Array("9223372036854775807".utf8), Array("1e308".utf8)]
        for _ in 0..<steps {
            let n = bytes.count
            switch Int.random(in: 0..<7, using: &rng) {
            case 0 where n > 0:
                bytes[Int.random(in: 0..<n, using: &rng)] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            case 1 where n > 0:
                let start = Int.random(in: 0..<n, using: &rng)
                bytes.removeSubrange(start..<min(n, start + Int.random(in: 1...64, using: &rng)))
            case 2:
                bytes.insert(contentsOf: special.randomElement(using: &rng)!, at: Int.random(in: 0...n, using: &rng))
            case 3 where n > 1:
                let start = Int.random(in: 0..<n, using: &rng)
                let chunk = Array(bytes[start..<min(n, start + Int.random(in: 1...256, using: &rng))])
                bytes.insert(contentsOf: chunk, at: Int.random(in: 0...n, using: &rng))
            case 4 where n > 0:
                bytes.removeSubrange(Int.random(in: 0..<n, using: &rng)...)
            case 5 where n > 0:
                bytes[Int.random(in: 0..<n, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            default:
                let pieces = special.randomElement(using: &rng)!
                bytes.append(contentsOf: pieces)
            }
        }
        return bytes
    }

    /// A random string from pieces that matter to parsers: quotes, escapes, separators, operators,
    /// control characters, combining marks, emoji, long runs.
    static func text(_ rng: inout SplitMix64, pieces: [String], maxPieces: Int = 24) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) {
            if Int.random(in: 0..<8, using: &rng) == 0 {
                s.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &rng)) ?? "?")
            } else {
                s += pieces.randomElement(using: &rng)!
            }
        }
        return s
    }

    /// The shared data folder beside the repository (`../shared`, as CI has it).
    static var sharedData: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data").path
    }
}
