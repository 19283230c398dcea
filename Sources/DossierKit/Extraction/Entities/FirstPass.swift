/// What a first tagging pass said about a document, for the second pass (Ratinov & Roth's
/// two-stage prediction aggregation): each token's first-pass tag, and the entity types the
/// first pass gave the same word elsewhere in the document.
struct FirstPass: Sendable {
    let tags: [Int]
    /// Per token: bit t set when another occurrence of its lower-case form got type t (bits 0–3),
    /// bit 4 when another occurrence was outside any entity.
    let elsewhere: [UInt8]
    /// Per token: the type most often given to its other occurrences + 1 (0 = none).
    let majority: [UInt8]

    init(tags: [Int], forms: [TokenForm]) {
        self.tags = tags
        var counts: [UInt64: [Int]] = [:]
        for (k, f) in forms.enumerated() where f.hasLetter {
            let slot = EntityTag.type(of: tags[k]).map(EntityTag.typeIndex) ?? 4
            counts[f.lower, default: [0, 0, 0, 0, 0]][slot] += 1
        }
        var elsewhere = [UInt8](repeating: 0, count: forms.count)
        var majority = [UInt8](repeating: 0, count: forms.count)
        for (k, f) in forms.enumerated() where f.hasLetter {
            guard var c = counts[f.lower] else { continue }
            c[EntityTag.type(of: tags[k]).map(EntityTag.typeIndex) ?? 4] -= 1
            var bits: UInt8 = 0
            var best = 0, bestCount = 0
            for t in 0..<5 where c[t] > 0 {
                bits |= 1 << UInt8(t)
                if t < 4 && c[t] > bestCount { best = t + 1; bestCount = c[t] }
            }
            elsewhere[k] = bits
            majority[k] = UInt8(best)
        }
        self.elsewhere = elsewhere
        self.majority = majority
    }
}
