import Foundation

/// A CoNLL-2003 file (`word POS chunk NER` lines, IOB1 tags, `-DOCSTART-` between documents, blank
/// lines between sentences) read as documents of tagged sentences.
public struct ConllCorpus: Sendable {
    /// One sentence: its words and their entity spans (token ranges with types).
    public struct Sentence: Sendable {
        public var words: [String]
        public var entities: [(Range<Int>, EntityType)]
    }

    public var documents: [[Sentence]]

    /// Why a corpus file could not be read.
    public enum Error: Swift.Error, CustomStringConvertible {
        case unreadable(String)
        case badTag(file: String, line: Int, tag: String)
        public var description: String {
            switch self {
            case .unreadable(let path): "\(path): cannot read"
            case .badTag(let file, let line, let tag): "\(file):\(line): unknown NER tag '\(tag)'"
            }
        }
    }

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Error.unreadable(path)
        }
        var documents: [[Sentence]] = []
        var doc: [Sentence] = []
        var words: [String] = []
        var tags: [String] = []
        func endSentence() throws {
            guard !words.isEmpty else { return }
            doc.append(Sentence(words: words, entities: Self.spans(iob1: tags)))
            words = []
            tags = []
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: " ")
            if fields.isEmpty { try endSentence(); continue }
            if fields[0] == "-DOCSTART-" {
                try endSentence()
                if !doc.isEmpty { documents.append(doc) }
                doc = []
                continue
            }
            let tag = String(fields[fields.count - 1])
            guard tag == "O" || (tag.count > 2 && EntityType(rawValue: String(tag.dropFirst(2))) != nil) else {
                throw Error.badTag(file: path, line: n + 1, tag: tag)
            }
            words.append(String(fields[0]))
            tags.append(tag)
        }
        try endSentence()
        if !doc.isEmpty { documents.append(doc) }
        self.documents = documents
    }

    /// Entity spans of IOB1 tags (`I-X` continues or starts, `B-X` starts a new one after another X).
    static func spans(iob1 tags: [String]) -> [(Range<Int>, EntityType)] {
        var spans: [(Range<Int>, EntityType)] = []
        var start = -1
        var current: EntityType?
        for k in 0...tags.count {
            let tag = k < tags.count ? tags[k] : "O"
            let type = tag == "O" ? nil : EntityType(rawValue: String(tag.dropFirst(2)))
            let begins = type != nil && (type != current || tag.hasPrefix("B-"))
            if let c = current, type != c || begins {
                spans.append((start..<k, c))
                current = nil
            }
            if begins { start = k; current = type }
        }
        return spans
    }

    /// A document as text (words joined by spaces, sentences by newlines), its token spans,
    /// sentence ranges and gold BILOU tags.
    static func layout(_ sentences: [Sentence]) -> (scalars: [Unicode.Scalar], tokens: [TokenSpan], sentences: [Range<Int>], tags: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var tokens: [TokenSpan] = []
        var ranges: [Range<Int>] = []
        var tags: [Int] = []
        for s in sentences {
            let first = tokens.count
            for w in s.words {
                if !scalars.isEmpty { scalars.append(tokens.count == first ? "\n" : " ") }
                let start = scalars.count
                scalars.append(contentsOf: w.unicodeScalars)
                tokens.append(TokenSpan(start: start, end: scalars.count))
            }
            ranges.append(first..<tokens.count)
            tags += EntityTag.encode(s.entities, count: s.words.count)
        }
        return (scalars, tokens, ranges, tags)
    }
}
