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
        "hidden", "sr-only", "visually-hidden", "caption", "credit", "rss", "shoutbox", "skyscraper",
        "supplemental", "subnav", "newsletter", "paywall", "login", "signin", "follow", "meta",
    ]
    /// Content: where articles live.
    static let positive = [
        "article", "body", "content", "entry", "main", "page", "post", "story", "text", "blog", "prose",
    ]
    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner",
        "contentinfo", "search",
    ]

    static func matches(_ classAndID: String, _ list: [String]) -> Bool {
        list.contains { classAndID.contains($0) }
    }

    /// Readability's class weight: −25 for a furniture hint, +25 for a content hint, per attribute.
    static func weight(_ node: HTMLTree.Node) -> Double {
        var w = 0.0
        for key in ["class", "id"] {
            guard let v = node.attributes[key]?.lowercased(), !v.isEmpty else { continue }
            if matches(v, negative) { w -= 25 }
            if matches(v, positive) { w += 25 }
        }
        return w
    }

    /// An element that is furniture whatever its content: a furniture hint and no content hint,
    /// or a furniture role. The page's outer containers are never furniture.
    static func isFurniture(_ node: HTMLTree.Node) -> Bool {
        if ["html", "body", "article", "main", "#root"].contains(node.name) { return false }
        if let role = node.attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return true }
        let hints = node.classAndID
        guard !hints.trimmingWhitespace().isEmpty else { return false }
        return matches(hints, negative) && !matches(hints, positive)
    }

    /// Hidden by the page itself: `hidden`, `aria-hidden`, or an inline `display:none`.
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.attributes["hidden"] != nil { return true }
        if node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        return false
    }
}
