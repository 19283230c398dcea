/// The visible entity each speaker name refers to, looked up in constant time: the same answer as
/// `Workspace.speakerEntity(of:)`, built once when many quotes are resolved (listings, sql tables).
public struct SpeakerIndex {
    private var byName: [String: Entity] = [:]
    private var byAlias: [String: Entity] = [:]

    public init(_ w: Workspace) {
        for e in w.entities where !e.rejected {
            Self.keep(e, under: e.name.lowercased(), in: &byName)
            for alias in e.aliases { Self.keep(e, under: alias.lowercased(), in: &byAlias) }
        }
    }

    /// The entity the quote's speaker names: one so named, else one so aliased; a person before an
    /// organisation, then the lowest ID; nil for an unnamed speaker.
    public func entity(of quote: Quote) -> Entity? {
        guard let name = quote.facts.speaker?.entity?.lowercased() else { return nil }
        return byName[name] ?? byAlias[name]
    }

    private static func keep(_ e: Entity, under key: String, in map: inout [String: Entity]) {
        if let kept = map[key], (kept.type, kept.id) < (e.type, e.id) { return }
        map[key] = e
    }
}
