/// A Markdown research report of a session: documents, key entities, figures with their sources
/// (the key ones unless all are asked for, see `ReportFigures`), and every note and highlight
/// with its quoted context and document reference.
public enum ResearchReport {
    /// How many entities the "Key entities" section lists (most mentioned first).
    public static let keyEntityLimit = 25

    /// `scope` says which documents the workspace was cut down to (empty: all of them).
    public static func markdown(_ w: Workspace, title: String, generated: String, author: String,
                                scope: String = "", allFigures: Bool = false) -> String {
        var out = "# \(title)\n\n_Generated \(generated) by \(author) with Dossier"
            + (scope.isEmpty ? "" : "; \(inline(scope))") + "._\n\n"
        out += documents(w) + entities(w) + figures(w, all: allFigures) + quotes(w) + annotations(w) + tags(w)
        return out
    }

    static func documents(_ w: Workspace) -> String {
        var out = "## Documents\n\n"
        guard !w.documents.isEmpty else { return out + "No documents loaded.\n\n" }
        out += "| ID | Title | Date | Words | Source |\n|---|---|---|---:|---|\n"
        for d in w.documents {
            out += "| \(d.id) | \(cell(d.title)) | \(d.date ?? "") | \(d.words) | \(cell(d.url ?? d.source)) |\n"
        }
        return out + "\n"
    }

    static func entities(_ w: Workspace) -> String {
        let key = w.visibleEntities.sorted { a, b in
            a.mentions.count != b.mentions.count ? a.mentions.count > b.mentions.count : a.id < b.id
        }.prefix(keyEntityLimit)
        var out = "## Key entities\n\n"
        guard !key.isEmpty else { return out + "No entities.\n\n" }
        for e in key {
            out += "- **\(inline(e.name))** (\(e.type.rawValue), \(e.id)): \(Format.plural(e.mentions.count, "mention")) in "
                + e.documents.map(\.description).joined(separator: ", ")
            if !e.aliases.isEmpty { out += "; also \(e.aliases.map(inline).joined(separator: ", "))" }
            out += "\n"
        }
        return out + "\n"
    }

    static func figures(_ w: Workspace, all: Bool) -> String {
        var out = "## Figures\n\n"
        guard !w.figures.isEmpty else { return out + "No figures.\n\n" }
        let (shown, omitted) = ReportFigures.select(w, all: all)
        if omitted > 0 {
            out += "Key figures: those that say what they count, annotated ones and those with a source first; "
                + "\(Format.plural(omitted, "other figure")) not listed (`export report FILE --all` lists every one).\n\n"
        }
        for f in shown {
            let x = f.facts
            out += "- **\(inline(x.text))** (\(f.id), \(x.kind.rawValue)) in \(f.document)"
            if let counts = x.counts { out += ": \(inline(counts))" }
            out += x.source.map { " — source: \(inline($0))" } ?? " — source not stated"
            out += "\n"
        }
        return out + "\n"
    }

    /// Who said what, by document; omitted when the session has no quotes.
    static func quotes(_ w: Workspace) -> String {
        guard !w.quotes.isEmpty else { return "" }
        var out = "## Quotes\n\n"
        let speakers = SpeakerIndex(w)
        for q in w.quotes {
            let x = q.facts
            let who = speakers.entity(of: q).map { "\(inline($0.name)) (\($0.id))" } ?? x.speaker.map { inline($0.span.text) } ?? "speaker not stated"
            out += "- \(who)" + (x.cue.map { " — \(inline($0.text))" } ?? "") + ": \(cell(x.text)) (\(q.id), \(x.kind.rawValue), \(q.document))\n"
        }
        return out + "\n"
    }

    static func annotations(_ w: Workspace) -> String {
        let shown = w.annotations.filter { $0.kind != .tag }
        var out = "## Notes and highlights\n\n"
        guard !shown.isEmpty else { return out + "No notes or highlights.\n\n" }
        for a in shown {
            out += "### \(a.id): \(a.kind == .note ? "note" : "highlight") on \(reference(a.target, in: w))\n\n"
            if case let .span(_, _, _, quote, prefix, suffix) = a.target {
                out += "> …" + inline(TextAnchor.oneLine(prefix)) + "**" + inline(TextAnchor.oneLine(quote)) + "**"
                    + inline(TextAnchor.oneLine(suffix)) + "…\n\n"
            }
            if !a.body.isEmpty { out += a.body + "\n\n" }
            out += "_\(a.author), \(a.modified)\(a.orphaned == true ? "; orphaned: passage not found after reload" : "")_\n\n"
        }
        return out
    }

    static func tags(_ w: Workspace) -> String {
        let counts = w.tagCounts()
        guard !counts.isEmpty else { return "" }
        var out = "## Tags\n\n"
        for t in counts { out += "- **\(inline(t.tag))** (\(t.count)): \(t.targets.joined(separator: ", "))\n" }
        return out + "\n"
    }

    /// `d1 'Title', code points 10–42` and the like.
    static func reference(_ t: AnnotationTarget, in w: Workspace) -> String {
        switch t {
        case .document(let d): "\(d) “\(inline(w.document(d)?.title ?? "?"))”"
        case let .span(d, s, e, _, _, _): "\(d) “\(inline(w.document(d)?.title ?? "?"))”, code points \(s)–\(e)"
        case .entity(let e): "\(e) \(inline(w.entity(e)?.name ?? "?"))"
        case .figure(let f): "\(f) “\(inline(w.figure(f)?.facts.text ?? "?"))” in \(w.figure(f)?.document.description ?? "?")"
        }
    }

    /// Escapes characters that Markdown would read as formatting.
    static func inline(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func cell(_ s: String) -> String { inline(TextAnchor.oneLine(s)) }
}
