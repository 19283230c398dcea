/// The weights a tagger reads: one row of `EntityTag.count` scores per hashed feature.
protocol TagWeights {
    /// Number of rows minus one (rows are a power of two).
    var rowMask: Int { get }
    /// Adds row `row` to `scores` (`EntityTag.count` floats).
    func addRow(_ row: Int, to scores: UnsafeMutablePointer<Float>)
}

/// The shipped weights: each row quantized to Int8 with its own scale.
struct QuantizedWeights: TagWeights, Sendable {
    let rowMask: Int
    let scales: [Float]
    let values: [Int8]

    @inline(__always)
    func addRow(_ row: Int, to scores: UnsafeMutablePointer<Float>) {
        let scale = scales[row]
        guard scale != 0 else { return }
        values.withUnsafeBufferPointer { v in
            let base = row &* EntityTag.count
            for t in 0..<EntityTag.count { scores[t] += Float(v[base &+ t]) * scale }
        }
    }

    /// Quantizes float rows (`rows × EntityTag.count`).
    init(floats: [Float], rows: Int) {
        var scales = [Float](repeating: 0, count: rows)
        var values = [Int8](repeating: 0, count: rows * EntityTag.count)
        for r in 0..<rows {
            let base = r * EntityTag.count
            var top: Float = 0
            for t in 0..<EntityTag.count { top = max(top, abs(floats[base + t])) }
            guard top > 0 else { continue }
            let scale = top / 127
            scales[r] = scale
            for t in 0..<EntityTag.count { values[base + t] = Int8((floats[base + t] / scale).rounded()) }
        }
        self.rowMask = rows - 1
        self.scales = scales
        self.values = values
    }

    init(rowMask: Int, scales: [Float], values: [Int8]) {
        self.rowMask = rowMask
        self.scales = scales
        self.values = values
    }
}
