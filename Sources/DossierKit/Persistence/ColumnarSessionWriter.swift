import Foundation

/// Writes a workspace as a version-3 session: one line per document, entity, figure group, quote
/// group, annotation, curation step and history line, in a fixed key order, so the same state
/// gives the same bytes and a change shows as a changed line. Bulk data is columnar: an entity's
/// mentions, and the figures and quotes of a run of one document, are parallel arrays. Words that
/// the document's text already holds at an item's offsets are not written again. See `SessionFile`.
struct ColumnarSessionWriter {
    var out: JSONWriter
    private let slicers: [DocumentID: CodePointSlicer]

    init(_ workspace: Workspace, flush: ((inout [UInt8]) throws -> Void)? = nil) {
        out = JSONWriter(flush: flush)
        var s: [DocumentID: CodePointSlicer] = [:]
        for d in workspace.documents { s[d.id] = CodePointSlicer(d.text) }
        slicers = s
    }

    /// Writes the whole session; with a `flush`, bytes leave the buffer as they are produced.
    mutating func write(_ w: Workspace) throws {
        out.raw("{\"format\":")
        out.string(SessionFile.formatName)
        out.raw(",\"version\":")
        out.int(SessionFile.currentVersion)
        out.raw(",\n\"counters\":")
        counters(w.counters)
        try section("documents", w.documents) { $0.document($1) }
        try section("entities", w.entities) { $0.entity($1) }
        try section("figures", Self.runs(w.figures, \.document)) { $0.figures($1) }
        try section("quotes", Self.runs(w.quotes, \.document)) { $0.quotes($1) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try section("annotations", w.annotations) { try $0.out.append(encoder.encode($1)) }
        try section("curation", w.curation) { try $0.out.append(encoder.encode($1)) }
        try section("history", w.history) { $0.out.string($1) }
        out.raw("}\n")
        try out.flushIfNeeded(final: true)
    }

    /// `,\n"name":[\n item,\n item\n]` — one item per line.
    private mutating func section<T>(_ name: StaticString, _ items: [T],
                                     _ item: (inout Self, T) throws -> Void) throws {
        out.raw(",\n\"")
        out.raw(name)
        out.raw("\":[")
        for (i, x) in items.enumerated() {
            out.raw(i == 0 ? "\n" : ",\n")
            try item(&self, x)
            try out.flushIfNeeded()
        }
        out.raw(items.isEmpty ? "]" : "\n]")
    }

    /// Maximal runs of consecutive items of the same document, in order (figures and quotes are
    /// grouped without being reordered).
    static func runs<T>(_ items: [T], _ document: (T) -> DocumentID) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var start = 0
        for i in items.indices where i > start && document(items[i]) != document(items[start]) {
            out.append(items[start..<i])
            start = i
        }
        if start < items.count { out.append(items[start...]) }
        return out
    }

    private mutating func counters(_ c: IDCounters) {
        out.raw("{\"annotations\":"); out.int(c.annotations)
        out.raw(",\"documents\":"); out.int(c.documents)
        out.raw(",\"entities\":"); out.int(c.entities)
        out.raw(",\"figures\":"); out.int(c.figures)
        out.raw(",\"quotes\":"); out.int(c.quotes)
        out.raw("}")
    }

    private mutating func document(_ d: Document) {
        out.raw("{\"id\":"); out.string(d.id.description)
        out.raw(",\"title\":"); out.string(d.title)
        if let t = d.userTitle { out.raw(",\"userTitle\":"); out.string(t) }
        out.raw(",\"source\":"); out.string(d.source)
        out.raw(",\"format\":"); out.string(d.format)
        out.raw(",\"sha256\":"); out.string(d.sha256)
        out.raw(",\"loadedAt\":"); out.string(d.loadedAt)
        if let v = d.date { out.raw(",\"date\":"); out.string(v) }
        if let v = d.authors { out.raw(",\"authors\":"); out.strings(v) }
        if let v = d.siteName { out.raw(",\"siteName\":"); out.string(v) }
        if let v = d.url { out.raw(",\"url\":"); out.string(v) }
        if let v = d.language { out.raw(",\"language\":"); out.string(v) }
        out.raw(",\"words\":"); out.int(d.words)
        if let v = d.setAside { out.raw(",\"setAside\":"); out.strings(v) }
        out.raw(",\"text\":"); out.string(d.text)
        out.raw("}")
    }

