/// Linking in the other direction: a document that names a person in full ("Jack Straw") can link
/// the lone surname ("Straw") of documents loaded before it, with the same evidence `SurnameLinker`
/// asks for, so the result does not depend much on the order documents are loaded in.
extension Workspace {
    /// For each person with a several-word name among `touched` (entities of document `doc`), moves
    /// the mentions of an entity named by the surname alone, document by document, where the
    /// evidence holds.
    mutating func linkEarlierSurnames(for touched: Set<Int>, from doc: DocumentID) {
        var changed = false
        for i in touched.sorted() where entities[i].type == .person && !entities[i].rejected {
            let words = entities[i].name.split(separator: " ")
            guard words.count > 1, let surname = words.last.map(String.init) else { continue }
            changed = unlinkSurname(surname, except: i) || changed
            guard let l = nameIndex[surname.lowercased()], l != i, entities[l].origin == .extracted, !entities[l].rejected,
                  entities[l].type == .person, !entities[l].name.contains(" ") else { continue }
            let named = Set(entities[i].documents)     // where the full name is written, the resolver decided already
            for other in entities[l].documents where !named.contains(other) {
                let decision: (Int, String)?
                do {
                    let inDoc = Set(entities.indices.filter { j in j != l && entities[j].mentions.contains { $0.document == other } })
                    let found = inDoc.map { j in
                        EntityMentionFacts(start: 0, end: 0, text: entities[j].name, type: entities[j].type, canonical: entities[j].name)
                    }
                    decision = SurnameLinker(workspace: self, document: other, found: found, entitiesInDocument: inDoc).link(surname)
                }
                guard let (target, reason) = decision, target == i else { continue }
                let lone = entities[l]
                let moving = lone.mentions.filter { $0.document == other && lone.type(of: $0) == .person }
                entities[l].mentions.removeAll { $0.document == other && lone.type(of: $0) == .person }
                for m in moving { entities[i].append(m, as: entities[l].type(of: m)) }
                entities[i].mentions.sort { ($0.document, $0.start) < ($1.document, $1.start) }
                for name in Set(moving.map(\.text)) where !Tag.same(name, entities[i].name) && !entities[i].aliases.contains(name) {
                    entities[i].aliases.append(name)
                }
                entities[i].links = (entities[i].links ?? []) + [EntityLink(document: other, name: surname, reason: reason)]
                changed = true
            }
            if entities[l].mentions.isEmpty {
                let gone = entities[l].id, into = entities[i].id
                for k in annotations.indices {
                    if case .entity(let e) = annotations[k].target, e == gone { annotations[k].target = .entity(into) }
                }
            }
        }
        guard changed else { return }
        let emptied = Set(entities.filter { $0.mentions.isEmpty && $0.origin == .extracted }.map(\.id))
        entities.removeAll { emptied.contains($0.id) }
        for k in entities.indices { entities[k].adoptMajorityType() }
        rebuildEntityIndex()
    }

    /// A second person with a surname makes earlier links of that surname alone unfounded: the
    /// linked mentions of every other person with it go back to an entity named by the surname.
    /// Returns whether anything moved.
    private mutating func unlinkSurname(_ surname: String, except keep: Int) -> Bool {
        var moved = false
        for j in surnameIndex[surname.lowercased()] ?? [] where j != keep && j < entities.count {
            guard let links = entities[j].links, links.contains(where: { Tag.same($0.name, surname) }) else { continue }
            let docs = Set(links.filter { Tag.same($0.name, surname) }.map(\.document))
            let person = entities[j]
            let back = person.mentions.filter { docs.contains($0.document) && Tag.same(AliasForms.base($0.text), surname) }
            guard !back.isEmpty else { continue }
            let places = Set(back.map(\.place))
            entities[j].mentions.removeAll { places.contains($0.place) }
            entities[j].links = links.filter { !Tag.same($0.name, surname) }
            if entities[j].links?.isEmpty == true { entities[j].links = nil }
            let target: Int
            if let l = nameIndex[surname.lowercased()], l != j, !entities[l].rejected {
                target = l
            } else {
                entities.append(Entity(id: counters.nextEntity(), name: surname, type: .person))
                target = entities.count - 1
                nameIndex[surname.lowercased()] = target
            }
            for m in back { entities[target].append(m, as: person.type(of: m)) }
            entities[target].mentions.sort { ($0.document, $0.start) < ($1.document, $1.start) }
            for text in Set(back.map(\.text)) where text != entities[target].name && !entities[target].aliases.contains(text) {
                entities[target].aliases.append(text)
            }
            moved = true
        }
        return moved
    }
}
