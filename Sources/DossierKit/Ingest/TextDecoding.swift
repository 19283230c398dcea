import Foundation

/// Decodes the bytes of a text file: refuses binary data, honours a UTF-8 or UTF-16 byte-order
/// mark, replaces invalid UTF-8 (with a warning) and normalises line endings to `\n`.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], source: String) throws(LoadError) -> (text: String, warnings: [String]) {
        try refuseBinary(bytes[...], source: source)
        var warnings: [String] = []
        let raw: String
        if let bigEndian = utf16ByteOrder(bytes[...]) {
            raw = decodeUTF16(bytes.dropFirst(2), bigEndian: bigEndian, source: source, warnings: &warnings)
        } else {
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if let valid = String(validating: body, as: UTF8.self) {
                raw = valid
            } else {
                raw = String(decoding: body, as: UTF8.self)
                warnings.append("\(source): invalid UTF-8, undecodable bytes replaced with \u{FFFD}")
            }
        }
        let normalized = raw.utf8.contains(0x0D) ? raw.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n") : raw
        return (normalized, warnings)
    }

    /// Refuses binary data from the first bytes of a file: a NUL byte in the first 8 KB, unless a
    /// UTF-16 byte-order mark says the NULs are half of UTF-16 code units.
    static func refuseBinary(_ head: ArraySlice<UInt8>, source: String) throws(LoadError) {
        if utf16ByteOrder(head) == nil, head.prefix(8192).contains(0) { throw .binary(source) }
    }

    /// True for big-endian, false for little-endian, nil when there is no UTF-16 byte-order mark.
    static func utf16ByteOrder(_ bytes: ArraySlice<UInt8>) -> Bool? {
        if bytes.starts(with: [0xFE, 0xFF]) { return true }
        // FF FE 00 00 is UTF-32 little-endian, not read here (it stays binary).
        if bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return false }
        return nil
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool, source: String,
                                    warnings: inout [String]) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        if let valid = String(validating: units, as: UTF16.self), body.count % 2 == 0 { return valid }
        warnings.append("\(source): invalid UTF-16, undecodable units replaced with \u{FFFD}")
        return String(decoding: units, as: UTF16.self)
    }
}
