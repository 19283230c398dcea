@preconcurrency import CLibXML2

/// Chooses how libxml2 decodes a page. A page that declares its charset (`<meta charset>` or
/// `http-equiv="Content-Type"`) is decoded as declared, by libxml2 itself; a page without a
/// declaration is read as UTF-8 when its bytes are valid UTF-8, else as Windows-1252; a page that
/// declares UTF-8 but is not valid UTF-8 is read as Windows-1252, with a warning.
enum HTMLCharset {
    struct Choice: Equatable {
        /// The encoding name to pass to libxml2; nil lets it honour the page's declaration.
        var encoding: String?
        var warnings: [String] = []
    }

    static func choose(_ bytes: [UInt8]) -> Choice {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(encoding: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return Choice(encoding: nil) }
        let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
        guard let declared = declared(in: bytes) else {
            return Choice(encoding: validUTF8 ? "UTF-8" : "windows-1252")
        }
        let name = declared.lowercased()
        if name == "utf-8" || name == "utf8" {
            return validUTF8 ? Choice(encoding: "UTF-8")
                : Choice(encoding: "windows-1252", warnings: ["declares UTF-8 but is not valid UTF-8; read as Windows-1252"])
        }
        if name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" {
            // Browsers read these labels as Windows-1252 (WHATWG Encoding); so do we.
            return Choice(encoding: "windows-1252")
        }
        if !supported(name) {
            return Choice(encoding: validUTF8 ? "UTF-8" : "windows-1252",
                          warnings: ["unknown charset '\(declared)'; read as \(validUTF8 ? "UTF-8" : "Windows-1252")"])
        }
        return Choice(encoding: nil)
    }

    /// The charset named in the first 4 KB (`charset=NAME` in a meta tag), if any.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            if head[i] == key[0], Array(head[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                guard j < head.count, head[j] == UInt8(ascii: "=") else { i += 1; continue }
                j += 1
                while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                var name: [UInt8] = []
                while j < head.count, isNameByte(head[j]) { name.append(head[j]); j += 1 }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
    }

    /// Whether libxml2 (with iconv) can decode `name`.
    static func supported(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}
