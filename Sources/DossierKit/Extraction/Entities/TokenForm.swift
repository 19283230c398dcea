/// What the tagger's features need to know about one token, computed once: hashes of its forms
/// (exact, lower-case, shape, prefixes, suffixes) and its capitalisation.
struct TokenForm: Sendable {
    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// First scalar is an upper-case letter.
    var startsUpper = false
    /// Has letters and none of them is lower-case.
    var allCaps = false
    var hasLetter = false
    var hasDigit = false
    var length = 0

    init(_ scalars: [Unicode.Scalar], _ span: TokenSpan) {
        var word = FeatureHash.seed, lower = FeatureHash.seed, shape = FeatureHash.seed
        var lastShape: UInt32 = 0
        var shapeRun = 0
        var lowered: [UInt32] = []
        lowered.reserveCapacity(span.end - span.start)
        var anyLower = false
        for k in span.start..<span.end {
            let c = scalars[k]
            word = FeatureHash.add(word, c.value)
            let l = ScalarClass.lower(c)
            lowered.append(l.value)
            lower = FeatureHash.add(lower, l.value)
            let s: UInt32
            if ScalarClass.isUpper(c) { s = 88; hasLetter = true }           // X
            else if ScalarClass.isLower(c) { s = 120; hasLetter = true; anyLower = true }  // x
            else if ScalarClass.isDigit(c) { s = 100; hasDigit = true }      // d
            else if ScalarClass.isLetter(c) { s = 108; hasLetter = true; anyLower = true } // l: caseless letter
            else if ScalarClass.isJoiner(c) { continue }
            else { s = c.value < 0x80 ? c.value : 42 }                       // punctuation itself, * for symbols
            if s == lastShape { shapeRun += 1 } else { shapeRun = 0 }
            if shapeRun < 2 { shape = FeatureHash.add(shape, s) }             // "Xxxxx" → "Xxx"
            lastShape = s
        }
        length = lowered.count
        self.word = word
        self.lower = lower
        self.shape = shape
        startsUpper = span.end > span.start && ScalarClass.isUpper(scalars[span.start])
        allCaps = hasLetter && !anyLower
        var p = FeatureHash.seed, parts: [UInt64] = []
        for k in 0..<min(4, lowered.count) { p = FeatureHash.add(p, lowered[k]); parts.append(p) }
        while parts.count < 4 { parts.append(p &+ UInt64(parts.count)) }
        prefixes = (parts[0], parts[1], parts[2], parts[3])
        parts = []
        var s = FeatureHash.seed
        for k in 0..<min(4, lowered.count) { s = FeatureHash.add(s, lowered[lowered.count - 1 - k]); parts.append(s) }
        while parts.count < 4 { parts.append(s &+ UInt64(parts.count)) }
        suffixes = (parts[0], parts[1], parts[2], parts[3])
    }

    /// The lower-case hash alone (for gazetteer phrases).
    static func lowerHash(_ scalars: [Unicode.Scalar], _ span: TokenSpan) -> UInt64 {
        var h = FeatureHash.seed
        for k in span.start..<span.end { h = FeatureHash.add(h, ScalarClass.lower(scalars[k]).value) }
        return h
    }
}
