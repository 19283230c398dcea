import Foundation

/// Encodes a workspace as session JSON (fixed key order, one item per line: the same state gives the same
/// bytes) and decodes it back, naming exactly what is wrong with a bad file.
public enum SessionCodec {
    /// The session's bytes in the current version (see `ColumnarSessionWriter`).
    public static func encode(_ workspace: Workspace) throws -> [UInt8] {
        var writer = ColumnarSessionWriter(workspace)
        try writer.write(workspace)
        return writer.out.finish()
    }

    /// Writes the session in chunks of about a megabyte to `sink`, never holding it whole.
    static func encode(_ workspace: Workspace, to sink: @escaping (inout [UInt8]) throws -> Void) throws {
        var writer = ColumnarSessionWriter(workspace, flush: sink)
        try writer.write(workspace)
    }

    /// Decodes session bytes; `path` is only used in error messages. The format and version are
    /// found first without decoding anything else, so a wrong format or a future version is named
    /// at once; the current version is read by `ColumnarSessionReader`, older ones by `JSONDecoder`
    /// and then migrated.
    public static func decode(_ bytes: [UInt8], path: String) throws(SessionError) -> Workspace {
        let header = bytes.withUnsafeBufferPointer { scanHeader($0) }
        guard let header, header.format == SessionFile.formatName, let version = header.version,
              version == SessionFile.currentVersion
        else { return try decodeEarlier(bytes, path: path) }
        let workspace: Workspace, lengths: [DocumentID: Int]
        do {
            (workspace, lengths) = try bytes.withUnsafeBufferPointer { (b) throws(JSONScanError) in try ColumnarSessionReader.read(b) }
        } catch {
            let line = bytes.prefix(min(error.offset, bytes.count)).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            if error.problem.hasPrefix("the file ends") { throw .notJSON(path: path, detail: error.problem) }
            throw .invalid(path: path, detail: MessageText.oneLine(error.offset > 0 ? "\(error), line \(line)" : "\(error)"))
        }
        if let problem = SessionValidator.validate(workspace, lengths: lengths) { throw .invalid(path: path, detail: problem) }
        return workspace
    }

    /// `format` and `version` from the top-level object, skipping every other value unparsed; nil
    /// when the bytes are not a JSON object or either is missing or of the wrong type.
    static func scanHeader(_ bytes: UnsafeBufferPointer<UInt8>) -> SessionHeader? {
        var s = JSONScanner(bytes)
        var header = SessionHeader()
        do {
            try s.expect(UInt8(ascii: "{"))
            if s.peek() == UInt8(ascii: "}") { return nil }
            while true {
                let key = try s.readString()
                try s.expect(UInt8(ascii: ":"))
                switch key {
                case "format": header.format = try s.readString()
                case "version": header.version = try s.readInt()
                default: try s.skipValue()
                }
                if header.format != nil, header.version != nil { return header }
                guard s.peek() == UInt8(ascii: ",") else { return nil }
                try s.expect(UInt8(ascii: ","))
            }
        } catch {
            return nil
        }
    }

    /// Versions 1 and 2 (one pretty-printed object per item), and every file that is not a
    /// readable session, for the messages that say why.
    static func decodeEarlier(_ bytes: [UInt8], path: String) throws(SessionError) -> Workspace {
        let data = Data(bytes)
        let header: SessionHeader
        do {
            header = try JSONDecoder().decode(SessionHeader.self, from: data)
        } catch let DecodingError.typeMismatch(_, ctx) where ctx.codingPath.isEmpty {
            throw .notASession(path: path, detail: "the top level is not an object")
        } catch {
            throw .notJSON(path: path, detail: jsonProblem(error, bytes: bytes))
        }
        guard let format = header.format else { throw .notASession(path: path, detail: "missing \"format\"") }
        guard format == SessionFile.formatName else {
            throw .notASession(path: path, detail: "\"format\" is \"\(format)\", expected \"\(SessionFile.formatName)\"")
        }
        guard let version = header.version else { throw .notASession(path: path, detail: "missing \"version\"") }
        guard version <= SessionFile.currentVersion else {
            throw .newerVersion(path: path, found: version, supported: SessionFile.currentVersion)
        }
        guard version >= 1 else { throw .invalid(path: path, detail: "\"version\" \(version) is not a valid version") }
        let file: SessionFile
        do {
            file = try JSONDecoder().decode(SessionFile.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(path: path, detail: MessageText.oneLine(describe(error)))
        } catch {
            throw .invalid(path: path, detail: MessageText.oneLine("\(error)"))
        }
        let workspace = file.workspace
        if let problem = SessionValidator.validate(workspace) { throw .invalid(path: path, detail: problem) }
        return migrate(workspace, from: version)
    }

    /// Brings a workspace decoded from an older version up to the current one.
    /// 1 → 2: quotes did not exist; they are found in each document's stored text, the stored
    /// entity mentions resolving their speakers, as loading the document would have.
    /// 2 → 3: the same data in a new layout; nothing to do.
    static func migrate(_ workspace: Workspace, from version: Int,
                        quoteExtractor: any QuoteExtracting = QuoteExtractor()) -> Workspace {
        var w = workspace
        if version < 2 { w.extractQuotes(with: quoteExtractor) }
        return w
    }

    /// Turns a decoding error into words: what is wrong, and where in the file.
    static func describe(_ error: DecodingError) -> String {
        let (problem, path) = describeParts(error)
        return problem + " " + (path.isEmpty ? "at the top level" : "at " + path)
    }

    /// What is wrong, and the path where (`documents[3].text`; empty at the top level).
    static func describeParts(_ error: DecodingError) -> (problem: String, path: String) {
        func path(_ keys: [any CodingKey]) -> String {
            let joined: String = keys.map { (k: any CodingKey) -> String in k.intValue.map { "[\($0)]" } ?? "." + k.stringValue }.joined()
            return String(joined.drop { (c: Character) in c == "." })
        }
        switch error {
        case let .keyNotFound(key, ctx): return ("missing \"\(key.stringValue)\"", path(ctx.codingPath))
        case let .typeMismatch(type, ctx): return ("expected \(typeName(type))", path(ctx.codingPath))
        case let .valueNotFound(type, ctx): return ("expected \(typeName(type)), found null", path(ctx.codingPath))
        case let .dataCorrupted(ctx): return (ctx.debugDescription, path(ctx.codingPath))
        @unknown default: return ("\(error)", "")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }

    /// Where a JSON syntax error is, as a line number, and whether the file is cut short.
    static func jsonProblem(_ error: any Error, bytes: [UInt8]) -> String {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return "the file is empty" }
        var depth = 0
        var inString = false
        var escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
            } else if b == 0x22 { inString = true } else if b == 0x7B || b == 0x5B { depth += 1 } else if b == 0x7D || b == 0x5D { depth -= 1 }
        }
        if depth > 0 || inString { return "the file ends too early: truncated?" }
        // JSONDecoder does not say where; JSONSerialization says "around character N".
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            if let range = detail.range(of: "character "),
               let offset = Int(detail[range.upperBound...].prefix { $0.isNumber }), offset <= bytes.count {
                let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                return "syntax error on line \(line)"
            }
        }
        return "syntax error"
    }
}
