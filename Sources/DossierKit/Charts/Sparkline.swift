/// A one-line chart of counts: one character per value, taller for larger values.
public enum Sparkline {
    /// Unicode `▁▂▃▄▅▆▇█` (zero is `▁`, any positive count at least `▂`), or ASCII `_.:-=+*#`.
    public static func render(_ values: [Int], unicode: Bool) -> String {
        let levels: [Character] = unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
                                          : ["_", ".", ":", "-", "=", "+", "*", "#"]
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: levels[0], count: values.count) }
        return String(values.map { v -> Character in
            guard v > 0 else { return levels[0] }
            // A positive count never looks like zero; only the largest gets the full block.
            if v >= top { return levels[7] }
            return levels[max(1, min(6, Int((Double(v) / Double(top) * 6).rounded(.up))))]
        })
    }
}
