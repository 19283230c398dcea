/// Tags a document left to right, one token at a time (Ratinov & Roth 2009): each token's score is
/// the sum of the weight rows of its features, which include the two previous predicted tags and the
/// type last predicted for the same word in the document; the best tag the BILOU scheme allows wins.
enum GreedyTagger {
    /// Called in training for every token: its feature rows, the gold tag and the predicted tag.
    typealias Learner = (_ rows: [Int], _ gold: Int, _ predicted: Int) -> Void

    /// BILOU tags for every token of `doc`. With `gold` and `learn`, calls `learn` at each token (training).
    static func tag<W: TagWeights>(_ doc: TaggerDocument, weights: W, gold: [Int]? = nil, learn: Learner? = nil) -> [Int] {
        var tags = [Int](repeating: 0, count: doc.tokens.count)
        var history: [UInt64: Int] = [:]
        var rows: [Int] = []
        rows.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: EntityTag.count)
        for sentence in doc.sentences {
            var prev = -1, prev2 = -1
            for i in sentence {
                rows.removeAll(keepingCapacity: true)
                let remembered = history[doc.forms[i].lower] ?? 0
                FeatureTemplates.rows(doc, i, sentence, previous: prev, beforePrevious: prev2, remembered: remembered,
                                      mask: weights.rowMask, into: &rows)
                for t in 0..<EntityTag.count { scores[t] = 0 }
                scores.withUnsafeMutableBufferPointer { s in
                    for r in rows { weights.addRow(r, to: s.baseAddress!) }
                }
                let last = i == sentence.upperBound - 1
                var best = -1
                var bestScore = -Float.infinity
                for t in 0..<EntityTag.count where EntityTag.allowed(t, after: prev, last: last) && scores[t] > bestScore {
                    best = t
                    bestScore = scores[t]
                }
                if best < 0 { best = 0 }
                if let gold, let learn { learn(rows, gold[i], best) }
                tags[i] = best
                prev2 = prev
                prev = best
                if let type = EntityTag.type(of: best) {
                    history[doc.forms[i].lower] = EntityTag.typeIndex(type) + 1
                }
            }
        }
        return tags
    }
}

/// The tagger's feature templates; each feature is hashed to a weight row.
enum FeatureTemplates {
    static let outside: UInt64 = 0x5151_5151          // value used for positions beyond the sentence

