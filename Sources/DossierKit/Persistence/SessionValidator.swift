/// Checks that a decoded session holds together before it replaces the workspace: IDs unique,
/// counters ahead of every ID (so none is reused and none can overflow), references pointing at
/// things that exist, offsets inside their document. A hand-edited or damaged file is refused
/// with the first problem named.
enum SessionValidator {
    /// Counters beyond this are refused (see `IDCounters.limit`).
    static let counterLimit = IDCounters.limit

    /// `lengths`: each document's length in code points, when the caller has counted them already.
    static func validate(_ file: Workspace, lengths known: [DocumentID: Int]? = nil) -> String? {
        let c = file.counters
        if let (name, value) = c.outOfRange {
            return "counter \"\(name)\" is \(value), outside 0…\(counterLimit)"
        }
        if let problem = unique(file.documents.map(\.id), below: c.documents, "documents")
            ?? unique(file.entities.map(\.id), below: c.entities, "entities")
            ?? unique(file.figures.map(\.id), below: c.figures, "figures")
            ?? unique(file.annotations.map(\.id), below: c.annotations, "annotations")
            ?? unique(file.quotes.map(\.id), below: c.quotes, "quotes") {
            return problem
        }
        var counted: [DocumentID: Int] = [:]
        if let known, known.count == file.documents.count {
            counted = known
        } else {
            for d in file.documents { counted[d.id] = d.text.unicodeScalars.count }
        }
        let lengths = DocumentLengths(counted, counter: c.documents)
        func check(_ doc: DocumentID, _ start: Int, _ end: Int, _ what: String) -> String? {
            guard let length = lengths[doc] else { return "\(what) refers to \(doc), which is not in the session" }
            guard start >= 0, start <= end, end <= length else {
                return "\(what) has offsets \(start)–\(end) outside \(doc) (\(length) characters)"
            }
            return nil
        }
        for e in file.entities {
            for m in e.mentions {
                if let problem = check(m.document, m.start, m.end, "a mention of \(e.id)") { return problem }
            }
        }
        for f in file.figures {
            if let problem = check(f.document, f.facts.start, f.facts.end, "figure \(f.id)") { return problem }
        }
        for q in file.quotes {
            for span in q.facts.parts + [q.facts.cue, q.facts.speaker?.span].compactMap({ $0 }) {
                if let problem = check(q.document, span.start, span.end, "quote \(q.id)") { return problem }
            }
            if q.facts.parts.isEmpty { return "quote \(q.id) has no parts" }
        }
        let entities = Set(file.entities.map(\.id)), figures = Set(file.figures.map(\.id))
        // An orphaned annotation (its passage, entity or figure was not found again after a reload)
        // keeps its last known target: the entity or figure may be gone and the passage's offsets
        // may lie beyond the new text; its quote and `lostTarget` say what it was about.
        for a in file.annotations {
            let orphaned = a.orphaned == true
            switch a.target {
            case .document(let d):
                if lengths[d] == nil { return "annotation \(a.id) refers to \(d), which is not in the session" }
            case .entity(let e):
                if !orphaned, !entities.contains(e) { return "annotation \(a.id) refers to \(e), which is not in the session" }
            case .figure(let f):
                if !orphaned, !figures.contains(f) { return "annotation \(a.id) refers to \(f), which is not in the session" }
            case let .span(d, start, end, _, _, _):
                if orphaned {
                    guard lengths[d] != nil else { return "annotation \(a.id) refers to \(d), which is not in the session" }
                    guard start >= 0, start <= end else { return "annotation \(a.id) has offsets \(start)–\(end), which are not a passage" }
                } else if let problem = check(d, start, end, "annotation \(a.id)") {
                    return problem
                }
            }
        }
        return nil
    }

    /// Document lengths by ID: an array indexed by number when the numbers are dense enough
    /// (hundreds of thousands of lookups, one per mention), a dictionary otherwise.
    private struct DocumentLengths {
        private let dense: [Int]?
        private let sparse: [DocumentID: Int]

        init(_ lengths: [DocumentID: Int], counter: Int) {
            sparse = lengths
            if counter <= 4 * lengths.count + 1024 {
                var a = [Int](repeating: -1, count: counter + 1)
                for (id, n) in lengths where id.number <= counter { a[id.number] = n }
                dense = a
            } else {
                dense = nil
            }
        }

        subscript(_ id: DocumentID) -> Int? {
            if let dense {
                guard id.number >= 0, id.number < dense.count, dense[id.number] >= 0 else { return sparse[id] }
                return dense[id.number]
            }
            return sparse[id]
        }
    }

    private static func unique<K>(_ ids: [TypedID<K>], below counter: Int, _ name: String) -> String? {
        // The usual case, IDs in increasing order, needs no set.
        if zip(ids, ids.dropFirst()).allSatisfy({ $0 < $1 }) {
            if let last = ids.last, last.number > counter {
                return "\(last) is beyond the \"\(name)\" counter (\(counter)), so IDs would be reused"
            }
            return nil
        }
        var seen = Set<TypedID<K>>()
        for id in ids {
            if !seen.insert(id).inserted { return "\(id) appears twice in \"\(name)\"" }
            if id.number > counter { return "\(id) is beyond the \"\(name)\" counter (\(counter)), so IDs would be reused" }
        }
        return nil
    }
}
