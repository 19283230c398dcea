extension DocumentAnalysis {
    /// Gives a figure stated inside a quote, and with no source of its own, the quote's speaker
    /// (the entity's name, else the speaker's words) as its source. Runs after both extractors.
    public mutating func attributeFiguresToSpeakers() {
        guard !quotes.isEmpty else { return }
        for i in figures.indices where figures[i].source == nil {
            let f = figures[i]
            if let q = quotes.first(where: { q in q.speaker != nil && q.parts.contains { $0.start <= f.start && f.end <= $0.end } }),
               let speaker = q.speaker {
                figures[i].source = speaker.entity ?? speaker.span.text
            }
        }
    }
}
