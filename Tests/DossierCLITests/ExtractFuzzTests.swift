import Foundation
import Testing

/// Fuzzes the extractors through the built binary: random and mutated real text (web pages saved as
/// text, BBC articles, the shared sample) goes through `dossier extract --jsonl` for a bounded time, and
/// any trap (a crash of the child process) fails the test with the smallest input found that crashes.
/// `DOSSIER_FUZZ_SECONDS` sets the time budget (default 12), `DOSSIER_FUZZ_SEED` the random seed.
@Suite struct ExtractFuzzTests {
    @Test func noInputCrashesExtraction() throws {
        let env = ProcessInfo.processInfo.environment
        let seconds = env["DOSSIER_FUZZ_SECONDS"].flatMap(Double.init) ?? 12
        let seed = env["DOSSIER_FUZZ_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970 * 1000)
        var generator = FuzzInputs(corpus: FuzzCorpus.load(), seed: seed)
        let runner = try FuzzRunner()
        defer { runner.cleanUp() }
        let deadline = Date().addingTimeInterval(seconds)
        var batches = 0, lines = 0
        repeat {
            let batch = (0..<150).map { _ in generator.next() }
            if let crash = try runner.crashingInput(in: batch) {
                let shown = crash.unicodeScalars.count > 400 ? String(String.UnicodeScalarView(crash.unicodeScalars.prefix(400))) + "…" : crash
                Issue.record("extraction crashed (seed \(seed), DOSSIER_FUZZ_SEED=\(seed) repeats it) on: \(shown.debugDescription)")
                return
            }
            batches += 1
            lines += batch.count
        } while Date() < deadline
        #expect(lines >= 150, "fuzzed \(lines) inputs in \(batches) batches")
    }

    /// Inputs that trapped once, kept as regression cases: each must come back as one JSONL line.
    static let knownCrashes = [
        "PGP Fingerprint: 91CF B387 7B38 148C DDD6 38D2 6CBC 1E46 1DBF 22A8",
        "1E46-2-3", "9E99/12/1", "1e308 trillion dollars", "2.48×10−5", "1e400e5",
    ]

    @Test func knownCrashesDoNotCrash() throws {
        let runner = try FuzzRunner()
        defer { runner.cleanUp() }
        #expect(try runner.crashingInput(in: Self.knownCrashes) == nil)
    }
}

/// Runs `dossier extract --jsonl` on a batch of texts; on a crash, narrows the batch down to one input
/// and shrinks it.
struct FuzzRunner {
    let process: DossierProcess

    init() throws { process = try DossierProcess() }

    func cleanUp() { process.cleanUp() }

    /// Whether the child survives the texts and answers one line per input.
    func survives(_ texts: [String]) throws -> Bool {
        var input = ""
        for (i, t) in texts.enumerated() {
            let data = try JSONSerialization.data(withJSONObject: ["id": "f\(i)", "text": t])
            input += String(decoding: data, as: UTF8.self) + "\n"
        }
        try process.write(input, to: "in.jsonl")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: DossierProcess.binary)
        child.arguments = ["extract", "--jsonl"]
        child.currentDirectoryURL = URL(fileURLWithPath: process.directory)
        child.standardInput = FileHandle(forReadingAtPath: process.directory + "/in.jsonl")
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        let answered = out.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        return child.terminationReason == .exit && answered == texts.count
    }

    /// One input of `texts` that crashes the child, shrunk; nil when none does.
    func crashingInput(in texts: [String]) throws -> String? {
        guard try !survives(texts) else { return nil }
        var suspects = texts
        while suspects.count > 1 {
            let half = Array(suspects.prefix(suspects.count / 2))
            suspects = try survives(half) ? Array(suspects.dropFirst(half.count)) : half
        }
        return try shrink(suspects[0])
    }

    /// Cuts pieces off a crashing text while it still crashes (at most 40 runs).
    func shrink(_ text: String) throws -> String {
        var current = Array(text.unicodeScalars)
        var chunk = max(1, current.count / 2)
        var runs = 0
        while chunk >= 1, runs < 40 {
            var cut = false
            var at = 0
            while at < current.count, runs < 40 {
                var candidate = current
                candidate.removeSubrange(at..<min(current.count, at + chunk))
                runs += 1
                var s = ""
                s.unicodeScalars.append(contentsOf: candidate)
                if !candidate.isEmpty, try !survives([s]) { current = candidate; cut = true } else { at += chunk }
            }
            if !cut { chunk /= 2 }
        }
        var s = ""
        s.unicodeScalars.append(contentsOf: current)
        return s
    }
}

