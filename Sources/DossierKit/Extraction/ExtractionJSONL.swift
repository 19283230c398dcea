import Foundation

/// The `dossier extract --jsonl` interface: one input line `{"id", "text"}` (or `"path"` to load a
/// file with the shell's loaders; other keys ignored) → one output line
/// `{"id", "entities": [{"start","end","type","text","entity"[,"role"]}], "figures": [...], "quotes": [...]}`
/// ("role": the title or office written before a person's name, when there is one; `quotes` when the
/// analyzer extracts quotes, as the standard one does).
/// Offsets are Unicode code points, end exclusive. Keep this stable: evaluation tools depend on it.
public struct ExtractionJSONL: Sendable {
    public var analyzer: TextAnalyzer
    public var reader: DocumentReader

    public init(analyzer: TextAnalyzer = .standard, reader: DocumentReader = DocumentReader()) {
        self.analyzer = analyzer
        self.reader = reader
    }

    /// Processes one input line; returns the output line (without newline) and an error message
    /// when the input could not be used (the output line then carries `"error"` and empty lists).
    public func process(_ line: String) -> (output: String, error: String?) {
        if line.allSatisfy(\.isWhitespace) { return (Self.failure(id: nil, "empty line"), "empty line") }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return (Self.failure(id: nil, "not a JSON object"), "not a JSON object")
            }
            object = parsed
        } catch {
            return (Self.failure(id: nil, "not valid JSON"), "not valid JSON")
        }
        let id = object["id"]
        var extra = ""
        let text: String
        var date = object["date"] as? String
        if let t = object["text"] as? String {
            text = t
        } else if let path = object["path"] as? String {
            do {
                let draft = try reader.read(path: path)
                text = draft.text
                date = date ?? draft.date
                extra = ", \"title\": " + JSONText.quote(draft.title) + ", \"body\": " + JSONText.quote(draft.text)
            } catch {
                return (Self.failure(id: id, error.description), error.description)
            }
        } else {
            return (Self.failure(id: id, "needs \"text\" or \"path\""), "needs \"text\" or \"path\"")
        }
        let analysis = analyzer.analyze(text, documentDate: date)
        return ("{\"id\": " + Self.json(id) + extra + ", \"entities\": [" + analysis.entities.map(Self.entity).joined(separator: ", ")
                + "], \"figures\": [" + analysis.figures.map(Self.figure).joined(separator: ", ")
                + "]" + (analyzer.quoteExtractor == nil ? "" : ", \"quotes\": [" + analysis.quotes.map(Self.quote).joined(separator: ", ") + "]")
                + "}", nil)
    }

    static func failure(id: Any?, _ message: String) -> String {
        "{\"id\": " + json(id) + ", \"error\": " + JSONText.quote(message) + ", \"entities\": [], \"figures\": []}"
    }

    /// Writes an `id` back as it came (string, number or null).
    static func json(_ value: Any?) -> String {
        switch value {
        case let s as String: return JSONText.quote(s)
        case let n as NSNumber: return n.stringValue
        default: return "null"
        }
    }

    static func entity(_ m: EntityMentionFacts) -> String {
        "{\"start\": \(m.start), \"end\": \(m.end), \"type\": \"\((m.mentionType ?? m.type).rawValue)\", \"text\": \(JSONText.quote(m.text)), \"entity\": \(JSONText.quote(m.canonical))"
            + (m.role.map { ", \"role\": " + JSONText.quote($0) } ?? "") + "}"
    }

    /// A figure with only the keys that apply.
    static func figure(_ f: FigureFacts) -> String {
        var parts = ["\"start\": \(f.start)", "\"end\": \(f.end)", "\"text\": " + JSONText.quote(f.text),
                     "\"kind\": \"\(f.kind.rawValue)\""]
        if let v = f.value { parts.append("\"value\": " + JSONText.value(.double(v))) }
        if f.kind == .range || f.kind == .score {
            parts.append("\"low\": " + JSONText.value(Cell(f.low)))
            parts.append("\"high\": " + JSONText.value(Cell(f.high)))
        }
        if let d = f.date { parts.append("\"date\": " + JSONText.quote(d)) }
        if let t = f.time { parts.append("\"time\": " + JSONText.quote(t)) }
        if let u = f.unit { parts.append("\"unit\": " + JSONText.quote(u)) }
        if let c = f.currency { parts.append("\"currency\": " + JSONText.quote(c)) }
        parts.append("\"qualifier\": \"\(f.qualifier.rawValue)\"")
        if let c = f.counts { parts.append("\"counts\": " + JSONText.quote(c)) }
        if let s = f.source { parts.append("\"source\": " + JSONText.quote(s)) }
        if let c = f.change { parts.append("\"change\": \"\(c.rawValue)\"") }
        if let v = f.from { parts.append("\"from\": " + JSONText.value(.double(v))) }
        if let v = f.to { parts.append("\"to\": " + JSONText.value(.double(v))) }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// A quote: `start`/`end` (or `parts` when interrupted), `text`, `kind`, `cue`, `speaker` (null when none).
    static func quote(_ q: QuoteFacts) -> String {
        var parts: [String] = []
        if q.parts.count == 1 {
            parts += ["\"start\": \(q.start)", "\"end\": \(q.end)"]
        } else {
            parts.append("\"parts\": [" + q.parts.map { "[\($0.start), \($0.end)]" }.joined(separator: ", ") + "]")
        }
        parts.append("\"text\": " + JSONText.quote(q.text))
        parts.append("\"kind\": \"\(q.kind.rawValue)\"")
        parts.append("\"cue\": " + (q.cue.map(span) ?? "null"))
        if let sp = q.speaker {
            parts.append("\"speaker\": {\"start\": \(sp.span.start), \"end\": \(sp.span.end), \"text\": " + JSONText.quote(sp.span.text)
                         + ", \"entity\": " + (sp.entity.map(JSONText.quote) ?? "null") + "}")
        } else {
            parts.append("\"speaker\": null")
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    static func span(_ s: TextSpan) -> String {
        "{\"start\": \(s.start), \"end\": \(s.end), \"text\": " + JSONText.quote(s.text) + "}"
    }
}
