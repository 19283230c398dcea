/// Hierarchical word clusters learned from unlabelled news (`Resources/word-clusters.tsv`, built by
/// `Scripts/build-word-clusters.py`): each known word has a bit path; words with a long common
/// prefix occur in similar contexts ("Blair" and "Brown", "Microsoft" and "Google").
public struct WordClusters: Sendable {
    /// Path with a leading 1 bit marking its length ("1011" → 0b11011), by exact word hash.
    var exact: [UInt64: UInt32] = [:]
    /// The same by lower-case hash (for headlines in capitals and sentence-initial words).
    var lowered: [UInt64: UInt32] = [:]
    /// Hashes of words the corpus has in lower case ("likewise", "plans", "brown"): a capitalised
    /// token whose lower-case form is here may be an ordinary word at a sentence start.
    var lowercaseWords: Set<UInt64> = []
    /// Paths from a large corpus (GloVe 6B, lower-cased words; `Resources/glove-clusters.tsv`, built by
    /// `Scripts/build-glove-clusters.py`), by lower-case hash.
    var large: [UInt64: UInt32] = [:]

    public init() {}

    /// Clusters from unlabelled news (`tsv`) and, when given, from a large lower-cased corpus (`largeTSV`).
    public init(tsv: String, largeTSV: String) {
        self.init(tsv: tsv)
        var large: [UInt64: UInt32] = [:]
        large.reserveCapacity(120_000)
        var text = largeTSV
        text.withUTF8 { bytes in
            var k = 0
            while k < bytes.count {
                var end = k
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                if let (_, lower, code) = Self.parse(bytes, k, end) { large[lower] = code }
                k = end + 1
            }
        }
        self.large = large
    }

    /// Reads `word<TAB>path` lines; malformed lines are skipped.
    public init(tsv: String) {
        exact.reserveCapacity(20_000)
        lowered.reserveCapacity(20_000)
        var text = tsv
        text.withUTF8 { bytes in
            var k = 0
            while k < bytes.count {
                var end = k
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                add(bytes, k, end)
                k = end + 1
            }
        }
    }

    /// Adds one line `bytes[from..<to]`.
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        guard let (word, lower, code) = Self.parse(bytes, from, to) else { return }
        exact[word] = code
        if word == lower { lowercaseWords.insert(lower) }
        if lowered[lower] == nil { lowered[lower] = code }
    }

    /// One `word<TAB>path` line: the word's exact and lower-case hashes and its length-marked path.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (UInt64, UInt64, UInt32)? {
        guard let tab = (from..<to).first(where: { bytes[$0] == 9 }), tab > from else { return nil }
        var code: UInt32 = 1
        for k in (tab + 1)..<min(to, tab + 25) {
            guard bytes[k] == 48 || bytes[k] == 49 else { return nil }
            code = code << 1 | UInt32(bytes[k] - 48)
        }
        guard code > 1 else { return nil }
        var word = FeatureHash.seed, lower = FeatureHash.seed
        if bytes[from..<tab].allSatisfy({ $0 < 0x80 }) {
            for k in from..<tab {
                let b = UInt32(bytes[k])
                word = FeatureHash.add(word, b)
                lower = FeatureHash.add(lower, b >= 65 && b <= 90 ? b + 32 : b)
            }
        } else {
            for s in String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<tab]), as: UTF8.self).unicodeScalars {
                word = FeatureHash.add(word, s.value)
                lower = FeatureHash.add(lower, ScalarClass.lower(s).value)
            }
        }
        return (word, lower, code)
    }

    /// The large-corpus cluster code of a token (by its lower-case form), 0 when unknown.
    func largeCode(_ form: TokenForm) -> UInt32 { large[form.lower] ?? 0 }

    /// Whether the lower-case form of a token is a word the corpus writes in lower case.
    func isLowercaseWord(_ form: TokenForm) -> Bool { lowercaseWords.contains(form.lower) }

    /// The cluster code of a token, 0 when unknown.
    func code(_ form: TokenForm) -> UInt32 { exact[form.word] ?? lowered[form.lower] ?? 0 }

    /// The first `length` bits of a code (the whole code when shorter), still length-marked.
    @inline(__always)
    static func prefix(_ code: UInt32, _ length: Int) -> UInt64 {
        guard code != 0 else { return 0 }
        let bits = 31 - code.leadingZeroBitCount
        return UInt64(bits > length ? code >> UInt32(bits - length) : code)
    }
}
