/// Reads a script for `source` (and `dossier -f`): only a regular text file up to `maximumBytes`,
/// decoded like a text document (UTF-8 or UTF-16 with a byte-order mark), so a device, a FIFO or
/// a binary file is refused with one line instead of being read forever.
public enum ScriptFile {
    /// The largest script read: 10 MB.
    public static let maximumBytes = 10_000_000

    /// The script's lines, ready to run; `warnings` holds decoding notes (invalid UTF-8).
    public static func open(_ path: String) throws(LoadError) -> (lines: StringLineSource, warnings: [String]) {
        let bytes = try FileBytes.read(path, limit: maximumBytes,
                                       raise: "a script may be at most \(maximumBytes / 1_000_000) MB; split it into several",
                                       sniff: { head throws(LoadError) in try TextDecoding.refuseBinary(head, source: path) })
        let decoded = try TextDecoding.decode(bytes, source: path)
        return (StringLineSource(decoded.text), decoded.warnings)
    }
}
