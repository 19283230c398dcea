/// The hashing behind the tagger's features: FNV-1a over scalars, mixed with splitmix64.
/// Changing anything here changes every feature: retrain the model after.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01b3 }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { mix(a &* 31 &+ b) }

    /// The hash of a feature: its template number and its value.
    @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 { mix(value ^ (template &* 0x9E37_79B9_7F4A_7C15)) }
}
