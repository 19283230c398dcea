/// Tag names: written as typed (a leading `#` dropped), compared without regard to case.
public enum Tag {
    /// The tag as stored, or nil when it is empty or contains whitespace.
    public static func normalize(_ text: String) -> String? {
        var t = text.trimmingWhitespace()
        if t.hasPrefix("#") { t.removeFirst() }
        guard !t.isEmpty, !t.contains(where: \.isWhitespace) else { return nil }
        return t
    }

    public static func same(_ a: String, _ b: String) -> Bool {
        a.caseInsensitiveCompare(b) == .orderedSame
    }
}
