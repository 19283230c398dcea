import Foundation

/// Turns the bytes of one file into a `DocumentDraft`, choosing the format by extension.
public struct DocumentReader: Sendable {
    /// What a format makes of a file: text plus whatever metadata the format carries.
    public struct Converted: Sendable, Equatable {
        public var title: String?
        public var text: String
        public var date: String?
        public var authors: [String]?
        public var siteName: String?
        public var url: String?
        public var language: String?
        public var warnings: [String] = []

        public init(title: String? = nil, text: String, date: String? = nil, authors: [String]? = nil,
                    siteName: String? = nil, url: String? = nil, language: String? = nil, warnings: [String] = []) {
            self.title = title
            self.text = text
            self.date = date
            self.authors = authors
            self.siteName = siteName
            self.url = url
            self.language = language
            self.warnings = warnings
        }
    }

    /// A format Dossier can read: its name, its file extensions and its converter from bytes.
    public struct Format: Sendable {
        public var name: String
        public var extensions: [String]
        /// Converts the file's bytes; `source` names it in messages.
        public var decode: @Sendable (_ bytes: [UInt8], _ source: String) throws(LoadError) -> Converted
        /// Refuses a file from its first bytes (up to 64 KB) before the rest is read; nil: no check.
        public var sniff: (@Sendable (_ head: ArraySlice<UInt8>, _ source: String) throws(LoadError) -> Void)?

        public init(name: String, extensions: [String],
                    sniff: (@Sendable (ArraySlice<UInt8>, String) throws(LoadError) -> Void)? = nil,
                    decode: @escaping @Sendable ([UInt8], String) throws(LoadError) -> Converted) {
            self.name = name
            self.extensions = extensions
            self.sniff = sniff
            self.decode = decode
        }

        /// A text format: the bytes are checked (not binary), decoded as UTF-8 and line endings
        /// normalised before `convert` sees them.
        public init(name: String, extensions: [String],
                    convert: @escaping @Sendable (String, String) -> (title: String?, text: String)) {
            self.init(name: name, extensions: extensions, sniff: TextDecoding.refuseBinary) { bytes, source throws(LoadError) in
                let decoded = try TextDecoding.decode(bytes, source: source)
                let converted = convert(decoded.text, source)
                return Converted(title: converted.title, text: converted.text, warnings: decoded.warnings)
            }
        }
    }

    /// Formats tried by extension; a file with another extension is read as plain text when named
    /// explicitly, and skipped in a directory.
    public static let formats: [Format] = [
        Format(name: "text", extensions: ["txt", "text"]) { text, _ in (nil, text) },
        Format(name: "markdown", extensions: ["md", "markdown"]) { text, _ in MarkdownText.convert(text) },
        HTMLFormat.format,
        PDFFormat.format,
    ]

    public static var supportedExtensionList: String {
        formats.flatMap(\.extensions).map { "." + $0 }.joined(separator: " ")
    }

    public static func format(forPath path: String) -> Format? {
        let ext = (path as NSString).pathExtension.lowercased()
        return formats.first { $0.extensions.contains(ext) }
    }

    /// The format called `name` (`text`, `markdown`, `html`, `pdf`).
    public static func format(named name: String) -> Format? {
        formats.first { $0.name == name }
    }

    /// Keep every line of plain text and Markdown, even when the text reads as a copied web page
    /// (`load --whole`); otherwise the page's furniture is set aside (`WebPageText`).
    public var keepWhole: Bool

    /// Formats whose text may be a web page copied as text.
    static let pageTextFormats: Set<String> = ["text", "markdown"]

    /// The largest file (or page, or standard input) read by default: 50 MB.
    public static let defaultMaximumBytes = 50_000_000
    /// How to raise the size limit, for messages.
    public static let raiseHint = "load --max-size MB raises it"

    /// Files larger than this are refused before they are read.
    public var maximumBytes: Int

    public init(maximumBytes: Int = DocumentReader.defaultMaximumBytes, keepWhole: Bool = false) {
        self.maximumBytes = maximumBytes
        self.keepWhole = keepWhole
    }

    /// Reads the file at `path` (as the user named it).
    public func read(path: String) throws(LoadError) -> DocumentDraft {
        let format = Self.format(forPath: path) ?? Self.formats[0]
        return try draft(bytes: bytes(ofFile: path, format: format), source: path, format: format)
    }

    /// The bytes of a file to be read as `format`: refused when over `maximumBytes`, or when its
    /// first bytes show it is not that format (a binary file named .txt), before the rest is read.
    public func bytes(ofFile path: String, format: Format) throws(LoadError) -> [UInt8] {
        guard let sniff = format.sniff else { return try FileBytes.read(path, limit: maximumBytes, raise: Self.raiseHint) }
        return try FileBytes.read(path, limit: maximumBytes, raise: Self.raiseHint,
                                  sniff: { head throws(LoadError) in try sniff(head, path) })
    }

    /// Builds a draft from bytes already in memory (files, standard input, downloads).
    public func draft(bytes: [UInt8], source: String, format: Format) throws(LoadError) -> DocumentDraft {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(source)
        }
        var c = try format.decode(bytes, source)
        if c.text.allSatisfy(\.isWhitespace) { throw .unsupported(source, reason: "no text found in this \(format.name) file") }
        var setAside: [String]?
        if !keepWhole, Self.pageTextFormats.contains(format.name), let page = WebPageText.extract(c.text) {
            c.title = page.title ?? c.title
            c.text = page.text
            setAside = page.setAside
        }
        let title = c.title ?? Self.firstLine(of: c.text) ?? (source as NSString).lastPathComponent
        var draft = DocumentDraft(title: title, source: source, format: format.name, sha256: SHA256Digest.hex(bytes),
                                  text: c.text, date: c.date ?? DatelineFinder.date(in: c.text), authors: c.authors, siteName: c.siteName, url: c.url,
                                  language: c.language, warnings: c.warnings)
        draft.setAside = setAside
        return draft
    }

    /// The first non-blank line, trimmed and cut to 120 characters.
    static func firstLine(of text: String) -> String? {
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let t = rest[..<end].trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { return t.count > 120 ? String(t.prefix(119)) + "…" : t }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return nil
    }
}
