/// Escaping text for XML and HTML output.
public enum MarkupText {
    /// `text` safe inside an element or a double- or single-quoted attribute: `& < > " '` become
    /// references, and characters XML 1.0 forbids (controls other than tab and line breaks,
    /// unpaired surrogates cannot occur in Swift strings, U+FFFE/U+FFFF) are dropped.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsWork($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if allowed(s) { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    private static func needsWork(_ s: Unicode.Scalar) -> Bool {
        "&<>\"'".unicodeScalars.contains(s) || !allowed(s)
    }

    /// XML 1.0's Char production.
    private static func allowed(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
    }
}
