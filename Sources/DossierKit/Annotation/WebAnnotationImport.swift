import Foundation

/// Why a Web Annotation file could not be imported. Nothing is imported when any record is bad.
public enum ImportError: Error, CustomStringConvertible, Equatable {
    /// The file is not JSON.
    case notJSON(path: String)
    /// The top level is not an AnnotationCollection, AnnotationPage or list of annotations.
    case notACollection(path: String)
    /// The record at `index` (0-based, in file order) is not a usable annotation.
    case badRecord(path: String, index: Int, reason: String)

    public var description: String {
        switch self {
        case .notJSON(let p): "import: \(p) is not JSON"
        case .notACollection(let p): "import: \(p) is not a Web Annotation collection (expected an AnnotationCollection, an AnnotationPage or a list of annotations)"
        case let .badRecord(p, i, reason): "import: \(p): record \(i + 1) (items[\(i)]): \(reason); nothing imported"
        }
    }
}

/// Reads W3C Web Annotation JSON-LD back into annotations for a workspace. Targets must name a
/// loaded document (by `urn:sha256:…` content hash), entity or figure.
public enum WebAnnotationImport {
    public static func decode(_ bytes: [UInt8], path: String, into w: Workspace) throws(ImportError) -> [Annotation] {
        let data = Data(bytes)
        let items: [WebAnnotation.Item]
        do {
            items = try JSONDecoder().decode(Container.self, from: data).items
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw fail(path, ctx.codingPath, "missing \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw fail(path, ctx.codingPath, "\"\(ctx.codingPath.last?.stringValue ?? "")\" has the wrong type")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw fail(path, ctx.codingPath, "\"\(ctx.codingPath.last?.stringValue ?? "")\" is null")
        } catch let DecodingError.dataCorrupted(ctx) {
            if ctx.codingPath.isEmpty { throw .notJSON(path: path) }
            throw fail(path, ctx.codingPath, ctx.debugDescription)
        } catch {
            throw .notACollection(path: path)
        }
        var out: [Annotation] = []
        var texts: [DocumentID: CodePointText] = [:]
        for (i, item) in items.enumerated() {
            do {
                out += try annotations(from: item, in: w, texts: &texts)
            } catch {
                throw .badRecord(path: path, index: i, reason: error.description)
            }
        }
        return out
    }

    /// The record index in a decoding error's path, or "not a collection" when it is outside items.
    private static func fail(_ path: String, _ codingPath: [any CodingKey], _ reason: String) -> ImportError {
        guard let index = codingPath.first(where: { $0.intValue != nil })?.intValue else { return .notACollection(path: path) }
        return .badRecord(path: path, index: index, reason: reason)
    }

    /// A collection (`first.items`), a page (`items`) or a bare list.
    private struct Container: Decodable {
        var items: [WebAnnotation.Item]
        enum CodingKeys: String, CodingKey { case first, items }
        init(from decoder: any Decoder) throws {
            if let c = try? decoder.container(keyedBy: CodingKeys.self) {
                if c.contains(.first) {
                    items = try c.decode(WebAnnotation.Page.self, forKey: .first).items
                } else {
                    items = try c.decode([WebAnnotation.Item].self, forKey: .items)
                }
            } else {
                items = try [WebAnnotation.Item](from: decoder)
            }
        }
    }

    /// One Web Annotation as Dossier annotations (one per tag when it carries several tags).
    /// `texts` caches documents' code points across records.
    static func annotations(from item: WebAnnotation.Item, in w: Workspace,
                            texts: inout [DocumentID: CodePointText]) throws(RecordError) -> [Annotation] {
        guard item.type.values.contains("Annotation") else { throw RecordError("\"type\" is not \"Annotation\"") }
        guard item.target.values.count == 1 else { throw RecordError("expected exactly one target, found \(item.target.values.count)") }
        let target = try resolve(item.target.values[0], in: w, texts: &texts)
        let bodies = item.body?.values ?? []
        let motivations = item.motivation?.values ?? []
        let author = item.creator?.nickname ?? item.creator?.name ?? "unknown"
        let created = item.created ?? Timestamp.now()
        let modified = item.modified ?? created
        let placeholder = AnnotationID(1)
        func make(_ kind: Annotation.Kind, _ body: String) -> Annotation {
            Annotation(id: placeholder, kind: kind, target: target.target, body: body, author: author,
                       created: created, modified: modified, orphaned: target.orphaned ? true : nil)
        }
        let tags = bodies.filter { $0.purpose == "tagging" }
        let text = bodies.first { $0.purpose != "tagging" }?.value
        for b in bodies where b.type != nil && b.type != "TextualBody" {
            throw RecordError("body type \"\(b.type!)\" is not supported (only TextualBody)")
        }
        if motivations.contains("highlighting") {
            return [make(.highlight, text ?? "")] + tags.map { make(.tag, $0.value) }
        }
        if let text { return [make(.note, text)] + tags.map { make(.tag, $0.value) } }
        guard !tags.isEmpty else { throw RecordError("no body text and no tag (a note needs a TextualBody with a value)") }
        return try tags.map { b throws(RecordError) in
            guard let tag = Tag.normalize(b.value) else { throw RecordError("tag \"\(b.value)\" is empty or has spaces") }
            return make(.tag, tag)
        }
    }

