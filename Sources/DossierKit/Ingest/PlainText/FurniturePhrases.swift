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
        // "You may also like", "related", "read also", "most read" in the languages of FunctionWords and PageStopWords.
        "você pode gostar", "você também pode gostar", "veja também", "leia mais", "notícias relacionadas",
        "artigos relacionados", "posts relacionados", "mais lidas", "te puede interesar", "también te puede interesar",
        "lee también", "noticias relacionadas", "lo más leído", "más leídas", "vous aimerez aussi", "à lire aussi",
        "lire aussi", "sur le même sujet", "articles liés", "les plus lus", "potrebbe interessarti",
        "ti potrebbe interessare", "articoli correlati", "più letti", "das könnte sie auch interessieren",
        "mehr zum thema", "meistgelesen", "lees ook", "gerelateerde artikelen", "meest gelezen", "похожие статьи",
        "похожие записи", "популярное", "может быть интересно", "смотрите также", "baca juga", "artikel terkait", "berita terkait", "terpopuler",
        "ilginizi çekebilir", "ilgili haberler", "benzer haberler", "czytaj także", "zobacz też", "podobne artykuły",
    ]
    /// Headings of a box of links to other stories, which pages also set between two paragraphs of
    /// an article ("Related", "Read more", "See also"); the other barriers only close one.
    static let relatedHeadings = [
        "related", "read more", "read next", "also read", "see also", "you may also like", "you might also like",
        "recommended", "weitere beiträge", "articles similaires", "artículos relacionados", "leia também", "leggi anche",
        "читайте также", "関連記事", "você pode gostar", "você também pode gostar", "veja também", "leia mais",
        "notícias relacionadas", "artigos relacionados", "posts relacionados", "te puede interesar",
        "también te puede interesar", "lee también", "noticias relacionadas", "vous aimerez aussi", "à lire aussi",
        "lire aussi", "sur le même sujet", "articles liés", "potrebbe interessarti", "ti potrebbe interessare",
        "articoli correlati", "das könnte sie auch interessieren", "mehr zum thema", "lees ook", "gerelateerde artikelen",
        "похожие статьи", "похожие записи", "может быть интересно", "смотрите также", "baca juga", "artikel terkait", "berita terkait", "ilginizi çekebilir",
        "ilgili haberler", "benzer haberler", "czytaj także", "zobacz też", "podobne artykuły",
    ]
    /// Headings of a comment section: what follows them is readers' text, not the article's.
    static let commentHeadings = [
        "comment", "leave a reply", "join the conversation", "join the discussion", "responses",
        "kommentare", "kommentar", "commentaires", "comentarios", "comentários", "commenti", "комментарии", "комментарий",
        "コメント", "댓글",
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

    private static let barrierIndex = PhraseIndex(barriers)
    private static let relatedIndex = PhraseIndex(relatedHeadings)
    private static let closingIndex = PhraseIndex(barriers.filter { !relatedHeadings.contains($0) })
    private static let commentIndex = PhraseIndex(commentHeadings)
    private static let wordIndex = PhraseIndex(words)

    /// How many furniture phrases `lower` (a lower-cased line) contains.
    static func count(in lower: [Unicode.Scalar]) -> Int { wordIndex.occurrences(in: lower) }

    /// Whether `lower` contains any furniture phrase.
    static func hasAny(_ lower: [Unicode.Scalar]) -> Bool { wordIndex.occurrences(in: lower, stopAtFirst: true) > 0 }

    /// Whether `lower` contains a phrase that ends an article.
    static func hasBarrier(_ lower: [Unicode.Scalar]) -> Bool { barrierIndex.occurrences(in: lower, stopAtFirst: true) > 0 }

    /// Whether `lower` heads a box of related links and names nothing that closes an article.
    static func isRelatedHeading(_ lower: [Unicode.Scalar]) -> Bool {
        relatedIndex.occurrences(in: lower, stopAtFirst: true) > 0 && closingIndex.occurrences(in: lower, stopAtFirst: true) == 0
            && commentIndex.occurrences(in: lower, stopAtFirst: true) == 0
    }

    /// Whether `lower` names a comment section.
    static func hasCommentHeading(_ lower: [Unicode.Scalar]) -> Bool { commentIndex.occurrences(in: lower, stopAtFirst: true) > 0 }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c == "_"
    }
}

/// Phrases by their first character, so a line is scanned once, not once per phrase.
private struct PhraseIndex: Sendable {
    let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]

    init(_ phrases: [String]) {
        var index: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for p in phrases {
            let scalars = Array(p.unicodeScalars)
            if let first = scalars.first { index[first, default: []].append(scalars) }
        }
        byFirst = index
    }

    /// Whole-word occurrences (an `s` may follow), counted.
    func occurrences(in s: [Unicode.Scalar], stopAtFirst: Bool = false) -> Int {
        var n = 0
        for i in s.indices {
            guard let candidates = byFirst[s[i]], i == 0 || !FurniturePhrases.isWordScalar(s[i - 1]) else { continue }
            for p in candidates where i + p.count <= s.count {
                var j = 1
                while j < p.count, s[i + j] == p[j] { j += 1 }
                guard j == p.count else { continue }
                var end = i + p.count
                if end < s.count, s[end] == "s" { end += 1 }
                if end == s.count || !FurniturePhrases.isWordScalar(s[end]) {
                    n += 1
                    if stopAtFirst { return n }
                }
            }
        }
        return n
    }
}
