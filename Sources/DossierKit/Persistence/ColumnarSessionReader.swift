import Foundation

/// Reads a version-3 session (see `ColumnarSessionWriter`) straight from its bytes into a
/// workspace: no JSON tree, IDs read as numbers, left-out words sliced back from the documents.
/// Throws a `JSONScanError` naming the byte offset and the path of what is wrong.
struct ColumnarSessionReader {
    private var counters = IDCounters()
    private var documents: [Document] = []
    private var entities: [Entity] = []
    private var figures: [Figure] = []
    private var quotes: [Quote] = []
    private var annotations: [Annotation] = []
    private var curation: [CurationStep] = []
    private var history: [String] = []
    private var slicers: [DocumentID: CodePointSlicer] = [:]

    /// The workspace, and each document's length in code points (for the validator).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONScanError) -> (Workspace, [DocumentID: Int]) {
        var reader = ColumnarSessionReader()
        var s = JSONScanner(bytes)
        var seen = Set<String>()
        try s.readObject { (s, key) throws(JSONScanError) in
            // Left-out words are sliced from the documents, so they must have been read first.
            if ["entities", "figures", "quotes"].contains(key), !seen.contains("documents") {
                throw s.unexpected("\"\(key)\" comes before \"documents\"")
            }
            seen.insert(key)
            switch key {
            case "counters": try reader.readCounters(&s)
            case "documents":
                try s.readArray { (s, _) throws(JSONScanError) in
                    try reader.documents.append(Self.document(&s))
                }
                for d in reader.documents { reader.slicers[d.id] = CodePointSlicer(d.text) }
            case "entities":
                try s.readArray { (s, _) throws(JSONScanError) in
                    try reader.entities.append(reader.entity(&s))
                }
            case "figures":
                try s.readArray { (s, _) throws(JSONScanError) in
                    try reader.figureRun(&s)
                }
            case "quotes":
                try s.readArray { (s, _) throws(JSONScanError) in
                    try reader.quoteRun(&s)
                }
            case "annotations": reader.annotations = try Self.decodeSlice([Annotation].self, &s)
            case "curation": reader.curation = try Self.decodeSlice([CurationStep].self, &s)
            case "history":
                try s.readArray { (s, _) throws(JSONScanError) in reader.history.append(try s.readString()) }
            default: try s.skipValue()
            }
        }
        guard s.atEnd() else { throw s.unexpected("unexpected text after the session") }
        for key in ["counters", "documents", "entities", "figures", "quotes", "annotations", "curation", "history"] where !seen.contains(key) {
            throw JSONScanError(offset: 0, problem: "missing \"\(key)\" at the top level")
        }
        let workspace = Workspace(documents: reader.documents, entities: reader.entities, figures: reader.figures,
                                  annotations: reader.annotations, curation: reader.curation, counters: reader.counters,
                                  history: reader.history, quotes: reader.quotes)
        return (workspace, reader.slicers.mapValues(\.count))
    }

    // MARK: Parts

    private mutating func readCounters(_ s: inout JSONScanner) throws(JSONScanError) {
        var c = IDCounters()
        try s.readObject { (s, key) throws(JSONScanError) in
            switch key {
            case "annotations": c.annotations = try s.readInt()
            case "documents": c.documents = try s.readInt()
            case "entities": c.entities = try s.readInt()
            case "figures": c.figures = try s.readInt()
            case "quotes": c.quotes = try s.readInt()
            default: try s.skipValue()
            }
        }
        counters = c
    }

    private static func document(_ s: inout JSONScanner) throws(JSONScanError) -> Document {
        var id: DocumentID?, title: String?, source: String?, format: String?, sha: String?, loadedAt: String?
        var text: String?, words: Int?
        var date: String?, authors: [String]?, site: String?, url: String?, language: String?
        var setAside: [String]?, userTitle: String?
        let start = s.position
        try s.readObject { (s, key) throws(JSONScanError) in
            switch key {
            case "id": id = try typedID(&s)
            case "title": title = try s.readString()
            case "userTitle": userTitle = try optionalString(&s)
            case "source": source = try s.readString()
            case "format": format = try s.readString()
            case "sha256": sha = try s.readString()
            case "loadedAt": loadedAt = try s.readString()
            case "date": date = try optionalString(&s)
            case "authors": authors = try optionalStrings(&s)
            case "siteName": site = try optionalString(&s)
            case "url": url = try optionalString(&s)
            case "language": language = try optionalString(&s)
            case "words": words = try s.readInt()
            case "setAside": setAside = try optionalStrings(&s)
            case "text": text = try s.readString()
            default: try s.skipValue()
            }
        }
        func need<T>(_ v: T?, _ key: String) throws(JSONScanError) -> T {
            guard let v else { throw JSONScanError(offset: start, problem: "missing \"\(key)\"") }
            return v
        }
        var d = Document(id: try need(id, "id"), title: try need(title, "title"), source: try need(source, "source"),
                         format: try need(format, "format"), sha256: try need(sha, "sha256"),
                         loadedAt: try need(loadedAt, "loadedAt"), date: date, authors: authors, siteName: site,
                         url: url, language: language, words: try need(words, "words"), text: try need(text, "text"))
        d.setAside = setAside
        d.userTitle = userTitle
        return d
    }

    private func entity(_ s: inout JSONScanner) throws(JSONScanError) -> Entity {
        var id: EntityID?, name: String?, type: EntityType?, aliases: [String] = [], origin = Entity.Origin.extracted
        var rejected = false, links: [EntityLink]?, mentions: [Mention] = []
        let start = s.position
        try s.readObject { (s, key) throws(JSONScanError) in
            switch key {
            case "id": id = try Self.typedID(&s)
            case "name": name = try s.readString()
            case "type": type = try Self.rawValue(&s)
            case "aliases": aliases = try Self.strings(&s)
            case "origin": origin = try Self.rawValue(&s)
            case "rejected": rejected = try s.readBool()
            case "links": links = try Self.links(&s)
            case "mentions": mentions = try self.mentions(&s)
            default: try s.skipValue()
            }
        }
        guard let id else { throw JSONScanError(offset: start, problem: "missing \"id\"") }
        guard let name else { throw JSONScanError(offset: start, problem: "missing \"name\"") }
        guard let type else { throw JSONScanError(offset: start, problem: "missing \"type\"") }
        var e = Entity(id: id, name: name, type: type, aliases: aliases, mentions: mentions, origin: origin, rejected: rejected)
        e.links = links
        return e
    }

    private func mentions(_ s: inout JSONScanner) throws(JSONScanError) -> [Mention] {
        var docs: [Int] = [], starts: [Int] = [], ends: [Int] = []
        var texts: [Int: String] = [:], types: [Int: String] = [:], roles: [Int: String] = [:]
        let start = s.position
        try s.readObject { (s, key) throws(JSONScanError) in
            switch key {
            case "document": docs = try Self.ints(&s)
            case "start": starts = try Self.ints(&s)
            case "end": ends = try Self.ints(&s)
            case "text": texts = try Self.sparse(&s)
            case "type": types = try Self.sparse(&s)
            case "role": roles = try Self.sparse(&s)
            default: try s.skipValue()
            }
        }
        guard docs.count == starts.count, docs.count == ends.count else {
            throw JSONScanError(offset: start, problem: "\"document\", \"start\" and \"end\" differ in length")
        }
        var out: [Mention] = []
        out.reserveCapacity(docs.count)
        for i in docs.indices {
            let doc = DocumentID(docs[i])
            var type: EntityType?
            if !types.isEmpty, let t = types[i] {
                guard let parsed = EntityType(rawValue: t) else { throw JSONScanError(offset: start, problem: "\(Self.quoted(t)) is not an entity type", path: "type") }
                type = parsed
            }
            let text = (texts.isEmpty ? nil : texts[i]) ?? slicers[doc]?.slice(starts[i], ends[i]) ?? ""
            out.append(Mention(document: doc, start: starts[i], end: ends[i], text: text, type: type, role: roles.isEmpty ? nil : roles[i]))
        }
        return out
    }

    private mutating func figureRun(_ s: inout JSONScanner) throws(JSONScanError) {
        var doc: DocumentID?, ids: [Int] = [], starts: [Int] = [], ends: [Int] = []
        var kinds: [String] = [], qualifiers: [String] = []
        var numbers: [String: [Double?]] = [:], texts: [String: [String?]] = [:], overrides: [Int: String] = [:]
        let start = s.position
        try s.readObject { (s, key) throws(JSONScanError) in
            switch key {
            case "document": doc = try Self.typedID(&s)
            case "id": ids = try Self.idNumbers(&s)
            case "start": starts = try Self.ints(&s)
            case "end": ends = try Self.ints(&s)
            case "kind": kinds = try Self.strings(&s)
            case "qualifier": qualifiers = try Self.strings(&s)
            case "value", "low", "high", "from", "to": numbers[key] = try Self.optionalDoubles(&s)
            case "unit", "currency", "date", "counts", "source", "change", "time": texts[key] = try Self.optionalStrings(&s)
            case "text": overrides = try Self.sparse(&s)
            default: try s.skipValue()
            }
        }
        guard let doc else { throw JSONScanError(offset: start, problem: "missing \"document\"") }
        let n = ids.count
        let columns = [starts.count, ends.count, kinds.count, qualifiers.count] + numbers.values.map(\.count) + texts.values.map(\.count)
        guard columns.allSatisfy({ $0 == n }) else { throw JSONScanError(offset: start, problem: "columns differ in length") }
        let slicer = slicers[doc]
        let value = numbers["value"], low = numbers["low"], high = numbers["high"], from = numbers["from"], to = numbers["to"]
        let unit = texts["unit"], currency = texts["currency"], date = texts["date"], counts = texts["counts"]
        let source = texts["source"], change = texts["change"], time = texts["time"]
        for i in 0..<n {
            guard let kind = FigureKind(rawValue: kinds[i]) else { throw JSONScanError(offset: start, problem: "\(Self.quoted(kinds[i])) is not a figure kind", path: "kind") }
            guard let qualifier = FigureQualifier(rawValue: qualifiers[i]) else {
                throw JSONScanError(offset: start, problem: "\(Self.quoted(qualifiers[i])) is not a qualifier", path: "qualifier")
            }
            var f = FigureFacts(start: starts[i], end: ends[i], text: (overrides.isEmpty ? nil : overrides[i]) ?? slicer?.slice(starts[i], ends[i]) ?? "",
                                kind: kind, value: value?[i], low: low?[i], high: high?[i],
                                unit: unit?[i], currency: currency?[i], date: date?[i],
                                qualifier: qualifier, counts: counts?[i], source: source?[i])
            if let c = change?[i] {
                guard let parsed = FigureChange(rawValue: c) else { throw JSONScanError(offset: start, problem: "\(Self.quoted(c)) is not a change", path: "change") }
                f.change = parsed
            }
            f.from = from?[i]
            f.to = to?[i]
            f.time = time?[i]
            figures.append(Figure(id: FigureID(ids[i]), document: doc, facts: f))
        }
    }

    private mutating func quoteRun(_ s: inout JSONScanner) throws(JSONScanError) {
        var doc: DocumentID?, ids: [Int] = [], kinds: [String] = []
        var parts: [[RawSpan]] = [], cues: [RawSpan?] = [], speakers: [RawSpan?] = [], names: [String?] = []
        var hasCue = false, hasSpeaker = false, hasEntity = false
        let start = s.position
        try s.readObject { (s, key) throws(JSONScanError) in
            switch key {
            case "document": doc = try Self.typedID(&s)
            case "id": ids = try Self.idNumbers(&s)
            case "kind": kinds = try Self.strings(&s)
            case "parts":
                try s.readArray { (s, _) throws(JSONScanError) in
                    var spans: [RawSpan] = []
                    try s.readArray { (s, _) throws(JSONScanError) in spans.append(try RawSpan.read(&s)) }
                    parts.append(spans)
                }
            case "cue":
                hasCue = true
                try s.readArray { (s, _) throws(JSONScanError) in cues.append(try s.readNull() ? nil : RawSpan.read(&s)) }
            case "speaker":
                hasSpeaker = true
                try s.readArray { (s, _) throws(JSONScanError) in speakers.append(try s.readNull() ? nil : RawSpan.read(&s)) }
            case "entity":
                hasEntity = true
                names = try Self.optionalStrings(&s)
            default: try s.skipValue()
            }
        }
        guard let doc else { throw JSONScanError(offset: start, problem: "missing \"document\"") }
        let n = ids.count
        guard kinds.count == n, parts.count == n, !hasCue || cues.count == n, !hasSpeaker || speakers.count == n,
              !hasEntity || names.count == n
        else { throw JSONScanError(offset: start, problem: "columns differ in length") }
        let slicer = slicers[doc]
        func span(_ r: RawSpan) -> TextSpan {
            TextSpan(start: r.start, end: r.end, text: r.text ?? slicer?.slice(r.start, r.end) ?? "")
        }
        for i in 0..<n {
            guard let kind = QuoteKind(rawValue: kinds[i]) else { throw JSONScanError(offset: start, problem: "\(Self.quoted(kinds[i])) is not a quote kind", path: "kind") }
            let speaker = (hasSpeaker ? speakers[i] : nil).map { QuoteSpeaker(span: span($0), entity: hasEntity ? names[i] : nil) }
            let facts = QuoteFacts(parts: parts[i].map(span), kind: kind, cue: (hasCue ? cues[i] : nil).map(span), speaker: speaker)
            quotes.append(Quote(id: QuoteID(ids[i]), document: doc, facts: facts))
        }
    }

    /// A span as written: `[start, end]`, or `[start, end, "text"]` when the text differs from the document's.
    private struct RawSpan {
        var start: Int, end: Int, text: String?

        static func read(_ s: inout JSONScanner) throws(JSONScanError) -> RawSpan {
            var values: [Int] = []
            var text: String?
            try s.readArray { (s, i) throws(JSONScanError) in
                if i < 2 { values.append(try s.readInt()) } else if i == 2 { text = try s.readString() } else { throw s.unexpected("a span has at most three values") }
            }
            guard values.count == 2 else { throw s.unexpected("a span is [start, end]") }
            return RawSpan(start: values[0], end: values[1], text: text)
        }
    }

    // MARK: Values

    /// A value from the file as shown in a one-line message: quoted, escaped, at most 40 characters.
    static func quoted(_ text: String) -> String {
        let short = text.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…" : text
        return short.debugDescription
    }

    private static func typedID<K>(_ s: inout JSONScanner) throws(JSONScanError) -> TypedID<K> {
        let at = s.position
        let text = try s.readString()
        guard let id = TypedID<K>(text) else { throw JSONScanError(offset: at, problem: "\(Self.quoted(text)) is not a \(K.prefix)N identifier") }
        return id
    }

    private static func rawValue<T: RawRepresentable>(_ s: inout JSONScanner) throws(JSONScanError) -> T where T.RawValue == String {
        let at = s.position
        let text = try s.readString()
        guard let v = T(rawValue: text) else { throw JSONScanError(offset: at, problem: "\(Self.quoted(text)) is not a valid value") }
        return v
    }

    private static func ints(_ s: inout JSONScanner) throws(JSONScanError) -> [Int] {
        var out: [Int] = []
        try s.readArray { (s, _) throws(JSONScanError) in out.append(try s.readInt()) }
        return out
    }

    /// ID numbers (`7` for `f7`): whole numbers from 1, as a written ID would be.
    private static func idNumbers(_ s: inout JSONScanner) throws(JSONScanError) -> [Int] {
        var out: [Int] = []
        try s.readArray { (s, _) throws(JSONScanError) in
            let n = try s.readInt()
            guard n > 0 else { throw s.unexpected("\(n) is not an ID number (they start at 1)") }
            out.append(n)
        }
        return out
    }

    private static func strings(_ s: inout JSONScanner) throws(JSONScanError) -> [String] {
        var out: [String] = []
        try s.readArray { (s, _) throws(JSONScanError) in out.append(try s.readString()) }
        return out
    }

    private static func optionalStrings(_ s: inout JSONScanner) throws(JSONScanError) -> [String?] {
        var out: [String?] = []
        try s.readArray { (s, _) throws(JSONScanError) in out.append(try s.readNull() ? nil : s.readString()) }
        return out
    }

    private static func optionalDoubles(_ s: inout JSONScanner) throws(JSONScanError) -> [Double?] {
        var out: [Double?] = []
        try s.readArray { (s, _) throws(JSONScanError) in out.append(try s.readNull() ? nil : s.readDouble()) }
        return out
    }

    private static func optionalString(_ s: inout JSONScanner) throws(JSONScanError) -> String? {
        try s.readNull() ? nil : s.readString()
    }

    private static func optionalStrings(_ s: inout JSONScanner) throws(JSONScanError) -> [String]? {
        try s.readNull() ? nil : strings(&s)
    }

    /// `{"3":"…"}` → [3: "…"]
    private static func sparse(_ s: inout JSONScanner) throws(JSONScanError) -> [Int: String] {
        var out: [Int: String] = [:]
        try s.readObject { (s, key) throws(JSONScanError) in
            guard let i = Int(key), i >= 0 else { throw s.unexpected("\(Self.quoted(key)) is not an item number") }
            out[i] = try s.readString()
        }
        return out
    }

    private static func links(_ s: inout JSONScanner) throws(JSONScanError) -> [EntityLink] {
        var out: [EntityLink] = []
        try s.readArray { (s, _) throws(JSONScanError) in
            var doc: DocumentID?, name: String?, reason: String?
            let at = s.position
            try s.readObject { (s, key) throws(JSONScanError) in
                switch key {
                case "document": doc = try typedID(&s)
                case "name": name = try s.readString()
                case "reason": reason = try s.readString()
                default: try s.skipValue()
                }
            }
            guard let doc, let name, let reason else { throw JSONScanError(offset: at, problem: "a link needs \"document\", \"name\" and \"reason\"") }
            out.append(EntityLink(document: doc, name: name, reason: reason))
        }
        return out
    }

    /// A small, rich part (annotations, curation) decoded by `JSONDecoder` from its own bytes.
    private static func decodeSlice<T: Decodable>(_ type: T.Type, _ s: inout JSONScanner) throws(JSONScanError) -> T {
        let range = try s.skipValue()
        do {
            return try JSONDecoder().decode(T.self, from: Data(UnsafeBufferPointer(rebasing: s.bytes[range])))
        } catch let error as DecodingError {
            let (problem, path) = SessionCodec.describeParts(error)
            throw JSONScanError(offset: range.lowerBound, problem: problem, path: path)
        } catch {
            throw JSONScanError(offset: range.lowerBound, problem: "\(error)")
        }
    }
}