    /// A target found in the workspace, and whether its passage could not be found.
    struct Resolved { var target: AnnotationTarget; var orphaned: Bool }

    private static func resolve(_ t: WebAnnotation.Target, in w: Workspace,
                                texts: inout [DocumentID: CodePointText]) throws(RecordError) -> Resolved {
        switch t {
        case .iri(let iri):
            if let e = suffixID(iri, "urn:dossier:entity:", EntityID.init) {
                guard w.entity(e) != nil else { throw RecordError("target \(iri): no entity \(e) in this session") }
                return Resolved(target: .entity(e), orphaned: false)
            }
            if let f = suffixID(iri, "urn:dossier:figure:", FigureID.init) {
                guard w.figure(f) != nil else { throw RecordError("target \(iri): no figure \(f) in this session") }
                return Resolved(target: .figure(f), orphaned: false)
            }
            return Resolved(target: .document(try document(iri, in: w).id), orphaned: false)
        case let .specific(source, selectors):
            let doc = try document(source, in: w)
            let text = texts[doc.id] ?? CodePointText(doc.text)
            texts[doc.id] = text
            let position = selectors.first { $0.type == "TextPositionSelector" }
            let quote = selectors.first { $0.type == "TextQuoteSelector" }
            if let q = quote {
                guard let exact = q.exact, !exact.isEmpty else { throw RecordError("TextQuoteSelector without \"exact\"") }
                // Offsets from the file are untrusted: kept inside the document (a stored span must
                // always reopen), and never added without a bound (a start near Int.max would overflow).
                let start = min(max(position?.start ?? 0, 0), text.count)
                let end = min(start + min(exact.unicodeScalars.count, text.count), text.count)
                let stored = AnnotationTarget.span(document: doc.id, start: start, end: end,
                                                   quote: exact, prefix: q.prefix ?? "", suffix: q.suffix ?? "")
                if let found = TextAnchor.reanchor(stored, in: text) { return Resolved(target: found, orphaned: false) }
                return Resolved(target: stored, orphaned: true)
            }
            guard let p = position, let start = p.start, let end = p.end else {
                throw RecordError("target has no TextQuoteSelector or TextPositionSelector with start and end")
            }
            guard start >= 0, start < end, end <= text.count else {
                throw RecordError("TextPositionSelector \(start)-\(end) is outside \(doc.id) (\(text.count) code points)")
            }
            return Resolved(target: TextAnchor.span(in: text, document: doc.id, start: start, end: end), orphaned: false)
        }
    }

    private static func document(_ iri: String, in w: Workspace) throws(RecordError) -> Document {
        if iri.hasPrefix("urn:sha256:") {
            guard let d = w.document(withSHA256: String(iri.dropFirst(11)).lowercased()) else {
                throw RecordError("target \(iri): no loaded document has that content")
            }
            return d
        }
        if let id = suffixID(iri, "urn:dossier:document:", DocumentID.init), let d = w.document(id) { return d }
        if let d = w.documents.first(where: { $0.url == iri || $0.source == iri }) { return d }
        throw RecordError("target \(iri) is not a loaded document, entity or figure")
    }

    private static func suffixID<T>(_ iri: String, _ prefix: String, _ make: (Substring) -> T?) -> T? {
        iri.hasPrefix(prefix) ? make(iri.dropFirst(prefix.count)) : nil
    }

    /// What is wrong with one record.
    struct RecordError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}