    @inline(__always)
    static func rows(_ d: TaggerDocument, _ i: Int, _ s: Range<Int>, previous: Int, beforePrevious: Int,
                     remembered: Int, mask: Int, into rows: inout [Int]) {
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            rows.append(Int(truncatingIfNeeded: FeatureHash.feature(template, value)) & mask)
        }
        let f = d.forms[i]
        let p1 = i - 1 >= s.lowerBound ? d.forms[i - 1] : nil
        let p2 = i - 2 >= s.lowerBound ? d.forms[i - 2] : nil
        let n1 = i + 1 < s.upperBound ? d.forms[i + 1] : nil
        let n2 = i + 2 < s.upperBound ? d.forms[i + 2] : nil
        let shouting = d.shouting[i]
        var caps: UInt64 = d.sentenceInitial[i] ? 1 : 0
        if f.startsUpper { caps |= 2 }
        if f.allCaps { caps |= 4 }
        if shouting { caps |= 8 }
        if f.hasDigit { caps |= 16 }
        if !f.hasLetter && !f.hasDigit { caps |= 32 }
        add(1, 0)
        let hidden = !d.hiddenWords.isEmpty && d.hiddenWords[i]
        if !hidden {
            add(2, f.word)
            add(3, f.lower)
        }
        add(4, f.shape)
        add(5, f.prefixes.0); add(6, f.prefixes.1); add(7, f.prefixes.2); add(8, f.prefixes.3)
        add(9, f.suffixes.0); add(10, f.suffixes.1); add(11, f.suffixes.2); add(12, f.suffixes.3)
        let l1 = p1?.lower ?? outside, r1 = n1?.lower ?? outside
        add(13, l1)
        add(14, r1)
        add(15, p2?.lower ?? outside)
        add(16, n2?.lower ?? outside)
        if !shouting {
            add(17, p1?.word ?? outside)
            add(18, n1?.word ?? outside)
        }
        let s1 = p1?.shape ?? outside, t1 = n1?.shape ?? outside
        add(19, s1)
        add(20, t1)
        add(21, FeatureHash.combine(s1, f.shape))
        add(22, FeatureHash.combine(f.shape, t1))
        if !hidden {
            add(23, FeatureHash.combine(l1, f.lower))
            add(24, FeatureHash.combine(f.lower, r1))
            add(26, FeatureHash.combine(caps, f.lower))
        }
        add(25, caps)
        let g = d.gazetteer[i]
        if g != 0 {
            for b in 0..<(Gazetteer.List.allCases.count * 4) where g & (1 << UInt64(b)) != 0 { add(27, UInt64(b)) }
        }
        if i - 1 >= s.lowerBound, d.gazetteer[i - 1] != 0 {
            let gp = d.gazetteer[i - 1]
            for list in 0..<Gazetteer.List.allCases.count where gp & (0xF << UInt64(list * 4)) != 0 { add(28, UInt64(list)) }
        }
        if i + 1 < s.upperBound, d.gazetteer[i + 1] != 0 {
            let gn = d.gazetteer[i + 1]
            for list in 0..<Gazetteer.List.allCases.count where gn & (0xF << UInt64(list * 4)) != 0 { add(29, UInt64(list)) }
        }
        add(30, UInt64(d.evidence[i]) << 8 | caps)
        add(31, UInt64(remembered))
        add(32, FeatureHash.combine(UInt64(remembered), f.shape))
        if shouting { add(33, f.lower) }
        add(34, UInt64(min(f.length, 12)) << 8 | caps)
        add(35, FeatureHash.combine(p1?.suffixes.2 ?? outside, n1?.suffixes.2 ?? outside))
        let c = d.clusters[i]
        add(50, WordClusters.prefix(c, 4)); add(51, WordClusters.prefix(c, 6))
        add(52, WordClusters.prefix(c, 10)); add(53, WordClusters.prefix(c, 16))
        add(54, WordClusters.prefix(c, 8) << 8 | caps)
        add(55, i - 1 >= s.lowerBound ? WordClusters.prefix(d.clusters[i - 1], 8) : outside)
        add(56, i + 1 < s.upperBound ? WordClusters.prefix(d.clusters[i + 1], 8) : outside)
        add(57, i - 1 >= s.lowerBound ? WordClusters.prefix(d.clusters[i - 1], 12) : outside)
        add(58, i + 1 < s.upperBound ? WordClusters.prefix(d.clusters[i + 1], 12) : outside)
        if !d.largeClusters.isEmpty {
            let g = d.largeClusters[i]
            add(70, WordClusters.prefix(g, 4)); add(71, WordClusters.prefix(g, 8))
            add(72, WordClusters.prefix(g, 12)); add(73, WordClusters.prefix(g, 16))
            add(74, WordClusters.prefix(g, 8) << 8 | caps)
            add(75, i - 1 >= s.lowerBound ? WordClusters.prefix(d.largeClusters[i - 1], 8) : outside)
            add(76, i + 1 < s.upperBound ? WordClusters.prefix(d.largeClusters[i + 1], 8) : outside)
            add(77, FeatureHash.combine(WordClusters.prefix(g, 12), UInt64(remembered)))
        }
        if d.ordinary[i] {
            add(59, caps)
            add(65, UInt64(d.evidence[i]) << 8 | caps)
        }
        if let first = d.firstPass {
            let own = UInt64(first.tags[i])
            add(60, own)
            add(61, UInt64(i - 1 >= s.lowerBound ? first.tags[i - 1] : 31) << 8 | UInt64(i + 1 < s.upperBound ? first.tags[i + 1] : 31))
            add(62, UInt64(first.elsewhere[i]))
            add(63, UInt64(first.majority[i]) << 8 | own)
            add(64, UInt64(first.elsewhere[i]) << 8 | caps)
        }
        // previous predictions
        let pt = UInt64(previous + 1), pt2 = UInt64(beforePrevious + 1)
        add(40, pt)
        add(41, pt << 8 | pt2)
        add(42, FeatureHash.combine(pt, f.lower))
        add(43, FeatureHash.combine(pt, f.shape))
        add(44, pt << 8 | caps)
    }
}
