/// Decides whether a lone surname in one document ("Straw") is the person named in full in other
/// documents ("Jack Straw"). It is only when nothing contradicts it and something supports it:
/// exactly one person in the workspace has that surname, and the surname alone does not name an
/// organisation or place there more often ("Labour"); the document names no one else with it
/// ("Wes Brown", "Brown and Williamson", "Prince Charles"); and it shares a specific entity with the
/// documents that name the person in full (an entity in few documents, not "Britain" everywhere).
struct SurnameLinker {
    let workspace: Workspace
    let document: DocumentID
    /// Canonical names of the mentions in the document.
    let names: [String]
    /// Positions of the entities mentioned in the document (besides the lone surname).
    let entitiesInDocument: Set<Int>

    init(workspace: Workspace, document: DocumentID, found: [EntityMentionFacts], entitiesInDocument: Set<Int>) {
        self.workspace = workspace
        self.document = document
        self.names = found.map(\.canonical)
        self.entitiesInDocument = entitiesInDocument
    }

    /// A mention that is a person's name of one word, left unresolved in its own document.
    static func isLoneSurname(_ m: EntityMentionFacts) -> Bool {
        m.type == .person && !m.canonical.contains(" ") && m.canonical.contains(where: \.isLetter)
    }

    /// The person a lone surname refers to and why, or nil when the evidence is lacking.
    func link(_ surname: String) -> (Int, String)? {
        guard let target = onlyPerson(named: surname) else { return nil }
        let full = workspace.entities[target]
        // the type must fit: a word that names an organisation or place in the workspace more often than
        // the person is named ("Labour") is no surname there
        if let same = workspace.nameIndex[surname.lowercased()], workspace.entities[same].type != .person,
           workspace.entities[same].mentions.count >= full.mentions.count { return nil }
        guard !namesSomeoneElse(surname, not: full.name), !textContradicts(surname, fullName: full.name) else { return nil }
        let shared = sharedContext(with: target, surname: surname)
        guard !shared.isEmpty else { return nil }
        return (target, "the only person named \(surname); shares " + shared.joined(separator: ", "))
    }

    /// The one person (not rejected) whose several-word name ends in the surname and who is named in
    /// another document; nil when none or several.
    func onlyPerson(named surname: String) -> Int? {
        let people = (workspace.surnameIndex[surname.lowercased()] ?? []).filter { i in
            let e = workspace.entities[i]
            return e.type == .person && !e.rejected && Self.isPersonName(e.name) && e.mentions.contains { $0.document != document }
        }
        return people.count == 1 ? people[0] : nil
    }

    /// A person's full name has no "and", "of", "for" or "the" in it ("John Reid and Labour" is a tagging slip).
    static func isPersonName(_ name: String) -> Bool {
        !name.split(separator: " ").contains { ["and", "&", "of", "for", "the"].contains($0) }
    }

    /// Whether the document has another name with this word in it ("Wes Brown", "Brown and Williamson").
    func namesSomeoneElse(_ surname: String, not fullName: String) -> Bool {
        names.contains { name in
            let words = name.split(separator: " ")
            return words.count > 1 && !Tag.same(name, fullName) && words.contains { Tag.same(String($0), surname) }
        }
    }

    /// Whether the text writes the surname after a capitalised word that is neither a title, an
    /// office, a sentence opener nor part of the full name ("Wes Brown", "Prince Charles").
    func textContradicts(_ surname: String, fullName: String) -> Bool {
        guard let text = workspace.document(document)?.text else { return false }
        let own = Set(fullName.split(separator: " ").map { $0.lowercased() })
        for word in NameContext.wordsBefore(surname, in: text) {
            let w = word.text.lowercased()
            if own.contains(w) || PersonTitles.isCourtesy(w) || PersonTitles.offices.contains(w) { continue }
            if PersonTitles.isNobility(w) { return true }
            if word.sentenceInitial && NameContext.sentenceOpeners.contains(w) { continue }
            return true
        }
        return false
    }

    /// Names of entities in this document that also occur where the person is named, and in few
    /// documents of the workspace (at most a fifth, or two).
    func sharedContext(with target: Int, surname: String) -> [String] {
        let theirs = Set(workspace.entities[target].documents).subtracting([document])
        let limit = max(2, workspace.documents.count / 5)
        var shared: [(Int, String)] = []
        for j in entitiesInDocument where j != target && j < workspace.entities.count {
            let e = workspace.entities[j]
            guard !e.rejected, !Tag.same(e.name, surname) else { continue }
            let docs = Set(e.mentions.map(\.document))
            guard docs.count <= limit, !docs.isDisjoint(with: theirs) else { continue }
            shared.append((docs.count, e.name))
        }
        return shared.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(3).map(\.1)
    }
}
