/// The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that
/// Dossier writes and reads, as Codable values. JSON-LD compaction is not done: files use the
/// standard context's short keys (`id`, `type`, `body`, `target`, …), as the spec's examples do.
enum WebAnnotation {
    static let context = "http://www.w3.org/ns/anno.jsonld"

    /// `AnnotationCollection` with its single embedded first `AnnotationPage`.
    struct Collection: Codable {
        var context: String? = WebAnnotation.context
        var id: String
        var type: String = "AnnotationCollection"
        var label: String?
        var total: Int
        var first: Page

        enum CodingKeys: String, CodingKey { case context = "@context", id, type, label, total, first }
    }

    struct Page: Codable {
        var id: String?
        var type: String? = "AnnotationPage"
        var startIndex: Int? = 0
        var items: [Item]
    }

    /// One `Annotation`.
    struct Item: Codable {
        var context: String?
        var id: String?
        var type: OneOrMany<String>
        var motivation: OneOrMany<String>?
        var created: String?
        var modified: String?
        var creator: Creator?
        var body: OneOrMany<Body>?
        var target: OneOrMany<Target>

        enum CodingKeys: String, CodingKey {
            case context = "@context", id, type, motivation, created, modified, creator, body, target
        }
    }

    /// `{"type": "Person", "nickname": "ann"}`; a plain string is read as the name.
    struct Creator: Codable {
        var type: String? = "Person"
        var nickname: String?
        var name: String?

        init(nickname: String) { self.nickname = nickname }

        init(from decoder: any Decoder) throws {
            if let s = try? decoder.singleValueContainer().decode(String.self) { name = s; type = nil; return }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decodeIfPresent(String.self, forKey: .type)
            nickname = try c.decodeIfPresent(String.self, forKey: .nickname)
            name = try c.decodeIfPresent(String.self, forKey: .name)
        }
    }

    /// A `TextualBody`: the note text, or a tag with purpose `tagging`.
    struct Body: Codable {
        var type: String? = "TextualBody"
        var value: String
        var purpose: String?
        var format: String?
    }

    /// An IRI, or a `SpecificResource` with a source and selectors.
    enum Target: Codable {
        case iri(String)
        case specific(source: String, selectors: [Selector])

        private enum CodingKeys: String, CodingKey { case type, source, selector }

        init(from decoder: any Decoder) throws {
            if let s = try? decoder.singleValueContainer().decode(String.self) { self = .iri(s); return }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self = .specific(source: try c.decode(String.self, forKey: .source),
                             selectors: try c.decodeIfPresent(OneOrMany<Selector>.self, forKey: .selector)?.values ?? [])
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .iri(let s):
                var c = encoder.singleValueContainer()
                try c.encode(s)
            case let .specific(source, selectors):
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode("SpecificResource", forKey: .type)
                try c.encode(source, forKey: .source)
                try c.encode(selectors, forKey: .selector)
            }
        }
    }

    /// `TextPositionSelector` (start, end) or `TextQuoteSelector` (exact, prefix, suffix).
    struct Selector: Codable {
        var type: String
        var start: Int?
        var end: Int?
        var exact: String?
        var prefix: String?
        var suffix: String?
    }

    /// JSON-LD lets most properties hold one value or a list.
    struct OneOrMany<T: Codable>: Codable {
        var values: [T]

        init(_ values: [T]) { self.values = values }

        init(from decoder: any Decoder) throws {
            if let list = try? [T](from: decoder) { values = list; return }
            values = [try T(from: decoder)]
        }

        func encode(to encoder: any Encoder) throws {
            if values.count == 1 { try values[0].encode(to: encoder) } else { try values.encode(to: encoder) }
        }
    }

    // MARK: IRIs

    static func documentIRI(_ d: Document) -> String { "urn:sha256:" + d.sha256 }
    static func iri(_ target: AnnotationTarget, in w: Workspace) -> String {
        switch target {
        case .document(let d), .span(let d, _, _, _, _, _):
            w.document(d).map(documentIRI) ?? "urn:dossier:document:\(d)"
        case .entity(let e): "urn:dossier:entity:\(e)"
        case .figure(let f): "urn:dossier:figure:\(f)"
        }
    }
}