/// Real text to mutate: the web pages saved as text, a sample of BBC articles, the shared samples.
enum FuzzCorpus {
    static func load() -> [[Unicode.Scalar]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        var texts: [String] = []
        let fm = FileManager.default
        func add(_ dir: URL, limit: Int) {
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return }
            for name in names.sorted().prefix(limit) where name.hasSuffix(".txt") {
                if let t = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) { texts.append(t) }
            }
        }
        add(root.appendingPathComponent("data/webtext"), limit: 200)
        add(root.appendingPathComponent("samples"), limit: 20)
        for section in ["business", "politics", "sport", "tech", "entertainment"] {
            add(root.appendingPathComponent("data/news/bbc/" + section), limit: 60)
        }
        texts.append(contentsOf: ExtractFuzzTests.knownCrashes)
        texts.append("Sales rose 76% to £60bn in 2004-05, from 5% to 7%; he won 3-1 at 10:30 p.m. on Feb. 14.")
        return texts.map { Array($0.unicodeScalars) }
    }
}

/// Random inputs: windows of real text with mutations, soups of number-like tokens, random Unicode.
struct FuzzInputs {
    let corpus: [[Unicode.Scalar]]
    var state: UInt64

    init(corpus: [[Unicode.Scalar]], seed: UInt64) {
        self.corpus = corpus
        state = seed
    }

    /// SplitMix64.
    mutating func random(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return n <= 0 ? 0 : Int(z % UInt64(n))
    }

    static let pieces: [String] = [
        "0", "1", "9", "12", "1,000", "1.5", ".5", "1e", "E46", "1E46", "e-", "99999999999999999999", "½", "¾", "⅞",
        "-", "–", "—", "/", ".", ",", ":", "%", "$", "£", "€", "¥", "HK$", "US$", "×10", "^", "−", "+", "~", "x",
        " million", " bn", "m", "k", " half a dozen", " dozen", " twenty-one", " a third", " per cent", " percent",
        " of", " to", " from", " between", " and", " over", " rose", " fell by", " Feb.", " Sept. 21", " 2019",
        " years", "-year-old", " days", " GMT", " p.m.", " am", " said", " according to", " Street", " mi", " in",
        "-meter", " to 16-", " (", ")", "\"", "'", "\n", "\r\n", "\t", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2028}",
        "é", "\u{0301}", "中文", "🙂", "👍🏽", "ß", "ǅ", "İ", "٣", "٪", "₹", "元", "°C", "°", "²", "³",
    ]

    mutating func next() -> String {
        var s: [Unicode.Scalar]
        switch random(10) {
        case 0: s = soup()
        case 1: s = randomScalars(random(300))
        default: s = window()
        }
        for _ in 0..<random(12) { mutate(&s) }
        var out = ""
        out.unicodeScalars.append(contentsOf: s)
        return out
    }

    mutating func window() -> [Unicode.Scalar] {
        guard !corpus.isEmpty else { return soup() }
        let doc = corpus[random(corpus.count)]
        guard !doc.isEmpty else { return [] }
        let length = 20 + random(2000)
        let start = random(doc.count)
        return Array(doc[start..<min(doc.count, start + length)])
    }

    mutating func soup() -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for _ in 0..<random(60) {
            out.append(contentsOf: Self.pieces[random(Self.pieces.count)].unicodeScalars)
            if random(3) == 0 { out.append(" ") }
        }
        return out
    }

    mutating func randomScalars(_ n: Int) -> [Unicode.Scalar] {
        (0..<n).compactMap { _ in
            switch random(5) {
            case 0: Unicode.Scalar(UInt32(random(0x7F)))
            case 1: Unicode.Scalar(UInt32(0x20 + random(0x5F)))
            case 2: Unicode.Scalar(UInt32(0x30 + random(10)))
            case 3: Unicode.Scalar(UInt32(0xA0 + random(0x2000)))
            default: Unicode.Scalar(UInt32(random(0x30000)))
            }
        }
    }

    mutating func mutate(_ s: inout [Unicode.Scalar]) {
        let at = random(s.count + 1)
        switch random(6) {
        case 0, 1:
            s.insert(contentsOf: Self.pieces[random(Self.pieces.count)].unicodeScalars, at: at)
        case 2:
            if at < s.count { s.removeSubrange(at..<min(s.count, at + 1 + random(20))) }
        case 3:
            if at < s.count { s.insert(contentsOf: s[at..<min(s.count, at + 1 + random(40))], at: at) }
        case 4:
            s.insert(contentsOf: String(repeating: "9", count: 1 + random(40)).unicodeScalars, at: at)
        default:
            s.insert(contentsOf: randomScalars(1 + random(4)), at: at)
        }
    }
}
