/// Dossier's entity extractor: the statistical tagger finds mentions, the alias resolver folds them
/// into entities. Uses the shipped model unless given another.
public struct EntityRecognizer: EntityExtracting {
    let model: TaggerModel?

    /// Uses the model shipped with DossierKit, loaded lazily on the first text.
    public init() { model = nil }

    public init(model: TaggerModel) { self.model = model }

    public func entities(in text: String) -> [EntityMentionFacts] {
        guard let model = model ?? (try? TaggerModel.shipped.get()) else { return [] }
        let scalars = Array(text.unicodeScalars)
        let mentions = model.spans(in: scalars).map { s in
            var t = ""
            t.unicodeScalars.append(contentsOf: scalars[s.start..<s.end])
            return AliasResolver.Mention(start: s.start, end: s.end, text: t, type: s.type, role: s.role)
        }
        return AliasResolver(gazetteer: model.gazetteer).resolve(mentions)
    }
}
