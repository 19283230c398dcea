import Mustache

/// The values the HTML report's template reads (by property name, through Mustache).
extension HTMLReport {
    struct Page {
        var title: String
        /// Nil rather than empty: Mustache shows a section for an empty string.
        var scope: String?
        var generated: String
        var author: String
        var documentCount: String
        var documents: [DocumentRow]
        /// Inline SVG, inserted unescaped: built by `SVGChart`, which escapes every text.
        var timelineSVG: String?
        var timelineNotes: String?
        var entitiesSVG: String?
        var entities: [EntityRow]
        var figureGroups: [FigureGroup]
        var figureCount: String
        var omittedFigures: String?
        /// Who said what, in document order.
        var quotes: [QuoteRow]
        var annotations: [AnnotationRow]
        var tags: [TagRow]

        func render(with template: MustacheTemplate) -> String { template.render(self) }
    }

    struct DocumentRow {
        var id, title, date, words: String
        var href: String?
        var source: String
        var tags: String?
    }

    struct EntityRow {
        var id, name, type: String
        var mentions: Int
        var documents, aliases: String
    }

    struct FigureGroup {
        var counts: String
        var figures: [FigureRow]
    }

    struct FigureRow {
        var id, text, kind, document, documentTitle, sentence: String
        var attribution, sentenceHref: String?
    }

    struct Quote {
        var prefix, text, suffix: String
    }

    struct QuoteRow {
        var id, text, kind, document, speaker: String
        /// The cue ("said", "according to"); nil when the text gives none.
        var cue: String?
        /// Anchor of the speaker's entity when the report lists it.
        var speakerHref: String?
    }

    struct AnnotationRow {
        var id, kind, target: String
        var href: String?
        var quote: Quote?
        var body: String?
        var author, modified: String
        var orphaned: Bool
    }

    struct TagRow {
        var tag: String
        var count: Int
        var targets: String
    }
}

// Rows read by name without reflection: a report may list thousands of figures and documents.
extension HTMLReport.FigureRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "text": text
        case "kind": kind
        case "document": document
        case "documentTitle": documentTitle
        case "sentence": sentence
        case "attribution": attribution.map { $0 as Any }
        case "sentenceHref": sentenceHref.map { $0 as Any }
        default: nil
        }
    }
}

extension HTMLReport.DocumentRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "date": date
        case "words": words
        case "href": href.map { $0 as Any }
        case "source": source
        case "tags": tags.map { $0 as Any }
        default: nil
        }
    }
}
