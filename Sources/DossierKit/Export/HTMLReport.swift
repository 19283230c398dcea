import Foundation
import Mustache

/// A self-contained HTML research report: documents with sources, a timeline chart, the top
/// entities, figures grouped by what they count (each with its sentence and a link to it at the
/// source), notes, highlights and tags. Charts are inline SVG; the page loads nothing from outside.
public enum HTMLReport {
    /// How many entities the report charts and lists.
    public static let entityLimit = 25

    /// The page for workspace `w` (already restricted to the report's documents).
    public static func render(_ w: Workspace, title: String, scope: String, generated: String, author: String,
                              allFigures: Bool) throws -> String {
        let template: MustacheTemplate
        do { template = try HTMLReportTemplate.template() } catch { throw CommandError("export html: bad report template: \(error)") }
        return page(w, title: title, scope: scope, generated: generated, author: author, allFigures: allFigures)
            .render(with: template)
    }

    static func page(_ w: Workspace, title: String, scope: String, generated: String, author: String,
                     allFigures: Bool) -> Page {
        let (shownFigures, omitted) = ReportFigures.select(w, all: allFigures)
        let entities = Array(w.visibleEntities.sorted { ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id) }.prefix(entityLimit))
        let listedEntities = Set(entities.map(\.id)), listedFigures = Set(shownFigures.map(\.id))
        let timeline = try? TimelineChart(Timeline.entries(in: w, documents: nil), by: nil)
        var sentences = SentenceCache(w)
        let documents = Dictionary(w.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let tagsByDocument = Dictionary(grouping: w.annotations.filter { $0.kind == .tag }) { a -> DocumentID? in
            if case .document(let d) = a.target { return d }
            return nil
        }
        return Page(
            title: title, scope: scope.isEmpty ? nil : scope, generated: generated, author: author,
            documentCount: Format.plural(w.documents.count, "document"),
            documents: w.documents.map { d in
                DocumentRow(id: d.id.description, title: d.title, date: d.date ?? "", words: Format.count(d.words),
                            href: webLink(d.url ?? d.source), source: d.url ?? d.source,
                            tags: tagsByDocument[d.id].map { $0.map(\.body).joined(separator: ", ") })
            },
            timelineSVG: timeline.flatMap { $0.bins.isEmpty ? nil : SVGChart.timeline($0) },
            timelineNotes: timeline.flatMap { $0.notes(hints: false).isEmpty ? nil : $0.notes(hints: false).joined(separator: "; ") + "." },
            entitiesSVG: entities.isEmpty ? nil : SVGChart.bars(entities.map { ("\($0.name) (\($0.type.rawValue))", Double($0.mentions.count), String($0.mentions.count)) },
                                                                 label: "Top entities by mentions"),
            entities: entities.map { e in
                EntityRow(id: e.id.description, name: e.name, type: e.type.rawValue, mentions: e.mentions.count,
                          documents: e.documents.map(\.description).joined(separator: ", "), aliases: e.aliases.joined(separator: ", "))
            },
            figureGroups: ReportFigures.grouped(shownFigures).map { g in
                FigureGroup(counts: g.counts, figures: g.figures.map { f in
                    let doc = documents[f.document]
                    let sentence = sentences.sentence(of: f)
                    return FigureRow(id: f.id.description, text: f.facts.text, kind: f.facts.kind.rawValue,
                                     document: f.document.description, documentTitle: doc?.title ?? "",
                                     sentence: sentence, attribution: f.facts.source,
                                     sentenceHref: doc.flatMap { webLink($0.url ?? $0.source) }.map { $0 + textFragment(sentence) })
                })
            },
            figureCount: Format.plural(w.figures.count, "figure"),
            omittedFigures: omitted > 0 ? Format.plural(omitted, "figure") : nil,
            quotes: { let speakers = SpeakerIndex(w); return w.quotes.map { q in
                let entity = speakers.entity(of: q)
                return QuoteRow(id: q.id.description, text: q.facts.text, kind: q.facts.kind.rawValue,
                                document: q.document.description,
                                speaker: entity.map { "\($0.name) (\($0.id))" } ?? q.facts.speaker?.span.text ?? "speaker not stated",
                                cue: q.facts.cue?.text,
                                speakerHref: entity.flatMap { listedEntities.contains($0.id) ? "#\($0.id)" : nil })
            } }(),
            annotations: w.annotations.filter { $0.kind != .tag }.map { a in
                AnnotationRow(id: a.id.description, kind: a.kind.rawValue, target: label(a.target, in: w),
                              href: anchor(a.target, entities: listedEntities, figures: listedFigures),
                              quote: quote(a.target), body: a.body.isEmpty ? nil : a.body, author: a.author, modified: a.modified,
                              orphaned: a.orphaned == true)
            },
            tags: w.tagCounts().map { TagRow(tag: $0.tag, count: $0.count, targets: $0.targets.joined(separator: ", ")) })
    }

    /// The URL when `source` is a web address (http or https); nil for files and standard input.
    static func webLink(_ source: String) -> String? {
        let lower = source.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? source : nil
    }

    /// A text fragment (`#:~:text=start,end`) that makes a browser scroll to and mark `sentence`.
    static func textFragment(_ sentence: String) -> String {
        let words = sentence.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return "" }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: ".!~*()")
        func encode(_ w: ArraySlice<Substring>) -> String {
            w.joined(separator: " ").addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }
        if words.count <= 8 { return "#:~:text=" + encode(words[...]) }
        return "#:~:text=" + encode(words.prefix(4)) + "," + encode(words.suffix(4))
    }

    static func label(_ t: AnnotationTarget, in w: Workspace) -> String {
        switch t {
        case .document(let d): "\(d) “\(w.document(d)?.title ?? "?")”"
        case let .span(d, _, _, _, _, _): "a passage of \(d) “\(w.document(d)?.title ?? "?")”"
        case .entity(let e): "\(e) \(w.entity(e)?.name ?? "?")"
        case .figure(let f): "\(f) “\(w.figure(f)?.facts.text ?? "?")” in \(w.figure(f)?.document.description ?? "?")"
        }
    }

    /// `#d1`, `#e3`, `#f12`: where the target is in this page, when it is listed.
    static func anchor(_ t: AnnotationTarget, entities: Set<EntityID>, figures: Set<FigureID>) -> String? {
        switch t {
        case .document(let d), .span(let d, _, _, _, _, _): "#\(d)"
        case .entity(let e): entities.contains(e) ? "#\(e)" : nil
        case .figure(let f): figures.contains(f) ? "#\(f)" : nil
        }
    }

    static func quote(_ t: AnnotationTarget) -> Quote? {
        guard case let .span(_, _, _, quote, prefix, suffix) = t else { return nil }
        return Quote(prefix: TextAnchor.oneLine(prefix), text: TextAnchor.oneLine(quote), suffix: TextAnchor.oneLine(suffix))
    }

    /// Sentences around figures, splitting each document once.
    struct SentenceCache {
        let texts: [DocumentID: String]
        var contexts: [DocumentID: SentenceContext] = [:]

        init(_ w: Workspace) { texts = Dictionary(w.documents.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }) }

        mutating func sentence(of f: Figure) -> String {
            guard let text = texts[f.document] else { return f.facts.text }
            let c = contexts[f.document] ?? SentenceContext(text)
            contexts[f.document] = c
            let s = c.sentence(around: f.facts.start)
            return s.isEmpty ? f.facts.text : s
        }
    }
}
