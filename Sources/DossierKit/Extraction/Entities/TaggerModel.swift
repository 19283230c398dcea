import Foundation

/// The trained tagger: its weights and the gazetteer its features were trained with.
public struct TaggerModel: Sendable {
    /// The first pass's weights, then the second's (which also reads the first pass's tags).
    let passes: [QuantizedWeights]
    public let gazetteer: Gazetteer
    public let clusters: WordClusters

    /// Reads a model from its weights file, gazetteer list, word clusters and (optionally)
    /// large-corpus clusters; a model must be given the cluster files it was trained with.
    public init(modelData: Data, gazetteerTSV: String, clustersTSV: String, largeClustersTSV: String = "",
                largeGazetteerTSV: String = "") throws {
        passes = try TaggerModelFile.decode(modelData)
        gazetteer = Gazetteer(tsv: gazetteerTSV, large: largeGazetteerTSV)
        clusters = WordClusters(tsv: clustersTSV, largeTSV: largeClustersTSV)
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
        guard let large = Bundle.module.url(forResource: "glove-clusters", withExtension: "tsv") else {
            throw LoadError.missingResource("glove-clusters.tsv")
        }
        guard let largeGazetteer = Bundle.module.url(forResource: "gazetteers-large", withExtension: "tsv") else {
            throw LoadError.missingResource("gazetteers-large.tsv")
        }
        return try TaggerModel(modelData: Data(contentsOf: model), gazetteerTSV: String(contentsOf: gazetteer, encoding: .utf8),
                               clustersTSV: String(contentsOf: clusters, encoding: .utf8),
                               largeClustersTSV: String(contentsOf: large, encoding: .utf8),
                               largeGazetteerTSV: String(contentsOf: largeGazetteer, encoding: .utf8))
    }

    /// Entity spans in a text: code-point offsets (end exclusive), the tagger's type, and the role
    /// written before a person's name ("Interior Minister"), if any.
    public func spans(in scalars: [Unicode.Scalar]) -> [(start: Int, end: Int, type: EntityType, role: String?)] {
        var doc = TaggerDocument(text: scalars, gazetteer: gazetteer, clusters: clusters)
        var tags = GreedyTagger.tag(doc, weights: passes[0])
        for pass in passes.dropFirst() {
            doc.firstPass = FirstPass(tags: tags, forms: doc.forms)
            tags = GreedyTagger.tag(doc, weights: pass)
        }
        return SpanRules.apply(EntityTag.decode(tags), doc).map { span in
            let role = span.role.map { r in
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[doc.tokens[r.lowerBound].start..<doc.tokens[r.upperBound - 1].end])
                return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
            return (doc.tokens[span.range.lowerBound].start, doc.tokens[span.range.upperBound - 1].end, span.type, role)
        }
    }
}
