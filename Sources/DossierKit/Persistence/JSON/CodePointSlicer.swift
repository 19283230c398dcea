/// A document's text sliced by code-point offsets (the unit of every offset in a session) without
/// copying the text: direct UTF-8 offsets for ASCII text; otherwise a checkpoint every 16 code
/// points and a short walk. The session file leaves out what the text already holds (a mention's
/// words) and puts it back with this on reading.
struct CodePointSlicer {
    let text: String
    /// The UTF-8 offset of every 16th code point; nil for ASCII text, where the two coincide.
    private let checkpoints: [UInt32]?
    /// The text's length in code points.
    let count: Int
    private static let stride = 16

    init(_ text: String) {
        self.text = text
        let utf8 = text.utf8
        if Self.isASCII(text) {
            checkpoints = nil
            count = utf8.count
            return
        }
        guard utf8.count < Int(UInt32.max) else {   // not representable in checkpoints: walk every time
            checkpoints = nil
            count = text.unicodeScalars.count
            return
        }
        var marks: [UInt32] = []
        marks.reserveCapacity(utf8.count / Self.stride + 1)
        var n = 0
        var copy = text
        copy.withUTF8 { bytes in
            for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
                if n % Self.stride == 0 { marks.append(UInt32(truncatingIfNeeded: offset)) }
                n += 1
            }
        }
        checkpoints = marks
        count = n
    }

    /// Whether every byte is ASCII, checked eight bytes at a time.
    private static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
            let words = bytes.count / 8
            for w in 0..<words where base.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                return false
            }
            for i in (words * 8)..<bytes.count where bytes[i] >= 0x80 { return false }
            return true
        }
    }

    /// The index of code point `offset` (0…count).
    private func index(_ offset: Int) -> String.Index {
        let scalars = text.unicodeScalars
        guard let checkpoints else {
            // ASCII: code points are bytes. (A text too long for checkpoints walks instead.)
            return count == text.utf8.count ? text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                : scalars.index(scalars.startIndex, offsetBy: offset)
        }
        if offset == count { return scalars.endIndex }
        var i = text.utf8.index(text.utf8.startIndex, offsetBy: Int(checkpoints[offset / Self.stride]))
        for _ in 0..<(offset % Self.stride) { i = scalars.index(after: i) }
        return i
    }

    /// The text between two code-point offsets; nil when they are not inside the text.
    func slice(_ start: Int, _ end: Int) -> String? {
        guard start >= 0, start <= end, end <= count else { return nil }
        return String(text.unicodeScalars[index(start)..<index(end)])
    }

    /// Whether `words` is exactly what the text holds between the offsets.
    func holds(_ words: String, _ start: Int, _ end: Int) -> Bool {
        guard let s = slice(start, end) else { return false }
        return s.utf8.elementsEqual(words.utf8)
    }
}
