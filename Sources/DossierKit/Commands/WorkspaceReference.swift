/// Resolves the IDs a user types (`d1`, `e3`, …) against the workspace, with messages that say
/// what exists instead.
public enum WorkspaceReference {
    public static func document(_ text: String, in w: Workspace) throws -> Document {
        guard let id = DocumentID(text) else {
            throw CommandError("'\(text)' is not a document ID (like d1)")
        }
        guard let doc = w.document(id) else {
            throw CommandError("no document \(id)" + range(w.documents.map(\.id)))
        }
        return doc
    }

    /// Documents named by an ID (`d3`) or a range (`d3-d7`, `d3-7`, `d3–d7`): the documents of
    /// the range that exist, in order; an error when none does or the range is backwards.
    public static func documents(_ text: String, in w: Workspace) throws -> [Document] {
        guard let dash = text.firstIndex(where: { $0 == "-" || $0 == "–" }), dash != text.startIndex else {
            return [try document(text, in: w)]
        }
        let lowText = text[..<dash], highText = text[text.index(after: dash)...]
        guard let low = DocumentID(lowText),
              let high = DocumentID(highText) ?? Int(highText).map(DocumentID.init) else {
            throw CommandError("'\(text)' is not a document ID or range (like d1 or d3-d7)")
        }
        guard low <= high else { throw CommandError("'\(text)': the range runs backwards (write \(high)-\(low))") }
        let found = w.documents.filter { (low.number...high.number).contains($0.id.number) }
        guard !found.isEmpty else { throw CommandError("no documents in \(low)–\(high)" + range(w.documents.map(\.id))) }
        return found
    }

    /// An entity by ID (`e3`) or by name or alias (case-insensitive); several matches list the candidates.
    public static func entity(_ text: String, in w: Workspace) throws -> Entity {
        let matches = try candidates(text, in: w).first { !$0.isEmpty } ?? []
        if matches.count == 1 { return matches[0] }
        let list = matches.map { "\($0.id) \($0.name) (\($0.type.rawValue))" }.joined(separator: ", ")
        throw CommandError("'\(text)' is ambiguous: \(list)")
    }

    /// The entities an ID or name can mean, in three tiers, each most mentioned first: those with
    /// that name, those with it as an alias, and those whose name has all the words typed
    /// ("Tokayev" finds "Kassym-Jomart Tokayev"); an entity is listed once. Throws when there is none.
    public static func candidates(_ text: String, in w: Workspace) throws -> [[Entity]] {
        if let id = EntityID(text) {
            guard let e = w.entity(id), !e.rejected else {
                throw CommandError("no entity \(id)" + range(w.visibleEntities.map(\.id)))
            }
            return [[e]]
        }
        let key = text.trimmingWhitespace().lowercased()
        guard !key.isEmpty else { throw CommandError("no entity named '\(text)': give a name or an ID like e3") }
        let words = Set(key.split(whereSeparator: { $0 == " " }).map(String.init))
        var tiers: [[Entity]] = [[], [], []]
        for e in w.visibleEntities {
            if e.name.lowercased() == key {
                tiers[0].append(e)
            } else if e.aliases.contains(where: { $0.lowercased() == key }) {
                tiers[1].append(e)
            } else if words.isSubset(of: Set(e.name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init))) {
                tiers[2].append(e)
            }
        }
        guard tiers.contains(where: { !$0.isEmpty }) else { throw CommandError("no entity named '\(text)' (try: entities)") }
        return tiers.map { $0.sorted { ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id) } }
    }

    /// " (documents are d1–d4)" or " (no documents loaded)".
    static func range<K>(_ ids: [TypedID<K>]) -> String {
        guard let first = ids.min(), let last = ids.max() else { return " (no \(K.noun) loaded)" }
        return first == last ? " (the only one is \(first))" : " (\(K.noun): \(first)–\(last))"
    }
}
