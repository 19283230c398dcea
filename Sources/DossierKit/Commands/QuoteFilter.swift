/// The filters of the `quotes` listing, applied to a workspace.
public struct QuoteFilter: Sendable, Equatable {
    /// Only quotes whose speaker is this entity.
    public var speaker: EntityID?
    /// Only quotes whose speaker words contain this (case-insensitive), for unnamed speakers.
    public var speakerText: String?
    public var document: DocumentID?
    /// Only quotes whose words contain every one of these words (case-insensitive, word starts).
    public var about: String?
    public var kind: QuoteKind?

    public init(speaker: EntityID? = nil, speakerText: String? = nil, document: DocumentID? = nil,
                about: String? = nil, kind: QuoteKind? = nil) {
        self.speaker = speaker
        self.speakerText = speakerText
        self.document = document
        self.about = about
        self.kind = kind
    }

    /// The matching quotes, by document and position.
    public func apply(to w: Workspace) -> [Quote] {
        var list = w.quotes
        if let speaker {
            let speakers = SpeakerIndex(w)
            list = list.filter { speakers.entity(of: $0)?.id == speaker }
        }
        if let text = speakerText?.lowercased() {
            list = list.filter { q in
                (q.facts.speaker?.span.text.lowercased().contains(text) ?? false)
                    || (q.facts.speaker?.entity?.lowercased().contains(text) ?? false)
            }
        }
        if let document { list = list.filter { $0.document == document } }
        if let kind { list = list.filter { $0.facts.kind == kind } }
        if let about {
            let stems = about.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Workspace.stem(String($0)) }
            list = list.filter { q in
                let words = q.facts.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                return !stems.isEmpty && stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
            }
        }
        return list.sorted { ($0.document, $0.facts.start, $0.id) < ($1.document, $1.facts.start, $1.id) }
    }
}
