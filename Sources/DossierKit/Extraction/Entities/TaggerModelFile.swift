import Foundation

/// The binary format of the shipped tagger weights (`Resources/ner-model.bin`): `"DNER"`, UInt32
/// version, UInt32 number of passes; then per pass: UInt32 row bits, a bitmap of non-empty rows, a
/// Float32 scale per non-empty row, then their Int8 values (`EntityTag.count` per row). Little endian.
public enum TaggerModelFile {
    static let magic: [UInt8] = Array("DNER".utf8)
    static let version: UInt32 = 2

    /// Why a model file could not be read.
    public enum Error: Swift.Error, CustomStringConvertible {
        case malformed(String)
        public var description: String { switch self { case .malformed(let why): "tagger model: \(why)" } }
    }

    static func encode(_ passes: [QuantizedWeights]) -> Data {
        var out = Data(magic)
        func put(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(version)
        put(UInt32(passes.count))
        for w in passes {
            let rows = w.rowMask + 1
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
        }
        return out
    }

    static func decode(_ data: Data) throws -> [QuantizedWeights] {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> [QuantizedWeights] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var at = 0
            func u32() throws -> UInt32 {
                guard at + 4 <= bytes.count else { throw Error.malformed("truncated") }
                defer { at += 4 }
                return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            }
            guard bytes.count >= 12, Array(bytes[0..<4]) == magic else { throw Error.malformed("not a DNER file") }
            at = 4
            let v = try u32()
            guard v == version else { throw Error.malformed("version \(v), expected \(version)") }
            let count = Int(try u32())
            guard (1...4).contains(count) else { throw Error.malformed("\(count) passes") }
            var passes: [QuantizedWeights] = []
            for _ in 0..<count {
                let bits = Int(try u32())
                guard bits > 0, bits <= 26 else { throw Error.malformed("bad row count 2^\(bits)") }
                let rows = 1 << bits
                let bitmapStart = at, bitmapLength = (rows + 7) / 8
                guard bytes.count >= bitmapStart + bitmapLength else { throw Error.malformed("truncated bitmap") }
                var kept: [Int] = []
                for r in 0..<rows where bytes[bitmapStart + r >> 3] & (1 << UInt8(r & 7)) != 0 { kept.append(r) }
                let scalesStart = bitmapStart + bitmapLength
                let valuesStart = scalesStart + 4 * kept.count
                at = valuesStart + kept.count * EntityTag.count
                guard bytes.count >= at else { throw Error.malformed("truncated weights") }
                var scales = [Float](repeating: 0, count: rows)
                var values = [Int8](repeating: 0, count: rows * EntityTag.count)
                values.withUnsafeMutableBytes { dst in
                    for (n, r) in kept.enumerated() {
                        let s = scalesStart + 4 * n
                        scales[r] = Float(bitPattern: UInt32(bytes[s]) | UInt32(bytes[s + 1]) << 8
                                          | UInt32(bytes[s + 2]) << 16 | UInt32(bytes[s + 3]) << 24)
                        dst.baseAddress!.advanced(by: r * EntityTag.count)
                            .copyMemory(from: raw.baseAddress!.advanced(by: valuesStart + n * EntityTag.count), byteCount: EntityTag.count)
                    }
                }
                passes.append(QuantizedWeights(rowMask: rows - 1, scales: scales, values: values))
            }
            guard at == bytes.count else { throw Error.malformed("trailing bytes") }
            return passes
        }
    }
}
