/// The characters SQLite puts around matched words in snippets and highlights (from the Unicode
/// private-use area, so they never clash with text), and how they are shown.
public enum MatchMarkers {
    public static let open: Character = "\u{E000}"
    public static let close: Character = "\u{E001}"

    /// How a highlighted match is shown.
    public enum Style: Sendable {
        /// Bold red (ANSI) on a colour terminal.
        case color
        /// `[match]`, for plain output and JSON.
        case brackets
        /// The match unmarked.
        case plain
    }

    public static func render(_ marked: String, style: Style) -> String {
        let (on, off) = switch style {
        case .color: ("\u{1B}[1;31m", "\u{1B}[0m")
        case .brackets: ("[", "]")
        case .plain: ("", "")
        }
        var out = ""
        out.reserveCapacity(marked.utf8.count)
        for c in marked {
            if c == open { out += on } else if c == close { out += off } else { out.append(c) }
        }
        return out
    }

    /// Text with the markers removed.
    public static func strip(_ marked: String) -> String { render(marked, style: .plain) }
}
