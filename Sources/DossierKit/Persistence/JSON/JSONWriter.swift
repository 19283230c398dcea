/// Appends JSON to a byte buffer with no intermediate tree: the caller writes keys and values in
/// the order the file should have them. Strings are escaped as Foundation's `JSONEncoder` does with
/// `.withoutEscapingSlashes`; numbers are written so they read back to the same value. When a
/// `flush` is given, the buffer is handed to it whenever it passes `chunkSize` and emptied, so a
/// large file is written without ever being whole in memory.
struct JSONWriter {
    private(set) var buffer: [UInt8] = []
    let chunkSize: Int
    private let flush: ((inout [UInt8]) throws -> Void)?

    init(chunkSize: Int = 1 << 20, flush: ((inout [UInt8]) throws -> Void)? = nil) {
        self.chunkSize = chunkSize
        self.flush = flush
        buffer.reserveCapacity(flush == nil ? 1 << 16 : chunkSize + (1 << 16))
    }

    /// Hands what is buffered to `flush` when the buffer is past `chunkSize` (or always, at `final`).
    mutating func flushIfNeeded(final: Bool = false) throws {
        guard let flush, final || buffer.count >= chunkSize, !buffer.isEmpty else { return }
        try flush(&buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Takes the bytes written (when there is no `flush`).
    mutating func finish() -> [UInt8] {
        defer { buffer = [] }
        return buffer
    }

    mutating func raw(_ text: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func byte(_ b: UInt8) { buffer.append(b) }

    /// `"key":`
    mutating func key(_ key: StaticString) {
        buffer.append(UInt8(ascii: "\""))
        raw(key)
        buffer.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    mutating func int(_ n: Int) {
        if n >= 0, n < 10 { buffer.append(UInt8(truncatingIfNeeded: n) + 0x30); return }
        buffer.append(contentsOf: String(n).utf8)
    }

    /// A finite number; whole numbers without a fraction (`98000`), others in Swift's shortest
    /// round-tripping form (`1.5`, `1e+20`). Infinity and NaN, which JSON cannot hold, become null.
    mutating func double(_ d: Double) {
        guard d.isFinite else { raw("null"); return }
        if d == d.rounded(), abs(d) < 1e15 { int(Int(d)); return }
        buffer.append(contentsOf: d.description.utf8)
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            buffer.append(UInt8(ascii: "\""))
            var runStart = 0
            for i in utf8.indices {
                let b = utf8[i]
                guard b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 else { continue }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                runStart = i + 1
                switch b {
                case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: buffer.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: buffer.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            buffer.append(UInt8(ascii: "\""))
        }
    }

    /// `[1,2,3]`
    mutating func ints<C: Collection>(_ values: C) where C.Element == Int {
        buffer.append(UInt8(ascii: "["))
        var first = true
        for v in values {
            if !first { buffer.append(UInt8(ascii: ",")) }
            first = false
            int(v)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    /// `["a","b"]`
    mutating func strings(_ values: [String]) {
        buffer.append(UInt8(ascii: "["))
        for (i, v) in values.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            string(v)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    /// Bytes produced elsewhere (a small value `JSONEncoder` wrote).
    mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }
}
