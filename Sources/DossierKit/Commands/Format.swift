import Foundation

/// Number and size formatting for messages.
public enum Format {
    /// `1 word`, `412 words`, `1 entity`, `3 entities`.
    public static func plural(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count(n)) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Thousands separated with commas: `12,345`.
    public static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `5.0 MB`, `812 KB`, `120 B`.
    public static func megabytes(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1e6) }
        if bytes >= 1_000 { return "\(bytes / 1000) KB" }
        return "\(bytes) B"
    }

    /// Seconds as typed: `30`, `0.5`, `1e+09`.
    public static func seconds(_ s: Double) -> String {
        if s.rounded() == s, abs(s) < 1e15 { return String(Int(s)) }
        return String(format: "%g", s)
    }
}