    private mutating func entity(_ e: Entity) {
        out.raw("{\"id\":"); out.string(e.id.description)
        out.raw(",\"name\":"); out.string(e.name)
        out.raw(",\"type\":"); out.string(e.type.rawValue)
        out.raw(",\"aliases\":"); out.strings(e.aliases)
        out.raw(",\"origin\":"); out.string(e.origin.rawValue)
        out.raw(",\"rejected\":"); out.raw(e.rejected ? "true" : "false")
        if let links = e.links {
            out.raw(",\"links\":[")
            for (i, l) in links.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                out.raw("{\"document\":"); out.string(l.document.description)
                out.raw(",\"name\":"); out.string(l.name)
                out.raw(",\"reason\":"); out.string(l.reason)
                out.raw("}")
            }
            out.raw("]")
        }
        let m = e.mentions
        out.raw(",\"mentions\":{\"document\":"); out.ints(m.lazy.map(\.document.number))
        out.raw(",\"start\":"); out.ints(m.lazy.map(\.start))
        out.raw(",\"end\":"); out.ints(m.lazy.map(\.end))
        sparse("text", m) { [slicers] x in slicers[x.document]?.holds(x.text, x.start, x.end) == true ? nil : x.text }
        sparse("type", m) { $0.type?.rawValue }
        sparse("role", m) { $0.role }
        out.raw("}}")
    }

    /// `,"name":{"3":"…","17":"…"}` for the items that have a value; nothing when none has.
    private mutating func sparse<T>(_ name: StaticString, _ items: [T], _ value: (T) -> String?) {
        var first = true
        for (i, x) in items.enumerated() {
            guard let v = value(x) else { continue }
            if first { out.raw(",\""); out.raw(name); out.raw("\":{") } else { out.byte(UInt8(ascii: ",")) }
            first = false
            out.byte(UInt8(ascii: "\"")); out.int(i); out.raw("\":")
            out.string(v)
        }
        if !first { out.raw("}") }
    }

    /// `,"name":[…]` with one value per item (null for none); nothing when no item has a value.
    private mutating func column<T>(_ name: StaticString, _ items: ArraySlice<T>, _ write: (inout JSONWriter, T) -> Bool) {
        var probe = JSONWriter()
        guard items.contains(where: { write(&probe, $0) }) else { return }
        out.raw(",\""); out.raw(name); out.raw("\":[")
        for (i, x) in items.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            if !write(&out, x) { out.raw("null") }
        }
        out.raw("]")
    }

    private mutating func figures(_ run: ArraySlice<Figure>) {
        guard let first = run.first else { return }
        out.raw("{\"document\":"); out.string(first.document.description)
        out.raw(",\"id\":"); out.ints(run.lazy.map(\.id.number))
        out.raw(",\"start\":"); out.ints(run.lazy.map(\.facts.start))
        out.raw(",\"end\":"); out.ints(run.lazy.map(\.facts.end))
        out.raw(",\"kind\":"); out.strings(run.map(\.facts.kind.rawValue))
        out.raw(",\"qualifier\":"); out.strings(run.map(\.facts.qualifier.rawValue))
        func number(_ v: Double?, _ o: inout JSONWriter) -> Bool { if let v { o.double(v); return true }; return false }
        func text(_ v: String?, _ o: inout JSONWriter) -> Bool { if let v { o.string(v); return true }; return false }
        column("value", run) { number($1.facts.value, &$0) }
        column("low", run) { number($1.facts.low, &$0) }
        column("high", run) { number($1.facts.high, &$0) }
        column("unit", run) { text($1.facts.unit, &$0) }
        column("currency", run) { text($1.facts.currency, &$0) }
        column("date", run) { text($1.facts.date, &$0) }
        column("counts", run) { text($1.facts.counts, &$0) }
        column("source", run) { text($1.facts.source, &$0) }
        column("change", run) { text($1.facts.change?.rawValue, &$0) }
        column("from", run) { number($1.facts.from, &$0) }
        column("to", run) { number($1.facts.to, &$0) }
        column("time", run) { text($1.facts.time, &$0) }
        let slicer = slicers[first.document]
        sparse("text", Array(run)) { f in slicer?.holds(f.facts.text, f.facts.start, f.facts.end) == true ? nil : f.facts.text }
        out.raw("}")
    }

    private mutating func quotes(_ run: ArraySlice<Quote>) {
        guard let first = run.first else { return }
        let slicer = slicers[first.document]
        out.raw("{\"document\":"); out.string(first.document.description)
        out.raw(",\"id\":"); out.ints(run.lazy.map(\.id.number))
        out.raw(",\"kind\":"); out.strings(run.map(\.facts.kind.rawValue))
        func span(_ s: TextSpan, _ o: inout JSONWriter) {
            o.byte(UInt8(ascii: "[")); o.int(s.start); o.byte(UInt8(ascii: ",")); o.int(s.end)
            if slicer?.holds(s.text, s.start, s.end) != true { o.byte(UInt8(ascii: ",")); o.string(s.text) }
            o.byte(UInt8(ascii: "]"))
        }
        out.raw(",\"parts\":[")
        for (i, q) in run.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.byte(UInt8(ascii: "["))
            for (j, p) in q.facts.parts.enumerated() {
                if j > 0 { out.byte(UInt8(ascii: ",")) }
                span(p, &out)
            }
            out.byte(UInt8(ascii: "]"))
        }
        out.raw("]")
        column("cue", run) { o, q in q.facts.cue.map { span($0, &o); return true } ?? false }
        column("speaker", run) { o, q in q.facts.speaker.map { span($0.span, &o); return true } ?? false }
        column("entity", run) { o, q in q.facts.speaker?.entity.map { o.string($0); return true } ?? false }
        out.raw("}")
    }
}
