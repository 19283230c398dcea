/// A workspace cut down to some documents, for exports that take `--doc`, `--tag` and `--about`.
extension Workspace {
    /// Only `documents`: their entities (with only their mentions there), figures, and the
    /// annotations on them, their figures, and entities still mentioned.
    public func restricted(to documents: Set<DocumentID>) -> Workspace {
        var w = self
        w.documents = self.documents.filter { documents.contains($0.id) }
        w.entities = entities.compactMap { e in
            var e = e
            e.mentions = e.mentions.filter { documents.contains($0.document) }
            return e.mentions.isEmpty ? nil : e
        }
        w.figures = figures.filter { documents.contains($0.document) }
        let keptEntities = Set(w.entities.map(\.id)), keptFigures = Set(w.figures.map(\.id))
        w.annotations = annotations.filter { a in
            switch a.target {
            case .document(let d), .span(let d, _, _, _, _, _): documents.contains(d)
            case .entity(let e): keptEntities.contains(e)
            case .figure(let f): keptFigures.contains(f)
            }
        }
        w.rebuildEntityIndex()
        return w
    }
}

/// Which documents an export covers: `--doc` and `--tag` (through `DocumentFilter`) and `--about`
/// (a full-text query), each narrowing the others; nil when none is given.
public struct ExportScope: Sendable, Equatable {
    public var documents: [String] = []
    public var tags: [String] = []
    public var about: String?

    public init(documents: [String] = [], tags: [String] = [], about: String? = nil) {
        self.documents = documents
        self.tags = tags
        self.about = about
    }

    public var isEmpty: Bool { documents.isEmpty && tags.isEmpty && about == nil }

    /// The documents in scope, or nil for all.
    public func resolve(in context: ShellContext) throws -> Set<DocumentID>? {
        let w = context.workspace
        var set = try DocumentFilter(documents: documents, tags: tags).resolve(in: w)
        if let about {
            let query: SearchQuery
            do { query = try SearchQuery(about) } catch { throw CommandError("export: \(error)") }
            var matching = Set<DocumentID>()
            do {
                try context.searchIndex.forEachHighlighted(query, in: w, generation: context.workspaceGeneration) { doc, _ in
                    matching.insert(doc)
                    return true
                }
            } catch { throw CommandError("export: \(error)") }
            set = set.map { $0.intersection(matching) } ?? matching
        }
        return set
    }

    /// `documents tagged border, about “oil”` for the report's heading; empty when unfiltered.
    public var summary: String {
        var parts: [String] = []
        if !documents.isEmpty { parts.append("documents " + documents.joined(separator: ", ")) }
        if !tags.isEmpty { parts.append("tagged " + tags.joined(separator: " or ")) }
        if let about { parts.append("about “\(about)”") }
        return parts.joined(separator: "; ")
    }
}
