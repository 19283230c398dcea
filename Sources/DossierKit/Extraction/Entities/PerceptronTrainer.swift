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
    /// How many differently shuffled perceptrons the first pass averages.
    public var seeds = 1
    /// Probability that a training token's own word identity is hidden in an epoch (feature dropout).
    public var wordDropout = 0.0

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

    /// Trains both passes: the first on the training documents; the second on the same documents
    /// with first-pass tags from models that did not see them (`folds`-fold jackknife), as at run
    /// time. Reports dev scores through `report`; returns the model file.
    public func train(_ train: ConllCorpus, dev: ConllCorpus?, epochs: Int, passes: Int = 2, folds: Int = 4,
                      report: (String) -> Void) -> Data {
        let trainExamples = examples(train)
        var devExamples = dev.map { examples($0) } ?? []
        let first = trainAveraged(trainExamples, dev: devExamples, epochs: epochs, name: "pass 1", report: report)
        var models = [first]
        guard passes > 1 else { return TaggerModelFile.encode(models) }
        var staged = trainExamples
        for fold in 0..<folds {
            let rest = trainExamples.indices.filter { $0 % folds != fold }.map { trainExamples[$0] }
            let model = trainPass(rest, dev: [], epochs: epochs, name: "fold \(fold + 1)", report: report)
            for k in trainExamples.indices where k % folds == fold {
                let tags = GreedyTagger.tag(trainExamples[k].document, weights: model)
                staged[k] = Self.staged(trainExamples[k], tags: tags)
            }
        }
        devExamples = devExamples.map { Self.staged($0, tags: GreedyTagger.tag($0.document, weights: first)) }
        models.append(trainPass(staged, dev: devExamples, epochs: epochs, name: "pass 2", report: report))
        return TaggerModelFile.encode(models)
    }

    static func staged(_ e: Example, tags: [Int]) -> Example {
        var doc = e.document
        doc.firstPass = FirstPass(tags: tags, forms: doc.forms)
        return Example(document: doc, gold: e.gold)
    }

    /// The mean of `seeds` perceptrons trained on differently shuffled data (steadier than one).
    func trainAveraged(_ examples: [Example], dev: [Example], epochs: Int, name: String, report: (String) -> Void) -> QuantizedWeights {
        guard seeds > 1 else { return trainPass(examples, dev: dev, epochs: epochs, name: name, report: report) }
        var sum = [Float]()
        for seed in 0..<seeds {
            let w = trainFloats(examples, dev: [], epochs: epochs, seed: 42 &+ UInt64(seed), name: "\(name) seed \(seed + 1)", report: report)
            if sum.isEmpty { sum = w } else { for k in sum.indices { sum[k] += w[k] } }
        }
        let mean = QuantizedWeights(floats: sum.map { $0 / Float(seeds) }, rows: 1 << bits)
        if !dev.isEmpty { report("\(name) mean of \(seeds) seeds: dev " + Self.score(dev, mean).description) }
        return mean
    }

    /// One pass of perceptron training; returns the quantized averaged weights.
    func trainPass(_ examples: [Example], dev: [Example], epochs: Int, name: String, report: (String) -> Void) -> QuantizedWeights {
        QuantizedWeights(floats: trainFloats(examples, dev: dev, epochs: epochs, seed: 42, name: name, report: report), rows: 1 << bits)
    }

    func trainFloats(_ examples: [Example], dev: [Example], epochs: Int, seed: UInt64, name: String,
                     report: (String) -> Void) -> [Float] {
        var order = examples
        let weights = Weights(bits: bits)
        var rng = SplitMix(seed: seed)
        for epoch in 1...epochs {
            order.shuffle(using: &rng)
            var errors = 0, total = 0
            for e in order {
                var doc = e.document
                if wordDropout > 0 {
                    let threshold = UInt64(min(max(wordDropout, 0), 1) * 1_000_000)
                    doc.hiddenWords = (0..<doc.tokens.count).map { _ in rng.next() % 1_000_000 < threshold }
                }
                let tags = GreedyTagger.tag(doc, weights: weights, gold: e.gold) { rows, gold, predicted in
                    weights.update(rows, gold: gold, predicted: predicted)
                }
                errors += zip(tags, e.gold).filter { $0 != $1 }.count
                total += tags.count
            }
            var line = "\(name) epoch \(epoch): train token errors \(errors)/\(total)"
            if !dev.isEmpty && (epoch == epochs || epoch % 4 == 0) {
                line += "  dev " + Self.score(dev, QuantizedWeights(floats: weights.averaged(), rows: weights.rowMask + 1)).description
            }
            report(line)
        }
        return weights.averaged()
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
