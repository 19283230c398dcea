import Foundation

/// What a page says about itself: title, authors, publication date, site, canonical URL and
/// language, read from JSON-LD, Open Graph and other `<meta>` tags, `<link rel=canonical>`,
/// `<html lang>`, `<time>` and visible bylines, in that order of trust.
public struct HTMLMetadata: Sendable, Equatable {
    public var title: String?
    public var authors: [String] = []
    /// `YYYY-MM-DD`.
    public var date: String?
    public var siteName: String?
    public var url: String?
    public var language: String?

    static func read(_ tree: HTMLTree, jsonLD: JSONLinkedData?) -> HTMLMetadata {
        var meta: [String: String] = [:]
        var metaOrder: [String] = []
        var canonical: String?
        var htmlLang: String?
        for i in tree.descendants() where !tree[i].isText {
            let node = tree[i]
            switch node.name {
            case "meta":
                guard let content = node.attributes["content"]?.trimmingWhitespace(), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    guard let value = node.attributes[key]?.lowercased() else { continue }
                    // itemprop may list several properties: "datePublished dateCreated".
                    for k in value.split(separator: " ").map(String.init) where meta[k] == nil {
                        meta[k] = content
                        metaOrder.append(k)
                    }
                }
            case "link":
                if node.attributes["rel"]?.lowercased() == "canonical", canonical == nil { canonical = node.attributes["href"] }
            case "html":
                htmlLang = htmlLang ?? node.attributes["lang"] ?? node.attributes["xml:lang"]
            default: break
            }
        }
        var m = HTMLMetadata()
        m.title = [meta["og:title"], jsonLD?.headline, meta["twitter:title"], firstText(tree, "h1"), firstText(tree, "title")]
            .compactMap { $0.map(HTMLWhitespace.collapse) }.first { !$0.isEmpty }
        m.authors = authors(tree, meta: meta, jsonLD: jsonLD)
        m.date = publicationDate(tree, meta: meta, metaOrder: metaOrder, jsonLD: jsonLD)
        m.siteName = [meta["og:site_name"], jsonLD?.publisher, meta["application-name"]].compactMap { $0 }
            .first { !$0.hasPrefix("http") && !$0.isEmpty }
        m.url = [canonical, meta["og:url"], jsonLD?.url].compactMap { $0 }.first { $0.hasPrefix("http") }
        m.language = (htmlLang ?? meta["content-language"] ?? meta["og:locale"] ?? jsonLD?.language)
            .map { $0.replacingOccurrences(of: "_", with: "-") }.flatMap { $0.isEmpty ? nil : $0 }
        return m
    }

    /// The first date that normalises: the article's JSON-LD, the well-known metas, any JSON-LD
    /// object's `datePublished`, the first `<time>`, then any meta whose name speaks of publishing.
    private static func publicationDate(_ tree: HTMLTree, meta: [String: String], metaOrder: [String],
                                        jsonLD: JSONLinkedData?) -> String? {
        let known = [jsonLD?.datePublished, meta["article:published_time"], meta["datepublished"], meta["date"],
                     meta["pubdate"], meta["publishdate"], meta["dc.date"], meta["dc.date.issued"], meta["dcterms.created"],
                     meta["sailthru.date"], meta["parsely-pub-date"], meta["og:published_time"], meta["article:published"],
                     jsonLD?.anyDatePublished, timeElement(tree)]
        let named = metaOrder.filter { k in ["publish", "pubdate", "pdate", "post-date", "postdate"].contains { k.contains($0) } }
            .map { meta[$0] }
        return (known + named).compactMap { $0.flatMap(PublicationDate.normalize) }.first
    }

    private static func firstText(_ tree: HTMLTree, _ tag: String) -> String? {
        tree.elements(named: tag).first.map { tree.textContent($0) }
    }

    /// The first `<time datetime>` (or its text) on the page.
    private static func timeElement(_ tree: HTMLTree) -> String? {
        for i in tree.elements(named: "time") {
            if let d = tree[i].attributes["datetime"] { return d }
            let t = tree.textContent(i)
            if !t.isEmpty { return t }
        }
        return nil
    }

    private static func authors(_ tree: HTMLTree, meta: [String: String], jsonLD: JSONLinkedData?) -> [String] {
        var found = jsonLD?.authors ?? []
        if found.isEmpty {
            found = [meta["author"], meta["article:author"], meta["byl"], meta["parsely-author"], meta["dc.creator"],
                     meta["sailthru.author"]].compactMap { $0 }.prefix(1).flatMap { splitNames($0) }
        }
        if found.isEmpty, let byline = visibleByline(tree) { found = splitNames(byline) }
        var seen = Set<String>()
        return found.map { cleanName($0) }.filter { !$0.isEmpty && !$0.hasPrefix("http") && seen.insert($0.lowercased()).inserted }
    }

    /// Text of the first element marked as a byline (`rel=author`, `itemprop=author`, class `byline`/`author`).
    private static func visibleByline(_ tree: HTMLTree) -> String? {
        for i in tree.descendants() where !tree[i].isText {
            let n = tree[i]
            let marked = n.attributes["rel"]?.lowercased() == "author" || n.attributes["itemprop"]?.lowercased() == "author"
                || n.classAndID.split(separator: " ").contains { $0 == "byline" || $0.hasSuffix("-byline") || $0 == "author" }
            guard marked else { continue }
            let text = tree.textContent(i)
            if !text.isEmpty, text.count < 120 { return text }
        }
        return nil
    }

    /// "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"].
    static func splitNames(_ s: String) -> [String] {
        var t = HTMLWhitespace.collapse(s)
        if t.lowercased().hasPrefix("by ") { t = String(t.dropFirst(3)) }
        return t.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private static func cleanName(_ s: String) -> String {
        var t = HTMLWhitespace.collapse(s)
        if t.lowercased().hasPrefix("by ") { t = String(t.dropFirst(3)) }
        return t
    }
}
