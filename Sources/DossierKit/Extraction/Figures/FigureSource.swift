/// Word lists for attributions: what a source can never be (a lone function word), the time phrases cut
/// off its end, and the nouns of published numbers ("the ONS's figures", "data from Eurostat").
enum FigureSource {
    /// Words that never name a source on their own.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "that",
        "this", "these", "those", "which", "who", "whom", "what", "it", "its", "there", "here", "already", "also", "still",
        "just", "only", "even", "now", "then", "so", "not", "no", "yet", "never", "often", "again", "once", "some",
        "many", "most", "all", "both", "each", "few", "such", "more", "less", "much", "other", "others", "one", "ones",
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "do", "does", "did", "will", "would", "could",
        "can", "may", "might", "should", "must", "if", "when", "while", "because", "than", "about", "after", "before",
        "earlier", "later", "recently", "previously", "yesterday", "today", "however", "meanwhile", "instead",
    ]

    /// Words before a reporting verb that are not its subject ("X has already said").
    static let beforeVerb: Set<String> = [
        "has", "have", "had", "also", "already", "previously", "recently", "earlier", "later", "now", "then", "once",
        "again", "still", "just", "first", "originally", "initially", "separately", "had", "has", "further",
    ]

    /// Words that begin a time phrase inside a source ("Putin yesterday said").
    static let timeStarts: Set<String> = [
        "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "previously", "recently", "already", "now",
        "then", "once", "ago", "currently", "subsequently",
    ]

    /// Nouns of published numbers: their owner is the source ("Eurostat's figures", "data from the ONS").
    static let dataNouns: Set<String> = [
        "figures", "data", "statistics", "stats", "survey", "surveys", "report", "research", "study", "estimates",
        "numbers", "poll", "polls", "analysis", "forecast", "forecasts", "census", "index", "calculations", "records",
    ]
}
