/// A web page read for Dossier: its main text and metadata (see `ArticleExtractor`, `HTMLMetadata`).
public struct HTMLArticle: Sendable, Equatable {
    public var text: String
    public var metadata: HTMLMetadata
    public var warnings: [String]

    /// Parses `bytes` with libxml2 and extracts the article; `source` names the page in warnings.
    public static func read(_ bytes: [UInt8], source: String) -> HTMLArticle {
        guard let parsed = HTMLParser.parse(bytes, source: source) else {
            return HTMLArticle(text: "", metadata: HTMLMetadata(), warnings: ["\(source): libxml2 could not parse the page"])
        }
        let jsonLD = JSONLinkedData.parse(parsed.jsonLD)
        let metadata = HTMLMetadata.read(parsed.tree, jsonLD: jsonLD)
        var text = mainText(parsed.tree)
        if let body = jsonLD?.articleBody.map(plainText), Double(text.count) < 0.6 * Double(body.count) {
            text = body
        }
        return HTMLArticle(text: text, metadata: metadata, warnings: parsed.warnings)
    }

    /// JSON-LD `articleBody` is sometimes HTML: its text, by the same parser.
    static func plainText(_ body: String) -> String {
        guard body.contains("<") else { return HTMLWhitespace.collapse(body) }
        guard let parsed = HTMLParser.parse(Array(("<meta charset=utf-8><body>" + body).utf8)) else { return "" }
        let removed = Array(repeating: false, count: parsed.tree.nodes.count)
        return HTMLTextRenderer.render(parsed.tree, roots: [0], removed: removed)
    }

    /// Text shorter than this sends the extractor to its next, more lenient pass.
    static let enoughText = 500

    /// The first pass that finds enough text, else the longest text any pass found.
    static func mainText(_ tree: HTMLTree) -> String {
        var best = ""
        let hints = PageHints(tree)
        for rules in ArticleExtractor.Rules.passes {
            var extractor = ArticleExtractor(tree, rules: rules, hints: hints)
            let (roots, removed) = extractor.extract()
            let text = BoilerplateLines.filter(HTMLTextRenderer.render(tree, roots: roots, removed: removed))
            if text.count >= enoughText { return text }
            if text.count > best.count { best = text }
        }
        return best
    }
}
