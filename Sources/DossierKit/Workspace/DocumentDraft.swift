/// A document as a loader read it, before it has an ID in a workspace.
public struct DocumentDraft: Sendable, Equatable {
    public var title: String
    public var source: String
    public var format: String
    public var sha256: String
    public var text: String
    public var date: String?
    public var authors: [String]?
    public var siteName: String?
    public var url: String?
    public var language: String?
    /// Lines of page furniture set aside from a web page copied as text (see `WebPageText`).
    public var setAside: [String]?
    /// Problems that did not stop loading (e.g. invalid UTF-8 replaced), for the user to see.
    public var warnings: [String] = []

    public init(title: String, source: String, format: String, sha256: String, text: String,
                date: String? = nil, authors: [String]? = nil, siteName: String? = nil,
                url: String? = nil, language: String? = nil, warnings: [String] = []) {
        self.title = title
        self.source = source
        self.format = format
        self.sha256 = sha256
        self.text = text
        self.date = date
        self.authors = authors
        self.siteName = siteName
        self.url = url
        self.language = language
        self.warnings = warnings
    }

    func document(id: DocumentID, loadedAt: String) -> Document {
        var d = Document(id: id, title: title, source: source, format: format, sha256: sha256,
                         loadedAt: loadedAt, date: date, authors: authors, siteName: siteName, url: url,
                         language: language, text: text)
        d.setAside = setAside
        return d
    }
}
