import Foundation

/// The article object of a page's JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, …), found in
/// top-level objects, arrays and `@graph`s; with the few fields Dossier reads.
struct JSONLinkedData: Equatable {
    var headline: String?
    var articleBody: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var url: String?
    var language: String?
    /// `datePublished` of any object on the page (a video, a claim review…), when the article has none.
    var anyDatePublished: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
        "techarticle", "report", "liveblogposting", "webpage",
    ]

    /// The best article object among `blocks` (script contents); nil when none parses.
    static func parse(_ blocks: [String]) -> JSONLinkedData? {
        var found: [[String: Any]] = []
        var anyDate: String?
        for block in blocks {
            let cleaned = block.trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            guard let data = cleaned.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            collect(json, into: &found)
            anyDate = anyDate ?? firstDate(json)
        }
        // Prefer a real article type over a plain WebPage.
        let ranked = found.sorted { rank($0) < rank($1) }
        guard let best = ranked.first else {
            return anyDate.map { JSONLinkedData(anyDatePublished: $0) }
        }
        var out = JSONLinkedData()
        out.anyDatePublished = anyDate
        out.headline = string(best["headline"]) ?? string(best["name"])
        out.articleBody = string(best["articleBody"])
        out.authors = names(best["author"]) + names(best["creator"]).filter { _ in best["author"] == nil }
        out.datePublished = string(best["datePublished"]) ?? string(best["dateCreated"])
        out.publisher = names(best["publisher"]).first
        out.url = string(best["url"]) ?? names(best["mainEntityOfPage"]).first.flatMap { $0.hasPrefix("http") ? $0 : nil }
        out.language = string(best["inLanguage"])
        return out
    }

    /// The first `datePublished` anywhere in the JSON.
    private static func firstDate(_ json: Any) -> String? {
        if let array = json as? [Any] { return array.lazy.compactMap { firstDate($0) }.first }
        guard let object = json as? [String: Any] else { return nil }
        if let d = object["datePublished"] as? String { return d }
        return object.values.lazy.compactMap { firstDate($0) }.first
    }

    private static func types(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let ts = object["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func rank(_ object: [String: Any]) -> Int {
        let t = types(object)
        if t.contains("webpage") { return object["articleBody"] == nil ? 2 : 1 }
        return 0
    }

    private static func collect(_ json: Any, into found: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for item in array { collect(item, into: &found) }
        } else if let object = json as? [String: Any] {
            if types(object).contains(where: articleTypes.contains) { found.append(object) }
            if let graph = object["@graph"] { collect(graph, into: &found) }
            if let main = object["mainEntity"] { collect(main, into: &found) }
        }
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: s.isEmpty ? nil : s
        case let a as [Any]: a.first.flatMap { string($0) }
        default: nil
        }
    }

    /// Names from a string, an object with `name` (or `@id`), or an array of either.
    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let s as String: s.isEmpty ? [] : [s]
        case let o as [String: Any]: (string(o["name"]) ?? string(o["@id"])).map { [$0] } ?? []
        case let a as [Any]: a.flatMap { names($0) }
        default: []
        }
    }
}
