import Foundation

/// One loaded document: its full text (sessions are self-contained) and what is known about it.
public struct Document: Codable, Sendable, Equatable {
    public let id: DocumentID
    public var title: String
    /// Where it came from: a path as the user gave it, a URL, or `"stdin"`.
    public var source: String
    /// The format it was read as: `text`, `markdown`, `html`, `pdf`.
    public var format: String
    /// Lower-case hex SHA-256 of the source bytes; the same content is never loaded twice.
    public var sha256: String
    /// When it was loaded, as an ISO 8601 UTC timestamp.
    public var loadedAt: String
    /// Publication date where known (`YYYY-MM-DD`); relative dates in the text resolve against it.
    public var date: String?
    /// Authors where the source names them.
    public var authors: [String]?
    public var siteName: String?
    public var url: String?
    public var language: String?
    /// Word count of `text`.
    public var words: Int
    /// The text, as extracted from the source.
    public var text: String
    /// Lines of page furniture set aside when the source was a web page copied as text (menus,
    /// banners, footers), in page order; nil when nothing was set aside. Not searched or analysed.
    public var setAside: [String]?
    /// The title the user gave with `retitle`; it outlives `reload`. Nil when the title is the source's.
    public var userTitle: String?

    public init(id: DocumentID, title: String, source: String, format: String, sha256: String,
                loadedAt: String, date: String? = nil, authors: [String]? = nil,
                siteName: String? = nil, url: String? = nil, language: String? = nil,
                text: String) {
        self.init(id: id, title: title, source: source, format: format, sha256: sha256, loadedAt: loadedAt,
                  date: date, authors: authors, siteName: siteName, url: url, language: language,
                  words: WordCounter.count(text), text: text)
    }

    /// A document as a session stored it, its word count included (not counted again).
    init(id: DocumentID, title: String, source: String, format: String, sha256: String, loadedAt: String,
         date: String?, authors: [String]?, siteName: String?, url: String?, language: String?,
         words: Int, text: String) {
        self.id = id
        self.title = title
        self.source = source
        self.format = format
        self.sha256 = sha256
        self.loadedAt = loadedAt
        self.date = date
        self.authors = authors
        self.siteName = siteName
        self.url = url
        self.language = language
        self.words = words
        self.text = text
    }
}
