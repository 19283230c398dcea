import Foundation

/// Writes annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD): notes as
/// `commenting` `TextualBody`s, tags as `tagging` bodies, highlights with motivation
/// `highlighting`; passage targets carry a `TextPositionSelector` and a `TextQuoteSelector`.
/// Documents are named by content hash (`urn:sha256:…`), entities and figures by
/// `urn:dossier:entity:e3` / `urn:dossier:figure:f2`.
public enum WebAnnotationExport {
    public static func encode(_ w: Workspace, annotations: [Annotation]? = nil, label: String? = nil) throws -> [UInt8] {
        let list = annotations ?? w.annotations
        let items = list.map { item($0, in: w) }
        let collection = WebAnnotation.Collection(
            id: "urn:dossier:collection:" + (label ?? "session"), label: label, total: items.count,
            first: WebAnnotation.Page(items: items))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(collection)
        data.append(0x0A)
        return [UInt8](data)
    }

    static func item(_ a: Annotation, in w: Workspace) -> WebAnnotation.Item {
        let motivation: String
        var body: [WebAnnotation.Body] = []
        switch a.kind {
        case .note:
            motivation = "commenting"
            body = [.init(value: a.body, purpose: "commenting", format: "text/plain")]
        case .tag:
            motivation = "tagging"
            body = [.init(value: a.body, purpose: "tagging")]
        case .highlight:
            motivation = "highlighting"
            if !a.body.isEmpty { body = [.init(value: a.body, purpose: "commenting", format: "text/plain")] }
        }
        let source = WebAnnotation.iri(a.target, in: w)
        let target: WebAnnotation.Target
        if case let .span(_, start, end, quote, prefix, suffix) = a.target {
            target = .specific(source: source, selectors: [
                .init(type: "TextPositionSelector", start: start, end: end),
                .init(type: "TextQuoteSelector", exact: quote, prefix: prefix, suffix: suffix),
            ])
        } else {
            target = .iri(source)
        }
        return WebAnnotation.Item(
            context: WebAnnotation.context, id: "urn:dossier:annotation:\(a.id)", type: .init(["Annotation"]),
            motivation: .init([motivation]), created: a.created, modified: a.modified,
            creator: .init(nickname: a.author), body: body.isEmpty ? nil : .init(body), target: .init([target]))
    }
}
