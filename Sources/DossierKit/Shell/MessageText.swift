/// Makes a diagnostic fit on one line: newlines become spaces, a run of more than `longestWord`
/// characters without a space (a value typed or read from a file, possibly megabytes) is cut with
/// `…`, and the whole message stops at `longestMessage` characters.
public enum MessageText {
    public static let longestWord = 120
    public static let longestMessage = 1000

    public static func oneLine(_ message: String) -> String {
        // Fast path: short single-line messages are by far the most common.
        if message.utf8.count <= longestWord, !message.contains(where: \.isNewline) { return message }
        var out = ""
        var run = 0
        var count = 0
        for c in message {
            if count >= longestMessage { out.append("…"); break }
            let ch: Character = c.isNewline ? " " : c
            if ch == " " || ch == "\t" {
                run = 0
            } else {
                run += 1
                if run == longestWord + 1 { out.append("…") }
                if run > longestWord { continue }
            }
            out.append(ch)
            count += 1
        }
        return out
    }
}
