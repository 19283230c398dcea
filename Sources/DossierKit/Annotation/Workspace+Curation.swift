/// Entity corrections (`rename`, `merge`, `split`, `retype`, `reject`, `entity add`). Each is a
/// `CurationStep` naming entities by canonical name, recorded in `curation` and applied again to
/// every document added or reloaded later, so corrections survive new extraction runs.
extension Workspace {
    /// Applies a correction now and records it. Returns the entity the step leaves in place.
    @discardableResult
    public mutating func curate(_ step: CurationStep) -> EntityID? {
        curation.append(step)
        var texts: [DocumentID: CodePointText] = [:]
        let result = apply(step, in: nil, texts: &texts)
        rebuildEntityIndex()
        return result
    }

    /// Re-applies every recorded step after documents were added or reloaded. `found` are the
    /// mentions extraction reported for them; steps that cannot concern those names are skipped.
    mutating func reapplyCuration(to docs: [DocumentID], found: [EntityMentionFacts]) {
        var names = Set<String>()
        for m in found { names.insert(m.canonical.lowercased()); names.insert(m.text.lowercased()) }
        var changed = false
        // Each new document's code points, built once for all the `add` steps (not once per step).
        var texts: [DocumentID: CodePointText] = [:]
        // The words of the new documents: an `add` step whose name's first word is not among them
        // cannot find its name there (thousands of steps stay cheap).
        var words = Set<Substring>()
        let added = Set(docs)
        for doc in documents where added.contains(doc.id) {
            for r in SnippetMarker.wordRanges(doc.text) { words.insert(doc.text[r]) }
        }
        for step in curation {
            let relevant = step.op == .add
                ? SnippetMarker.wordRanges(step.entity).first.map { words.contains(step.entity[$0]) } ?? true
                : ([step.entity, step.name ?? ""] + (step.others ?? [])).contains { names.contains($0.lowercased()) }
            guard relevant else { continue }
            apply(step, in: Set(docs), texts: &texts)
            changed = true
        }
        if changed { rebuildEntityIndex() }
    }

    // MARK: Steps

    /// Applies one step; `docs` limits `add` to some documents (nil: all).
    @discardableResult
    private mutating func apply(_ step: CurationStep, in docs: Set<DocumentID>?,
                                texts: inout [DocumentID: CodePointText]) -> EntityID? {
        switch step.op {
        case .rename:
            guard let newName = step.name else { return nil }
            let sources = indices(named: step.entity, type: step.type)
            guard !sources.isEmpty else { return indices(named: newName, type: step.type).first.map { entities[$0].id } }
            if let target = indices(named: newName, type: step.type ?? entities[sources[0]].type).first(where: { !sources.contains($0) }) {
                return absorb(sources.map { entities[$0].id }, into: entities[target].id)
            }
            let keep = entities[sources[0]].id
            let i = sources[0]
            let old = entities[i].name
            entities[i].name = newName
            entities[i].aliases.removeAll { Tag.same($0, newName) }
            if !Tag.same(old, newName), !entities[i].aliases.contains(where: { Tag.same($0, old) }) {
                entities[i].aliases.append(old)
            }
            return absorb(sources.dropFirst().map { entities[$0].id }, into: keep)
        case .merge:
            guard let target = indices(named: step.entity, type: step.type).first else { return nil }
            let into = entities[target].id
            let others = (step.others ?? []).flatMap { indices(named: $0, type: nil) }.filter { $0 != target }
            return absorb(others.map { entities[$0].id }, into: into)
        case .split:
            guard let alias = step.name, let i = indices(named: step.entity, type: step.type).first else { return nil }
            return split(alias, from: i)
        case .retype:
            guard let type = step.type else { return nil }
            let wrong = indices(named: step.entity, type: nil).filter { entities[$0].type != type }
            if let right = indices(named: step.entity, type: type).first {
                return absorb(wrong.map { entities[$0].id }, into: entities[right].id)
            }
            guard let first = wrong.first else { return nil }
            entities[first].setType(type)
            return absorb(wrong.dropFirst().map { entities[$0].id }, into: entities[first].id)
        case .reject:
            let found = indices(named: step.entity, type: step.type)
            for i in found { entities[i].rejected = true }
            return found.first.map { entities[$0].id }
        case .add:
            guard let type = step.type else { return nil }
            return addUserEntity(step.entity, type: type, in: docs, texts: &texts)
        }
    }

    /// Positions of entities (including rejected ones for `reject`) named `name`, case-insensitive.
    private func indices(named name: String, type: EntityType?) -> [Int] {
        entities.indices.filter { i in
            Tag.same(entities[i].name, name) && (type == nil || entities[i].type == type)
        }
    }

