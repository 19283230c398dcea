/// A text as an array of Unicode code points, so offsets stored in sessions and exports
/// (code points, end exclusive) can be sliced and searched directly.
public struct CodePointText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public var count: Int { scalars.count }

    /// The text between two code-point offsets, clamped to the text.
    public func slice(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, count)), e = max(s, min(end, count))
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[s..<e])
        return String(out)
    }

    /// Start offsets of every occurrence of `needle`, in order (overlapping ones included).
    public func occurrences(of needle: String) -> [Int] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= count else { return [] }
        var found: [Int] = []
        let first = n[0]
        var i = 0
        let last = count - n.count
        while i <= last {
            if scalars[i] == first {
                var j = 1
                while j < n.count, scalars[i + j] == n[j] { j += 1 }
                if j == n.count { found.append(i) }
            }
            i += 1
        }
        return found
    }

    /// Occurrences of `needle` that stand as whole words (no letter or digit right before or after).
    public func wordOccurrences(of needle: String) -> [Int] {
        let length = needle.unicodeScalars.count
        return occurrences(of: needle).filter { start in
            !(start > 0 && Self.isWordScalar(scalars[start - 1]))
                && !(start + length < count && Self.isWordScalar(scalars[start + length]))
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
