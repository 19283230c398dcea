import Foundation

/// The trained tagger: its weights and the gazetteer its features were trained with.
public struct TaggerModel: Sendable {
    /// The first pass's weights, then the second's (which also reads the first pass's tags).
    let passes: [QuantizedWeights]
    public let gazetteer: Gazetteer
    public let clusters: WordClusters

    /// Reads a model from its weights file, gazetteer list and word clusters.
    public init(modelData: Data, gazetteerTSV: String, clustersTSV: String) throws {
        passes = try TaggerModelFile.decode(modelData)
        gazetteer = Gazetteer(tsv: gazetteerTSV)
        clusters = WordClusters(tsv: clustersTSV)
    }

    /// Why the shipped model could not be loaded.
    public enum LoadError: Error, CustomStringConvertible {
        case missingResource(String)
        public var description: String { switch self { case .missingResource(let n): "entity tagger: resource \(n) is missing from the build" } }
    }

    /// The model shipped in DossierKit's resources, loaded on first use and kept.
    public static let shipped: Result<TaggerModel, any Error> = Result {
        guard let model = Bundle.module.url(forResource: "ner-model", withExtension: "bin") else {
            throw LoadError.missingResource("ner-model.bin")
        }
        guard let gazetteer = Bundle.module.url(forResource: "gazetteers", withExtension: "tsv") else {
            throw LoadError.missingResource("gazetteers.tsv")
        }
        guard let clusters = Bundle.module.url(forResource: "word-clusters", withExtension: "tsv") else {
            throw LoadError.missingResource("word-clusters.tsv")
        }
        return try TaggerModel(modelData: Data(contentsOf: model), gazetteerTSV: String(contentsOf: gazetteer, encoding: .utf8),
                               clustersTSV: String(contentsOf: clusters, encoding: .utf8))
    }

    /// Entity spans in a text: code-point offsets (end exclusive) and the tagger's type.
    public func spans(in scalars: [Unicode.Scalar]) -> [(start: Int, end: Int, type: EntityType)] {
        var doc = TaggerDocument(text: scalars, gazetteer: gazetteer, clusters: clusters)
        var tags = GreedyTagger.tag(doc, weights: passes[0])
        for pass in passes.dropFirst() {
            doc.firstPass = FirstPass(tags: tags, forms: doc.forms)
            tags = GreedyTagger.tag(doc, weights: pass)
        }
        return SpanRules.apply(EntityTag.decode(tags), doc).map { range, type in
            (doc.tokens[range.lowerBound].start, doc.tokens[range.upperBound - 1].end, type)
        }
    }
}
