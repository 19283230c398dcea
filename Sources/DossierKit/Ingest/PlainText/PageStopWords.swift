import Foundation

/// jusText's stop-word lists of the languages most web pages are written in
/// (`Resources/stopwords.tsv`, built by `Scripts/build-stopwords.py`): a page's lines are measured
/// against the list of the page's own language, the one whose words it uses most.
struct PageStopWords: Sendable {
    /// Each language's name and list.
    let names: [String]
    let lists: [Set<String>]
    /// The languages (indices into `lists`) each word belongs to.
    let languagesOf: [String: [Int]]

    /// Reads `Language<TAB>word word …` lines; other lines are skipped.
    init(tsv: String) {
        var names: [String] = []
        var lists: [Set<String>] = []
        var languagesOf: [String: [Int]] = [:]
        for line in tsv.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let words = Set(fields[1].split(separator: " ").map(String.init))
            for w in words { languagesOf[w, default: []].append(lists.count) }
            lists.append(words)
            names.append(String(fields[0]))
        }
        self.names = names
        self.lists = lists
        self.languagesOf = languagesOf
    }

    /// A page needs this many stop words of one language before that language's list is used.
    static let minimumHits = 20

    /// The list of the language whose stop words occur most often among `words` (lower-cased), or nil
    /// when none occurs `minimumHits` times (too little text, or a language without a list).
    func list(forWords words: some Sequence<String>) -> Set<String>? {
        var hits = Array(repeating: 0, count: lists.count)
        for w in words {
            guard let languages = languagesOf[w] else { continue }
            for l in languages { hits[l] += 1 }
        }
        guard let top = hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) }),
              hits[top] >= Self.minimumHits, !FunctionWords.languages.contains(names[top]) else { return nil }
        return lists[top]
    }

    /// The words of `text`, lower-cased: runs of word characters (`FurniturePhrases.isWordScalar`).
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for c in text.lowercased().unicodeScalars {
            if FurniturePhrases.isWordScalar(c) {
                word.append(c)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// The lists shipped in DossierKit's resources (none when the resource is missing).
    static let shipped: PageStopWords = {
        guard let url = Bundle.module.url(forResource: "stopwords", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return PageStopWords(tsv: "") }
        return PageStopWords(tsv: text)
    }()
}
