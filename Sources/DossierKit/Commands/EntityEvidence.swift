/// What an entity card says about an entity's identity: the types its mentions were given, the
/// roles written before its name, why its names were merged, and whom a lone surname may be.
struct EntityEvidence {
    /// "ORG ×595", "LOC ×3", when its mentions were given more than one type.
    let typeCounts: [String]
    /// "Interior Minister ×2", most frequent first.
    let roles: [String]
    /// Why each alias belongs: "'Straw' in d5: the only person named Straw; shares Labour".
    let reasons: [String]
    /// For a one-word person: the people named in full with that surname, not linked for lack of
    /// evidence ("Patricia Hewitt (e12)? same surname; not linked").
    let guesses: [String]

    init(entity e: Entity, workspace w: Workspace) {
        var types: [EntityType: Int] = [:]
        for m in e.mentions { types[e.type(of: m), default: 0] += 1 }
        typeCounts = types.count < 2 ? [] : types.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key.rawValue) ×\($0.value)" }
        var roleCounts: [String: Int] = [:]
        for m in e.mentions { if let r = m.role { roleCounts[r, default: 0] += 1 } }
        roles = roleCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) ×\($0.value)" }
        reasons = Self.reasons(e)
        guesses = Self.guesses(e, w)
    }

    static func reasons(_ e: Entity) -> [String] {
        var out = (e.links ?? []).map { "'\($0.name)' in \($0.document): \($0.reason)" }
        let linked = Set((e.links ?? []).map { "\($0.document) \($0.name.lowercased())" })
        let docsWithName = Set(e.mentions.filter { Tag.same(AliasForms.base($0.text), e.name) }.map(\.document))
        for alias in e.aliases {
            let docs = Set(e.mentions.filter { $0.text == alias }.map(\.document))
            let unexplained = docs.filter { !linked.contains("\($0) \(alias.lowercased())") }
            guard !unexplained.isEmpty else { continue }
            let together = unexplained.intersection(docsWithName).sorted()
            if Tag.same(AliasForms.base(alias), e.name) {
                out.append("'\(alias)': the same name written another way")
            } else if !together.isEmpty {
                out.append("'\(alias)': short for the name in the same document (" + together.map(\.description).joined(separator: ", ") + ")")
            } else {
                out.append("'\(alias)': resolved to this name in its document (" + unexplained.sorted().map(\.description).joined(separator: ", ") + ")")
            }
        }
        return out
    }

    static func guesses(_ e: Entity, _ w: Workspace) -> [String] {
        guard e.type == .person, !e.name.contains(" ") else { return [] }
        let people = (w.surnameIndex[e.name.lowercased()] ?? []).map { w.entities[$0] }.filter { $0.type == .person && !$0.rejected }
        return people.map { "\($0.name) (\($0.id))? same surname; not joined: " + (people.count > 1 ? "\(people.count) people have it" : "no evidence in its documents") }
    }
}

/// Spelling variants that are the same name: a possessive, a leading "The", case.
enum AliasForms {
    static func base(_ text: String) -> String { AliasResolver.words(text).joined(separator: " ") }
}
