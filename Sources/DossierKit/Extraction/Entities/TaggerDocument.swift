/// A text made ready for tagging: tokens, sentences, per-token forms, gazetteer matches and the
/// document-wide capitalisation evidence the non-local features use.
struct TaggerDocument {
    let scalars: [Unicode.Scalar]
    let tokens: [TokenSpan]
    let sentences: [Range<Int>]
    let forms: [TokenForm]
    /// Gazetteer bits per token (see `Gazetteer.matches`).
    let gazetteer: [UInt64]
    /// Per token: bit 0 = its lower-case form appears capitalised mid-sentence elsewhere in the
    /// document, bit 1 = it appears in lower case mid-sentence.
    let evidence: [UInt8]
    /// Per token: its sentence is mostly upper case (a headline).
    let shouting: [Bool]
    /// Per token: first token of its sentence.
    let sentenceInitial: [Bool]
    /// Per token: its word cluster code (0 = unknown).
    let clusters: [UInt32]
    /// Per token: its large-corpus (GloVe) cluster code (0 = unknown).
    let largeClusters: [UInt32]
    /// Per token: its lower-case form is a word written in lower case in unlabelled news.
    let ordinary: [Bool]
    /// The first pass's tags when this is the second pass.
    var firstPass: FirstPass?
    /// Training only: tokens whose own word identity is hidden from the features (feature dropout),
    /// so the model learns to use shape, clusters, gazetteers and context. Empty: none.
    var hiddenWords: [Bool] = []

    init(scalars: [Unicode.Scalar], tokens: [TokenSpan], sentences: [Range<Int>], gazetteer g: Gazetteer, clusters c: WordClusters) {
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        var forms = tokens.map { TokenForm(scalars, $0) }
        var gaz = [UInt64](repeating: 0, count: tokens.count)
        var shouting = [Bool](repeating: false, count: tokens.count)
        var initial = [Bool](repeating: false, count: tokens.count)
        var seen: [UInt64: UInt8] = [:]
        var titleCase: [Range<Int>] = []
        let firstSentence = sentences.first { !$0.isEmpty }
        for s in sentences where !s.isEmpty {
            let bits = g.matches(forms, in: s)
            for k in s { gaz[k] = bits[k - s.lowerBound] }
            var letters = 0, caps = 0, titled = 0, words = 0
            for k in s where forms[k].hasLetter {
                letters += 1
                if forms[k].allCaps && forms[k].length > 1 || forms[k].length == 1 && forms[k].startsUpper { caps += 1 }
                if forms[k].length > 3 { words += 1; if forms[k].startsUpper { titled += 1 } }
            }
            let loud = letters > 0 && caps * 10 >= letters * 7
            for k in s { shouting[k] = loud }
            // the first word counts as sentence-initial even after an opening quote or bracket
            initial[s.first { forms[$0].hasLetter || forms[$0].hasDigit } ?? s.lowerBound] = true
            // "Kazakhstan to Ensure Safety of …"; a document's first line needs only two long words ("Queues at the Border")
            let headline = !loud && titled == words && words >= (s == firstSentence ? 2 : 5)
            if headline { titleCase.append(s) }
            guard !loud && !headline else { continue }
            for k in s.dropFirst() where forms[k].hasLetter {
                seen[forms[k].lower, default: 0] |= forms[k].startsUpper ? 1 : 2
            }
        }
        // A Title Case headline is read in sentence case: an ordinary word ("Ensure", "Draft") that no
        // gazetteer knows and the document never capitalises mid-sentence is tagged as if lower case.
        // In the document's title, with a body of a few sentences to learn from, a word the body never
        // capitalises is taken as ordinary even when the clusters have not seen it in lower case
        // ("Lengthen", "Resumes"). Only the title: Title Case lines in a body are often lists of names.
        let titleWithBody = sentences.count - titleCase.count >= 3 ? firstSentence : nil
        for s in titleCase {
            for k in s where forms[k].startsUpper && !forms[k].allCaps && gaz[k] == 0
                && (s == titleWithBody || c.isLowercaseWord(forms[k])) && (seen[forms[k].lower] ?? 0) & 1 == 0 {
                let lowered = scalars[tokens[k].start..<tokens[k].end].map(ScalarClass.lower)
                forms[k] = TokenForm(lowered, TokenSpan(start: 0, end: lowered.count))
            }
        }
        self.forms = forms
        self.gazetteer = gaz
        self.shouting = shouting
        self.sentenceInitial = initial
        self.evidence = forms.map { seen[$0.lower] ?? 0 }
        self.clusters = forms.map { c.code($0) }
        self.largeClusters = c.large.isEmpty ? [] : forms.map { c.largeCode($0) }
        self.ordinary = forms.map { c.isLowercaseWord($0) }
    }

    /// Tokenizes and splits a text.
    init(text scalars: [Unicode.Scalar], gazetteer: Gazetteer, clusters: WordClusters) {
        let tokens = Tokenizer.tokenize(scalars)
        self.init(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.sentences(scalars, tokens: tokens),
                  gazetteer: gazetteer, clusters: clusters)
    }
}

extension TaggerDocument {
    /// The index of the sentence holding token `k` (binary search over `sentences`).
    func sentenceOf(_ k: Int) -> Int {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
