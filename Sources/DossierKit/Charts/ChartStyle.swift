/// How a terminal chart is drawn: Unicode block characters or plain ASCII, with or without colour,
/// and how many columns it may take.
public struct ChartStyle: Sendable, Equatable {
    /// Block characters (`█▌▁▃▇`) when true; `#`, `+` and `.:-=` when false.
    public var unicode: Bool
    /// ANSI colours on the bars.
    public var color: Bool
    /// Terminal columns the chart may fill (at least 20).
    public var width: Int

    public init(unicode: Bool = true, color: Bool = false, width: Int = 80) {
        self.unicode = unicode
        self.color = color
        self.width = max(20, min(width, 1000))
    }

    /// Whether a locale name (`$LC_ALL`, `$LC_CTYPE` or `$LANG`) promises UTF-8 output.
    public static func isUTF8Locale(_ name: String) -> Bool {
        let n = name.lowercased()
        return n.contains("utf-8") || n.contains("utf8")
    }

    /// The locale in force for character output from an environment, as POSIX picks it:
    /// `LC_ALL`, else `LC_CTYPE`, else `LANG` (the first that is set and not empty).
    public static func localeName(in environment: [String: String]) -> String {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = environment[key], !v.isEmpty { return v }
        }
        return "C"
    }

    /// The glyph of a filled cell for stacked part `part` (0 solid, 1 shaded, 2 light).
    func fill(_ part: Int) -> String {
        if unicode { return ["█", "▒", "░"][min(part, 2)] }
        return ["#", "+", "."][min(part, 2)]
    }

    /// A solid bar `fraction` (0…1) of `cells` long: in eighths of a cell with Unicode, whole
    /// `#` cells in ASCII; a positive value always shows at least the smallest mark.
    func bar(_ fraction: Double, cells: Int) -> String {
        let f = fraction.isFinite ? max(0, min(1, fraction)) : 0
        guard cells > 0, f > 0 else { return "" }
        if !unicode {
            return String(repeating: "#", count: max(1, Int((f * Double(cells)).rounded())))
        }
        let eighths = max(1, Int((f * Double(cells * 8)).rounded()))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }

    /// `text` cut to `width` columns, ending in `…` (or `...` in ASCII) when cut.
    func truncate(_ text: String, to width: Int) -> String {
        if unicode || DisplayWidth.of(text) <= width { return DisplayWidth.truncate(text, to: width) }
        let cut = DisplayWidth.truncate(text, to: max(1, width - 2))
        return String(cut.dropLast()) + "..."
    }

    /// `text` in ANSI colour `code` (e.g. 36 cyan) when colour is on.
    func paint(_ text: String, _ code: Int) -> String {
        color && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    /// Colours for stacked parts, in order: cyan, yellow, magenta.
    static let partColors = [36, 33, 35]
}
