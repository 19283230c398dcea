/// Makes text from documents and sessions safe to write to a terminal: control characters
/// (C0, DEL, C1) are shown as visible symbols instead of being obeyed, so a stray ESC in an
/// article cannot move the cursor, change colours or retitle the window.
public enum TerminalText {
    /// `s` with every control character made visible: C0 and DEL as Unicode control pictures
    /// (ESC → `␛`, U+241B), C1 as `\x85`-style text. Newlines and tabs are kept when `keepLayout`
    /// (for running text); a carriage return is kept only before a newline.
    public static func escapingControls(_ s: String, keepLayout: Bool = true) -> String {
        // Fast path: nothing below 0x20 (except allowed layout bytes), no DEL, no C1 (UTF-8 C2 80–9F).
        var needed = false
        var previousC2 = false
        for b in s.utf8 {
            if b < 0x20 {
                if !(keepLayout && (b == 0x0A || b == 0x09 || b == 0x0D)) { needed = true; break }
            } else if b == 0x7F || (previousC2 && b >= 0x80 && b <= 0x9F) {
                needed = true
                break
            }
            previousC2 = b == 0xC2
        }
        if !needed, !(keepLayout && s.utf8.contains(0x0D)) { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            let v = c.value
            let layout = v == 0x0A || v == 0x09 || (v == 0x0D && i + 1 < scalars.count && scalars[i + 1] == "\n")
            if keepLayout, layout {
                out.append(c)
                continue
            }
            switch v {
            case 0x00..<0x20:
                out.append(Unicode.Scalar(0x2400 + v) ?? "?")
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F:
                out.append(contentsOf: ("\\x" + String(v, radix: 16)).unicodeScalars)
            default:
                out.append(c)
            }
        }
        return String(out)
    }
}
