import Foundation

/// Decodes the bytes of a text file: refuses binary data, drops a UTF-8 byte-order mark, replaces
/// invalid UTF-8 (with a warning) and normalises line endings to `\n`.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], source: String) throws(LoadError) -> (text: String, warnings: [String]) {
        if bytes.prefix(8192).contains(0) { throw .binary(source) }
        var warnings: [String] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let raw: String
        if let valid = String(validating: body, as: UTF8.self) {
            raw = valid
        } else {
            raw = String(decoding: body, as: UTF8.self)
            warnings.append("\(source): invalid UTF-8, undecodable bytes replaced with \u{FFFD}")
        }
        let normalized = raw.utf8.contains(0x0D) ? raw.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n") : raw
        return (normalized, warnings)
    }
}
