/// Class, id and role hints that mark page furniture or content, in the spirit of Mozilla
/// Readability's patterns: substrings of an element's `class` + `id` (lower-cased).
enum BoilerplateHints {
    /// Furniture: navigation, sharing, cookie and newsletter boxes, comments, related lists, ads.
    static let negative = [
        "comment", "disqus", "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up",
        "cookie", "consent", "gdpr", "donat", "sponsor", "promo", "advert", "-ad-", "ad-slot", "ad-container",
        "adslot", "banner", "related", "recommend", "read-more", "readmore", "more-stories", "trending",
        "popular", "most-read", "sidebar", "widget", "menu", "navbar", "nav-", "breadcrumb", "footer",
        "masthead", "header", "pagination", "pager", "popup", "modal", "overlay", "outbrain", "taboola",
        "byline", "author", "dateline", "timestamp", "tags", "tag-list", "toolbar", "print", "skip",
        "sr-only", "visually-hidden", "caption", "credit", "rss", "shoutbox", "skyscraper",
        "supplemental", "subnav", "login", "gallery", "slider", "carousel", "slideshow", "signin", "follow", "meta",
    ]
    /// Furniture hints strong enough to beat a content hint in the same class list
    /// (`post-author`, `ArticlePage-authorInfo-bio`, `article-share`).
    static let strongNegative = ["author", "byline", "share", "social", "related", "newsletter"]
    /// Content: where articles live.
    static let positive = [
        "article", "body", "content", "entry", "main", "page", "post", "story", "text", "blog", "prose",
    ]
    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner",
        "contentinfo", "search",
    ]

    private static let negativeBytes = negative.map { Array($0.utf8) }
    private static let positiveBytes = positive.map { Array($0.utf8) }
    private static let strongNegativeBytes = strongNegative.map { Array($0.utf8) }

    /// Whether any pattern occurs in `text` (lower-case ASCII byte search: class names are ASCII,
    /// and this runs for every element of every page).
    static func matches(_ text: String, _ list: [String]) -> Bool {
        let bytes = Array(text.utf8)
        return matches(bytes, list.map { Array($0.utf8) })
    }

    static func matches(_ bytes: [UInt8], _ patterns: [[UInt8]]) -> Bool {
        patterns.contains { p in
            guard bytes.count >= p.count else { return false }
            let first = p[0]
            for i in 0...(bytes.count - p.count) where bytes[i] == first {
                var j = 1
                while j < p.count, bytes[i + j] == p[j] { j += 1 }
                if j == p.count { return true }
            }
            return false
        }
    }

    static func isNegative(_ text: String) -> Bool { matches(Array(text.utf8), negativeBytes) }
    static func isPositive(_ text: String) -> Bool { matches(Array(text.utf8), positiveBytes) }
    static func isStrongNegative(_ text: String) -> Bool { matches(Array(text.utf8), strongNegativeBytes) }

    /// Readability's class weight: −25 for a furniture hint, +25 for a content hint, per attribute.
    static func weight(_ node: HTMLTree.Node) -> Double {
        var w = 0.0
        for key in ["class", "id"] {
            guard let v = node.attributes[key]?.lowercased(), !v.isEmpty else { continue }
            if isNegative(v) { w -= 25 }
            if isPositive(v) { w += 25 }
        }
        return w
    }

    /// An element that is furniture whatever its content: a furniture hint and no content hint,
    /// or a furniture role. The page's outer containers are never furniture.
    static func isFurniture(_ node: HTMLTree.Node) -> Bool {
        if ["html", "body", "article", "main", "#root"].contains(node.name) { return false }
        if let role = node.attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return true }
        let hints = node.classAndID
        guard hints.utf8.contains(where: { $0 != 0x20 }) else { return false }
        return isNegative(hints) && (!isPositive(hints) || isStrongNegative(hints))
    }

    /// Hidden by the page itself: `hidden`, `aria-hidden`, or an inline `display:none`.
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.attributes["hidden"] != nil { return true }
        if node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        // Whole class names only: `overflow-hidden` or `hidden-xs` wrap visible articles.
        if let classes = node.attributes["class"]?.lowercased(),
           classes.split(separator: " ").contains(where: { ["hidden", "is-hidden", "d-none", "hide"].contains($0) }) {
            return true
        }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }),
           matches(Array(style.utf8), [Array("display:none".utf8), Array("visibility:hidden".utf8)]) { return true }
        return false
    }
}

/// The hints of every element of one page, computed once and shared by the extractor's passes.
struct PageHints {
    var weight: [Double]
    var furniture: [Bool]
    var hidden: [Bool]

    init(_ tree: HTMLTree) {
        let n = tree.nodes.count
        weight = Array(repeating: 0, count: n)
        furniture = Array(repeating: false, count: n)
        hidden = Array(repeating: false, count: n)
        for (i, node) in tree.nodes.enumerated() where !node.isText && !node.attributes.isEmpty {
            weight[i] = BoilerplateHints.weight(node)
            furniture[i] = BoilerplateHints.isFurniture(node)
            hidden[i] = BoilerplateHints.isHidden(node)
        }
    }
}
