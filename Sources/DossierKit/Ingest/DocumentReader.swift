import Foundation

/// Turns the bytes of one file into a `DocumentDraft`, choosing the format by extension.
public struct DocumentReader: Sendable {
    /// A format Dossier can read: its name, its file extensions and its converter.
    public struct Format: Sendable {
        public var name: String
        public var extensions: [String]
        public var convert: @Sendable (_ text: String, _ source: String) -> (title: String?, text: String)

        public init(name: String, extensions: [String],
                    convert: @escaping @Sendable (String, String) -> (title: String?, text: String)) {
            self.name = name
            self.extensions = extensions
            self.convert = convert
        }
    }

    /// Formats tried by extension; a file with another extension is read as plain text when named
    /// explicitly, and skipped in a directory.
    public static let formats: [Format] = [
        Format(name: "text", extensions: ["txt", "text"]) { text, _ in (nil, text) },
        Format(name: "markdown", extensions: ["md", "markdown"]) { text, _ in MarkdownText.convert(text) },
    ]

    public static var supportedExtensionList: String {
        formats.flatMap(\.extensions).map { "." + $0 }.joined(separator: " ")
    }

    public static func format(forPath path: String) -> Format? {
        let ext = (path as NSString).pathExtension.lowercased()
        return formats.first { $0.extensions.contains(ext) }
    }

    public init() {}

    /// Reads the file at `path` (as the user named it).
    public func read(path: String) throws(LoadError) -> DocumentDraft {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw error
        }
        return try draft(bytes: bytes, source: path, format: Self.format(forPath: path) ?? Self.formats[0])
    }

    /// Builds a draft from bytes already in memory (files, standard input).
    public func draft(bytes: [UInt8], source: String, format: Format) throws(LoadError) -> DocumentDraft {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(source)
        }
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
        let normalized = body.contains(0x0D) ? raw.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n") : raw
        let converted = format.convert(normalized, source)
        let title = converted.title ?? Self.firstLine(of: converted.text) ?? (source as NSString).lastPathComponent
        return DocumentDraft(title: title, source: source, format: format.name,
                             sha256: SHA256Digest.hex(bytes), text: converted.text,
                             date: DatelineFinder.date(in: converted.text), warnings: warnings)
    }

    /// The first non-blank line, trimmed and cut to 120 characters.
    static func firstLine(of text: String) -> String? {
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let t = rest[..<end].trimmingWhitespace()
            if !t.isEmpty { return t.count > 120 ? String(t.prefix(119)) + "…" : t }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return nil
    }
}
