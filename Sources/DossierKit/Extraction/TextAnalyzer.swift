/// Finds entity mentions in a text (a statistical tagger plus alias resolution).
public protocol EntityExtracting: Sendable {
    func entities(in text: String) -> [EntityMentionFacts]
}

/// Finds figures in a text; `documentDate` (`YYYY-MM-DD`) anchors relative dates.
public protocol FigureExtracting: Sendable {
    func figures(in text: String, documentDate: String?) -> [FigureFacts]
}

/// Runs every extractor over a text. Loading and `dossier extract` both go through it.
public struct TextAnalyzer: Sendable {
    public var entityExtractor: (any EntityExtracting)?
    public var figureExtractor: (any FigureExtracting)?
    public var quoteExtractor: (any QuoteExtracting)?

    public init(entityExtractor: (any EntityExtracting)? = nil,
                figureExtractor: (any FigureExtracting)? = nil,
                quoteExtractor: (any QuoteExtracting)? = nil) {
        self.entityExtractor = entityExtractor
        self.figureExtractor = figureExtractor
        self.quoteExtractor = quoteExtractor
    }

    public func analyze(_ text: String, documentDate: String? = nil) -> DocumentAnalysis {
        let entities = entityExtractor?.entities(in: text) ?? []
        var analysis = DocumentAnalysis(
            entities: entities,
            figures: figureExtractor?.figures(in: text, documentDate: documentDate) ?? [],
            quotes: quoteExtractor?.quotes(in: text, entities: entities) ?? [])
        analysis.attributeFiguresToSpeakers()
        return analysis
    }

    /// The analyzer Dossier uses: every extractor the build ships.
    public static let standard = TextAnalyzer(entityExtractor: EntityRecognizer(), figureExtractor: FigureExtractor(),
                                              quoteExtractor: QuoteExtractor())
}
