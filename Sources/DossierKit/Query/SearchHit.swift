/// One document found by `search`: its ID and title, its bm25 score (higher is better) and a
/// snippet whose matches are wrapped in `MatchMarkers`.
public struct SearchHit: Sendable, Equatable {
    public var document: DocumentID
    public var title: String
    public var score: Double
    public var snippet: String
}

/// The top hits of a search and how many documents matched in all.
public struct SearchResults: Sendable, Equatable {
    public var hits: [SearchHit]
    public var total: Int
}
