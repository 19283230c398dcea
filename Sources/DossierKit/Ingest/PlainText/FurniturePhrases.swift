/// The vocabulary of page furniture as it reads once a page is copied as text: the words of
/// menus, account and subscription boxes, cookie banners, share bars and footers, mostly in English
/// with the commonest words of other languages' pages. Matched as whole words (lower-cased), with
/// an optional plural `s`. The HTML path's `BoilerplateLines` labels and
/// prefixes are checked beside these.
enum FurniturePhrases {
    /// Phrases that end an article when they stand on a short line of their own: comment, tag,
    /// related-story, newsletter and sharing blocks. The main text does not run across them.
    static let barriers = [
        "comment", "tag", "related", "you may also like", "you might also like", "recommended", "read more",
        "read next", "stories", "popular", "most read", "trending", "newsletter", "sign up", "subscribe",
        "share this article", "share this", "cookie", "privacy policy", "leave a comment", "about the author",
        "more from", "also read", "see also",
        // The same blocks in other languages (German, French, Spanish, Portuguese, Italian, Russian, Japanese, Korean).
        "kommentare", "kommentar", "commentaires", "comentarios", "comentários", "commenti", "комментарии", "комментарий",
        "関連記事", "コメント", "댓글", "weitere beiträge", "articles similaires", "artículos relacionados",
        "leia também", "leggi anche", "читайте также",
    ]
    /// Words of furniture in general (navigation, accounts, social networks, legal lines).
    static let words = barriers + [
        "subscription", "sign in", "log in", "login", "log out", "sign out", "register", "privacy",
        "terms of", "all rights reserved", "copyright", "©", "advertisement", "advertise", "advertising", "skip to", "share",
        "follow us", "tweet", "facebook", "twitter", "instagram", "linkedin", "pinterest", "whatsapp", "email",
        "click here", "download the app", "app store", "google play", "support us", "donate", "contribute",
        "menu", "search", "contact", "contact us", "about us", "sitemap",
        "impressum", "datenschutz", "kontakt", "anmelden", "suche", "teilen", "accueil", "connexion", "rechercher",
        "partager", "mentions légales", "inicio", "buscar", "compartir", "compartilhar", "pesquisar", "privacidad",
        "privacidade", "accedi", "condividi", "поиск", "войти", "главная", "контакты", "реклама", "подписаться",
        "サイトマップ", "プライバシーポリシー", "お問い合わせ", "ログイン", "로그인", "검색",
    ]

    private static let barrierScalars = barriers.map { Array($0.unicodeScalars) }
    private static let wordScalars = words.map { Array($0.unicodeScalars) }

    /// How many furniture phrases `lower` (a lower-cased line) contains.
    static func count(in lower: [Unicode.Scalar]) -> Int { occurrences(of: wordScalars, in: lower) }

    /// Whether `lower` contains a phrase that ends an article.
    static func hasBarrier(_ lower: [Unicode.Scalar]) -> Bool { occurrences(of: barrierScalars, in: lower, stopAtFirst: true) > 0 }

    /// Whole-word occurrences (an `s` may follow), counted.
    private static func occurrences(of phrases: [[Unicode.Scalar]], in s: [Unicode.Scalar], stopAtFirst: Bool = false) -> Int {
        var n = 0
        for p in phrases where s.count >= p.count {
            var i = 0
            while i + p.count <= s.count {
                if s[i] == p[0], i == 0 || !isWordScalar(s[i - 1]) {
                    var j = 1
                    while j < p.count, s[i + j] == p[j] { j += 1 }
                    if j == p.count {
                        var end = i + p.count
                        if end < s.count, s[end] == "s" { end += 1 }
                        if end == s.count || !isWordScalar(s[end]) {
                            n += 1
                            if stopAtFirst { return n }
                        }
                    }
                }
                i += 1
            }
        }
        return n
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c == "_"
    }
}
