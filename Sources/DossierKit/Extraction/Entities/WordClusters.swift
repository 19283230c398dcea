/// Hierarchical word clusters learned from unlabelled news (`Resources/word-clusters.tsv`, built by
/// `Scripts/build-word-clusters.py`): each known word has a bit path; words with a long common
/// prefix occur in similar contexts ("Blair" and "Brown", "Microsoft" and "Google").
public struct WordClusters: Sendable {
    /// Path with a leading 1 bit marking its length ("1011" → 0b11011), by exact word hash.
    var exact: [UInt64: UInt32] = [:]
    /// The same by lower-case hash (for headlines in capitals and sentence-initial words).
    var lowered: [UInt64: UInt32] = [:]

    public init() {}

    /// Reads `word<TAB>path` lines; malformed lines are skipped.
    public init(tsv: String) {
        exact.reserveCapacity(20_000)
        lowered.reserveCapacity(20_000)
        for line in tsv.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            var code: UInt32 = 1
            for c in line[line.index(after: tab)...].utf8.prefix(24) {
                guard c == 48 || c == 49 else { code = 0; break }
                code = code << 1 | UInt32(c - 48)
            }
            guard code > 1 else { continue }
            var word = FeatureHash.seed, lower = FeatureHash.seed
            for s in line[..<tab].unicodeScalars {
                word = FeatureHash.add(word, s.value)
                lower = FeatureHash.add(lower, ScalarClass.lower(s).value)
            }
            exact[word] = code
            if lowered[lower] == nil { lowered[lower] = code }
        }
    }

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
