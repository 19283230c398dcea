/// The `html` format of `DocumentReader`: the page's main text and its metadata.
enum HTMLFormat {
    static let format = DocumentReader.Format(name: "html", extensions: ["html", "htm", "xhtml"],
                                              sniff: TextDecoding.refuseBinary) { bytes, source throws(LoadError) in
        // NUL bytes without a UTF-16 byte-order mark: an image or archive named .html.
        try TextDecoding.refuseBinary(bytes[...], source: source)
        let article = HTMLArticle.read(bytes, source: source)
        if article.text.isEmpty { throw .unsupported(source, reason: "no article text found in this page") }
        let m = article.metadata
        return DocumentReader.Converted(
            title: m.title, text: article.text, date: m.date, authors: m.authors.isEmpty ? nil : m.authors,
            siteName: m.siteName, url: m.url, language: m.language, warnings: article.warnings)
    }
}