    /// Moves mentions and names of `others` into `target` and removes them; annotations follow.
    private mutating func absorb(_ others: [EntityID], into target: EntityID) -> EntityID {
        let others = others.filter { $0 != target }
        guard !others.isEmpty, let t = entities.firstIndex(where: { $0.id == target }) else { return target }
        var merged = entities[t]
        var seen = Set(merged.mentions.map(\.place))
        for id in others {
            guard let e = entity(id) else { continue }
            for name in [e.name] + e.aliases
            where !Tag.same(name, merged.name) && !merged.aliases.contains(where: { Tag.same($0, name) }) {
                merged.aliases.append(name)
            }
            for m in e.mentions where seen.insert(m.place).inserted { merged.append(m, as: e.type(of: m)) }
            if let links = e.links { merged.links = (merged.links ?? []) + links }
            if e.origin == .user { merged.origin = .user }
        }
        merged.mentions.sort { ($0.document, $0.start) < ($1.document, $1.start) }
        entities[t] = merged
        let gone = Set(others)
        entities.removeAll { gone.contains($0.id) }
        for i in annotations.indices {
            if case .entity(let e) = annotations[i].target, gone.contains(e) { annotations[i].target = .entity(target) }
        }
        return target
    }

    /// Moves the mentions written `alias` from entity `i` to an entity of that name.
    private mutating func split(_ alias: String, from i: Int) -> EntityID? {
        let type = entities[i].type
        let source = entities[i]
        let moving = source.mentions.filter { Tag.same($0.text, alias) }
        entities[i].mentions.removeAll { Tag.same($0.text, alias) }
        entities[i].aliases.removeAll { Tag.same($0, alias) }
        entities[i].links?.removeAll { Tag.same($0.name, alias) }
        if entities[i].links?.isEmpty == true { entities[i].links = nil }
        entities[i].adoptMajorityType()
        if let j = indices(named: alias, type: nil).first(where: { $0 != i }) {
            var seen = Set(entities[j].mentions.map(\.place))
            for m in moving where seen.insert(m.place).inserted { entities[j].append(m, as: source.type(of: m)) }
            entities[j].mentions.sort { ($0.document, $0.start) < ($1.document, $1.start) }
            entities[j].adoptMajorityType()
            return entities[j].id
        }
        var e = Entity(id: counters.nextEntity(), name: alias, type: type)
        for m in moving { e.append(m, as: source.type(of: m)) }
        e.adoptMajorityType()
        entities.append(e)
        return e.id
    }

    /// Creates (or finds) a user-declared entity and makes every whole-word occurrence of its
    /// name in `docs` (nil: all documents) a mention, unless it overlaps a mention the entity
    /// already has there ("Moscow Times" inside "The Moscow Times" is not a second mention).
    /// Returns nil, doing nothing, when re-applied to documents (`docs`) that never write the name.
    private mutating func addUserEntity(_ name: String, type: EntityType, in docs: Set<DocumentID>?,
                                        texts: inout [DocumentID: CodePointText]) -> EntityID? {
        var found: [(doc: DocumentID, starts: [Int])] = []
        for doc in documents where docs?.contains(doc.id) ?? true {
            let text = texts[doc.id] ?? CodePointText(doc.text)
            texts[doc.id] = text
            let starts = text.wordOccurrences(of: name)
            if !starts.isEmpty { found.append((doc.id, starts)) }
        }
        // Re-applied to documents that never write the name: nothing to do (and no lookup).
        if docs != nil, found.isEmpty { return nil }
        let i: Int
        if let existing = indices(named: name, type: type).first {
            i = existing
            entities[i].rejected = false
        } else {
            entities.append(Entity(id: counters.nextEntity(), name: name, type: type, origin: .user))
            i = entities.count - 1
        }
        let length = name.unicodeScalars.count
        var added = false
        for (doc, starts) in found {
            let spans = entities[i].mentions.filter { $0.document == doc }.map { ($0.start, $0.end) }.sorted { $0 < $1 }
            var next = 0, furthestEnd = Int.min
            for start in starts {
                let end = start + length
                // Every existing span starting before this occurrence ends: does one reach past its start?
                while next < spans.count, spans[next].0 < end { furthestEnd = max(furthestEnd, spans[next].1); next += 1 }
                if furthestEnd > start { continue }
                entities[i].mentions.append(Mention(document: doc, start: start, end: end, text: name))
                added = true
            }
        }
        if added { entities[i].mentions.sort { ($0.document, $0.start) < ($1.document, $1.start) } }
        return entities[i].id
    }
}
