/// Finds quotes in a text: `entities` are the text's entity mentions, used to resolve speakers.
public protocol QuoteExtracting: Sendable {
    func quotes(in text: String, entities: [EntityMentionFacts]) -> [QuoteFacts]
}

/// Dossier's quote extractor for news: direct, indirect and mixed quotes with their cue and
/// speaker, found by rules over the shared tokenizer's tokens and sentences (`QuoteScanner`), the
/// speaker resolved to an entity by `SpeakerResolver`.
public struct QuoteExtractor: QuoteExtracting {
    /// nil: the shipped list, read on the first quote (not at start-up: the shell builds its
    /// extractor before the first prompt).
    let givenGenders: NameGenders?
    var genders: NameGenders { givenGenders ?? .shipped }

    /// Uses the first-name list shipped with DossierKit.
    public init() { givenGenders = nil }

    public init(genders: NameGenders) { givenGenders = genders }

    public func quotes(in text: String, entities: [EntityMentionFacts]) -> [QuoteFacts] {
        let t = QuoteText(text)
        let found = QuoteScanner(t: t).scan()
        guard !found.isEmpty else { return [] }
        let names = SpeakerResolver(text: t, mentions: entities, genders: genders).resolve(found)
        return zip(found, names).map { q, name in
            QuoteFacts(parts: q.parts.map(t.textSpan), kind: q.kind, cue: q.cue.map(t.textSpan),
                       speaker: q.speaker.map { QuoteSpeaker(span: t.textSpan(t.span(tokens: $0)), entity: name) })
        }
    }
}
