import Foundation

/// Encodes a workspace as session JSON (sorted keys, stable order: the same state gives the same
/// bytes) and decodes it back, naming exactly what is wrong with a bad file.
public enum SessionCodec {
    public static func encode(_ workspace: Workspace) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(SessionFile(workspace))
        data.append(0x0A)
        return [UInt8](data)
    }

    /// Decodes session bytes; `path` is only used in error messages.
    public static func decode(_ bytes: [UInt8], path: String) throws(SessionError) -> Workspace {
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
            throw .invalid(path: path, detail: describe(error))
        } catch {
            throw .invalid(path: path, detail: "\(error)")
        }
        if let problem = SessionValidator.validate(file) { throw .invalid(path: path, detail: problem) }
        return migrate(file.workspace, from: version)
    }

    /// Brings a workspace decoded from an older version up to the current one.
    /// 1 → 2: quotes did not exist; they are found in each document's stored text, the stored
    /// entity mentions resolving their speakers, as loading the document would have.
    static func migrate(_ workspace: Workspace, from version: Int,
                        quoteExtractor: any QuoteExtracting = QuoteExtractor()) -> Workspace {
        var w = workspace
        if version < 2 { w.extractQuotes(with: quoteExtractor) }
        return w
    }

    /// Turns a decoding error into words: what is wrong, and where in the file.
    static func describe(_ error: DecodingError) -> String {
        func where_(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "at the top level" : "at " + path.map { k in
                k.intValue.map { "[\($0)]" } ?? "." + k.stringValue
            }.joined().drop { $0 == "." }
        }
        switch error {
        case let .keyNotFound(key, ctx): return "missing \"\(key.stringValue)\" \(where_(ctx.codingPath))"
        case let .typeMismatch(type, ctx): return "expected \(typeName(type)) \(where_(ctx.codingPath))"
        case let .valueNotFound(type, ctx): return "expected \(typeName(type)), found null \(where_(ctx.codingPath))"
        case let .dataCorrupted(ctx): return "\(ctx.debugDescription) \(where_(ctx.codingPath))"
        @unknown default: return "\(error)"
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
