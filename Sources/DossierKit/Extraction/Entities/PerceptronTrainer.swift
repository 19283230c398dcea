import Foundation

/// Trains the greedy tagger's weights with the averaged perceptron on CoNLL documents.
public struct PerceptronTrainer {
    /// Training weights: current values and the running sums for averaging (Daumé's trick).
    final class Weights: TagWeights {
        let rowMask: Int
        var w: [Float]
        var u: [Double]
        var step: Double = 1

        init(bits: Int) {
            rowMask = (1 << bits) - 1
            w = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
            u = [Double](repeating: 0, count: (1 << bits) * EntityTag.count)
        }

        func addRow(_ row: Int, to scores: UnsafeMutablePointer<Float>) {
            w.withUnsafeBufferPointer { v in
                let base = row &* EntityTag.count
                for t in 0..<EntityTag.count { scores[t] += v[base &+ t] }
            }
        }

        func update(_ rows: [Int], gold: Int, predicted: Int) {
            if gold != predicted {
                for r in rows {
                    w[r * EntityTag.count + gold] += 1
                    u[r * EntityTag.count + gold] += step
                    w[r * EntityTag.count + predicted] -= 1
                    u[r * EntityTag.count + predicted] -= step
                }
            }
            step += 1
        }

        /// The averaged weights.
        func averaged() -> [Float] { zip(w, u).map { Float(Double($0) - $1 / step) } }
    }

    /// One document ready for training: prepared text and gold tags.
    struct Example {
        let document: TaggerDocument
        let gold: [Int]
    }

    public let gazetteer: Gazetteer
    public let clusters: WordClusters
    public let bits: Int

    public init(gazetteer: Gazetteer, clusters: WordClusters, bits: Int) {
        self.gazetteer = gazetteer
        self.clusters = clusters
        self.bits = bits
    }

    func examples(_ corpus: ConllCorpus) -> [Example] {
        corpus.documents.map { sentences in
            let l = ConllCorpus.layout(sentences)
            return Example(document: TaggerDocument(scalars: l.scalars, tokens: l.tokens, sentences: l.sentences, gazetteer: gazetteer, clusters: clusters),
                           gold: l.tags)
        }
    }

    /// Trains for `epochs` passes (documents shuffled with a fixed seed), reporting dev F1 after each
    /// pass through `report`; returns the quantized averaged weights.
    public func train(_ train: ConllCorpus, dev: ConllCorpus?, epochs: Int, report: (String) -> Void) -> Data {
        var trainExamples = examples(train)
        let devExamples = dev.map { examples($0) } ?? []
        let weights = Weights(bits: bits)
        var rng = SplitMix(seed: 42)
        for epoch in 1...epochs {
            trainExamples.shuffle(using: &rng)
            var errors = 0, total = 0
            for e in trainExamples {
                let tags = GreedyTagger.tag(e.document, weights: weights, gold: e.gold) { rows, gold, predicted in
                    weights.update(rows, gold: gold, predicted: predicted)
                }
                errors += zip(tags, e.gold).filter { $0 != $1 }.count
                total += tags.count
            }
            var line = "epoch \(epoch): train token errors \(errors)/\(total)"
            if !devExamples.isEmpty {
                let q = QuantizedWeights(floats: weights.averaged(), rows: weights.rowMask + 1)
                line += "  dev " + Self.score(devExamples, q).description
            }
            report(line)
        }
        return TaggerModelFile.encode(QuantizedWeights(floats: weights.averaged(), rows: weights.rowMask + 1))
    }

    /// Exact-match span scores.
    struct Score: CustomStringConvertible {
        var found = [EntityType: Int](), gold = [EntityType: Int](), correct = [EntityType: Int]()
        static func f1(_ c: Int, _ f: Int, _ g: Int) -> Double {
            let p = f == 0 ? 0 : Double(c) / Double(f), r = g == 0 ? 0 : Double(c) / Double(g)
            return p + r == 0 ? 0 : 200 * p * r / (p + r)
        }
        var description: String {
            let c = correct.values.reduce(0, +), f = found.values.reduce(0, +), g = gold.values.reduce(0, +)
            var s = String(format: "F1 %.2f", Self.f1(c, f, g))
            for t in EntityType.allCases {
                s += String(format: " %@ %.1f", t.rawValue, Self.f1(correct[t] ?? 0, found[t] ?? 0, gold[t] ?? 0))
            }
            return s
        }
    }

    static func score<W: TagWeights>(_ examples: [Example], _ weights: W) -> Score {
        var score = Score()
        for e in examples {
            let predicted = EntityTag.decode(GreedyTagger.tag(e.document, weights: weights))
            let gold = EntityTag.decode(e.gold)
            for (_, t) in predicted { score.found[t, default: 0] += 1 }
            for (_, t) in gold { score.gold[t, default: 0] += 1 }
            let goldSet = Set(gold.map { "\($0.0.lowerBound):\($0.0.upperBound):\($0.1.rawValue)" })
            for (r, t) in predicted where goldSet.contains("\(r.lowerBound):\(r.upperBound):\(t.rawValue)") {
                score.correct[t, default: 0] += 1
            }
        }
        return score
    }
}

/// A small deterministic random number generator (for reproducible shuffling).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.mix(state)
    }
}
