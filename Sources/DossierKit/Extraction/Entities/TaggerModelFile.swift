import Foundation

/// The binary format of the shipped tagger weights (`Resources/ner-model.bin`):
/// `"DNER"`, UInt32 version, UInt32 row bits, a bitmap of non-empty rows, then for each non-empty
/// row a Float32 scale, then their Int8 values (`EntityTag.count` per row). Little endian.
public enum TaggerModelFile {
    static let magic: [UInt8] = Array("DNER".utf8)
    static let version: UInt32 = 1

    /// Why a model file could not be read.
    public enum Error: Swift.Error, CustomStringConvertible {
        case malformed(String)
        public var description: String { switch self { case .malformed(let why): "tagger model: \(why)" } }
    }

    static func encode(_ w: QuantizedWeights) -> Data {
        let rows = w.rowMask + 1
        var out = Data(magic)
        func put(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(version)
        put(UInt32(rows.trailingZeroBitCount))
        var bitmap = [UInt8](repeating: 0, count: (rows + 7) / 8)
        var kept: [Int] = []
        for r in 0..<rows where w.scales[r] != 0 {
            bitmap[r >> 3] |= 1 << UInt8(r & 7)
            kept.append(r)
        }
        out.append(contentsOf: bitmap)
        for r in kept { put(w.scales[r].bitPattern) }
        for r in kept {
            let base = r * EntityTag.count
            w.values[base..<(base + EntityTag.count)].withUnsafeBytes { out.append(contentsOf: $0) }
        }
        return out
    }

    static func decode(_ data: Data) throws -> QuantizedWeights {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, Array(bytes[0..<4]) == magic else { throw Error.malformed("not a DNER file") }
        func u32(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        guard u32(4) == version else { throw Error.malformed("version \(u32(4)), expected \(version)") }
        let bits = Int(u32(8))
        guard bits > 0, bits <= 26 else { throw Error.malformed("bad row count 2^\(bits)") }
        let rows = 1 << bits
        let bitmapStart = 12, bitmapLength = (rows + 7) / 8
        guard bytes.count >= bitmapStart + bitmapLength else { throw Error.malformed("truncated bitmap") }
        var kept: [Int] = []
        for r in 0..<rows where bytes[bitmapStart + r >> 3] & (1 << UInt8(r & 7)) != 0 { kept.append(r) }
        let scalesStart = bitmapStart + bitmapLength
        let valuesStart = scalesStart + 4 * kept.count
        guard bytes.count == valuesStart + kept.count * EntityTag.count else { throw Error.malformed("wrong length") }
        var scales = [Float](repeating: 0, count: rows)
        var values = [Int8](repeating: 0, count: rows * EntityTag.count)
        for (n, r) in kept.enumerated() {
            scales[r] = Float(bitPattern: u32(scalesStart + 4 * n))
            let from = valuesStart + n * EntityTag.count
            for t in 0..<EntityTag.count { values[r * EntityTag.count + t] = Int8(bitPattern: bytes[from + t]) }
        }
        return QuantizedWeights(rowMask: rows - 1, scales: scales, values: values)
    }
}
