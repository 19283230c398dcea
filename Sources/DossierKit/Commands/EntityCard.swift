/// The card `show eN` prints: name, type, aliases, mention types and roles, mentions per document,
/// why mentions were merged, a few mentions in context, and the entities it appears with most.
enum EntityCard {
    static func render(_ e: Entity, in w: Workspace, format: OutputFormat?, unicode: Bool = true, others: [Entity] = []) -> CommandOutput {
        let counts = e.documents.map { d in (d, e.mentions.filter { $0.document == d }.count) }
        let perDocument = counts.map { "\($0.0) ×\($0.1)" }
        let identity = EntityEvidence(entity: e, workspace: w)
        let chosen = EntityContext.mentions(for: e, limit: 3).filter { w.document($0.document) != nil }
        let context = EntityContext.lines(for: chosen, in: w)
        let cooccurring = EntityContext.cooccurring(with: e, in: w, limit: 5)
        let together = cooccurring.map { "\($0.entity.name) (\($0.entity.id), \($0.documents) doc\($0.documents == 1 ? "" : "s"))" }
        let figures = Array(w.figures(about: e).prefix(8))
        var fields: [(String, Cell)] = [
            ("id", .string(e.id.description)), ("name", .string(e.name)), ("type", .string(e.type.rawValue)),
            ("aliases", .list(e.aliases)), ("mentions", .int(e.mentions.count)),
            ("types", .list(identity.typeCounts)), ("roles", .list(identity.roles)),
            ("documents", .list(perDocument)), ("merged", .list(identity.reasons)), ("possibly", .list(identity.guesses)),
            ("others", .list(others.map { "\($0.id) \($0.name) (\($0.type.rawValue), \(Format.plural($0.mentions.count, "mention")))" })),
            ("with", .list(together)), ("origin", .string(e.origin.rawValue)),
            ("figures", .list(figures.map { "\($0.id) \($0.facts.text)" + ($0.facts.counts.map { " (\($0))" } ?? "") })),
            ("quotes", .list(w.quotes(by: e).prefix(8).map { "\($0.id) " + EntityCard.short($0.facts.text) })),
            ("pronouns", .int(w.linkedSpeakerMentions(of: e))),
            ("annotations", .list(CardAnnotations.lines(for: .entity(e.id), in: w))),
        ]
        if let t = MentionTimeline(e, in: w) {  // a sparkline of mentions per period, after "with"
            let at = (fields.firstIndex { $0.0 == "with" } ?? fields.count - 1) + 1
            fields.insert(("timeline", format == .json || format == .csv ? .list(t.data) : .string(t.line(unicode: unicode))), at: at)
        }
        switch format ?? .table {
        case .table:
            let card = CardOutput.render(fields, format: .table)
            return context.isEmpty ? card
                : .sequence([card, .message("\nin context:\n" + context.map { "  " + $0 }.joined(separator: "\n"))])
        case .csv:
            return CardOutput.render(fields + [("context", .list(context))], format: format)
        case .json:
            let json: [String: JSONValue] = [
                "documents": .array(counts.map { .object([("id", .string($0.0.description)), ("mentions", .int($0.1))]) }),
                "with": .array(cooccurring.map {
                    .object([("id", .string($0.entity.id.description)), ("name", .string($0.entity.name)),
                             ("type", .string($0.entity.type.rawValue)), ("documents", .int($0.documents))])
                }),
                "figures": .array(figures.map {
                    .object([("id", .string($0.id.description)), ("document", .string($0.document.description)),
                             ("text", .string($0.facts.text)), ("kind", .string($0.facts.kind.rawValue)),
                             ("value", .cell(Cell($0.facts.value))), ("counts", .cell(Cell($0.facts.counts)))])
                }),
                "annotations": CardAnnotations.objects(for: .entity(e.id), in: w),
                "context": .array(zip(chosen, context).map { m, line in
                    .object([("document", .string(m.document.description)), ("start", .int(m.start)),
                             ("end", .int(m.end)), ("text", .string(line.dropFirst(m.document.description.count + 2).description))])
                }),
            ]
            return CardOutput.render(fields + [("context", .list(context))], format: .json, json: json)
        }
    }
}

extension EntityCard {
    /// A quote's words cut to about 70 characters for a card line.
    static func short(_ text: String) -> String {
        text.count <= 72 ? text : String(text.prefix(70)) + "…"
    }
}

/// Where an entity is mentioned, in words: key-word-in-context lines and co-occurring entities.
enum EntityContext {
    /// Up to `limit` lines `d1  …text before [mention] text after…`, one per document first.
    static func lines(for e: Entity, in w: Workspace, limit: Int, width: Int = 40) -> [String] {
        lines(for: mentions(for: e, limit: limit), in: w, width: width)
    }

    /// Up to `limit` mentions to show in context, one per document first.
    static func mentions(for e: Entity, limit: Int) -> [Mention] {
        var chosen: [Mention] = []
        var seen = Set<DocumentID>()
        for m in e.mentions where !seen.contains(m.document) && chosen.count < limit {
            seen.insert(m.document)
            chosen.append(m)
        }
        for m in e.mentions where chosen.count < limit && !chosen.contains(m) { chosen.append(m) }
        return chosen
    }

    /// `d1  …before [mention] after…` for each mention (one line per mention whose document exists).
    static func lines(for chosen: [Mention], in w: Workspace, width: Int = 40) -> [String] {
        chosen.map { m in
            guard let doc = w.document(m.document) else { return "\(m.document)  " }
            return "\(m.document)  " + keywordInContext(doc.text, start: m.start, end: m.end, width: width)
        }
    }

    /// `…before [mention] after…` with line breaks as spaces; offsets outside the text are clamped.
    static func keywordInContext(_ text: String, start: Int, end: Int, width: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        let from = max(0, s - width), to = min(scalars.count, e + width)
        func piece(_ r: Range<Int>) -> String {
            var out = ""
            for c in scalars[r] { out.unicodeScalars.append(c.properties.isWhitespace ? " " : c) }
            return out
        }
        return (from > 0 ? "…" : "") + piece(from..<s) + "[" + piece(s..<e) + "]" + piece(e..<to) + (to < scalars.count ? "…" : "")
    }

    /// Visible entities sharing documents with `e`, most shared documents (then mentions) first.
    static func cooccurring(with e: Entity, in w: Workspace, limit: Int) -> [(entity: Entity, documents: Int)] {
        let mine = Set(e.documents)
        return w.visibleEntities.compactMap { other -> (Entity, Int, Int)? in
            guard other.id != e.id else { return nil }
            let shared = Set(other.documents).intersection(mine).count
            return shared > 0 ? (other, shared, other.mentions.count) : nil
        }
        .sorted { ($0.1, $0.2, $1.0.id) > ($1.1, $1.2, $0.0.id) }
        .prefix(limit).map { ($0.0, $0.1) }
    }
}
