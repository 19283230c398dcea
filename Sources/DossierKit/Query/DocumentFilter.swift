/// The `--doc`, `--tag` and `--entity` options of query commands, resolved to a set of documents:
/// values of one option add up, different options narrow each other. Nil when none is given.
public struct DocumentFilter: Sendable, Equatable {
    public var documents: [String] = []
    public var tags: [String] = []
    public var entities: [String] = []

    public init(documents: [String] = [], tags: [String] = [], entities: [String] = []) {
        self.documents = documents
        self.tags = tags
        self.entities = entities
    }

    public var isEmpty: Bool { documents.isEmpty && tags.isEmpty && entities.isEmpty }

    public func resolve(in w: Workspace) throws -> Set<DocumentID>? {
        guard !isEmpty else { return nil }
        var sets: [Set<DocumentID>] = []
        if !documents.isEmpty { sets.append(Set(try documents.map { try WorkspaceReference.document($0, in: w).id })) }
        if !tags.isEmpty { sets.append(try Set(tags.flatMap { try Self.tagged($0, in: w) })) }
        if !entities.isEmpty { sets.append(Set(try entities.flatMap { try WorkspaceReference.entity($0, in: w).documents })) }
        return sets.dropFirst().reduce(sets[0]) { $0.intersection($1) }
    }

    /// Documents carrying tag `name` (case-insensitive): tagged themselves, through a passage or a
    /// figure in them, or through an entity they mention.
    static func tagged(_ name: String, in w: Workspace) throws -> [DocumentID] {
        let tags = w.annotations.filter { $0.kind == .tag }
        let matching = tags.filter { $0.body.lowercased() == name.lowercased() }
        guard !matching.isEmpty else {
            let known = Set(tags.map(\.body)).sorted()
            throw CommandError("no document is tagged '\(name)'"
                + (known.isEmpty ? " (no tags yet; try: tag d1 NAME)" : " (tags: \(known.joined(separator: ", ")))"))
        }
        return matching.flatMap { a -> [DocumentID] in
            if case .entity(let e) = a.target { return w.entity(e)?.documents ?? [] }
            return AnnotationPlace(a.target, in: w).document.map { [$0] } ?? []
        }
    }
}
