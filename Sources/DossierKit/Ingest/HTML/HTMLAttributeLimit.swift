/// Keeps at most `maximum` attributes per start tag before libxml2 sees a page: libxml2 2.9
/// compares each attribute with every earlier one of its tag and appends it at the end of a
/// linked list, so a tag with 100,000 attributes took half a minute. No page needs more than a
/// few dozen; the attributes past the limit are dropped. One linear scan; the bytes are copied
/// only when a tag is cut.
enum HTMLAttributeLimit {
    static let maximum = 1000

    static func capped(_ bytes: [UInt8], maximum: Int = maximum) -> [UInt8] {
        // UTF-16 pages (a byte-order mark) are not scanned byte by byte; libxml2 reads them as they are.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return bytes }
        var out: [UInt8]? = nil
        var copied = 0 // bytes[..<copied] are in `out` already (when it exists)
        let n = bytes.count
        var i = 0
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            if bytes[i + 1] == UInt8(ascii: "!"), i + 3 < n, bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                i = commentEnd(bytes, from: i + 4)
                continue
            }
            guard isLetter(bytes[i + 1]) else { i += 1; continue }
            var j = i + 1
            while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") { j += 1 }
            var count = 0
            var cut: Int? = nil
            while j < n {
                while j < n, isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") { j += 1 }
                guard j < n, bytes[j] != UInt8(ascii: ">") else { break }
                count += 1
                if count > maximum, cut == nil { cut = j }
                while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">") { j += 1 }
                while j < n, isSpace(bytes[j]) { j += 1 }
                guard j < n, bytes[j] == UInt8(ascii: "=") else { continue }
                j += 1
                while j < n, isSpace(bytes[j]) { j += 1 }
                guard j < n else { break }
                if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    j += 1
                    while j < n, bytes[j] != quote { j += 1 }
                    j += 1
                } else {
                    while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                }
            }
            if let cut {
                if out == nil { out = []; out!.reserveCapacity(n) }
                out!.append(contentsOf: bytes[copied..<cut])
                copied = min(j, n) // resume at the tag's `>` (or the end)
            }
            i = max(j, i + 1)
        }
        guard var result = out else { return bytes }
        result.append(contentsOf: bytes[copied...])
        return result
    }

    /// The position after the `-->` that ends a comment starting at `from` (the end when none).
    private static func commentEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var k = start
        while k + 2 < bytes.count {
            if bytes[k] == UInt8(ascii: "-"), bytes[k + 1] == UInt8(ascii: "-"), bytes[k + 2] == UInt8(ascii: ">") { return k + 3 }
            k += 1
        }
        return bytes.count
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
}
