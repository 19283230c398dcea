/// Reads JSON values one at a time, in order, straight from UTF-8 bytes: no tree is built, so a
/// reader takes what it wants and skips the rest. Every read checks its input and throws a
/// `JSONScanError` with the byte offset; nothing traps on malformed or hostile bytes.
/// The bytes must outlive the scanner (use it inside `withUnsafeBufferPointer`).
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// How deep `skipValue` may nest before it refuses (no recursion, but a bound all the same).
    static let depthLimit = 10_000

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    // MARK: Structure

    /// The next significant byte, without consuming it; nil at the end.
    mutating func peek() -> UInt8? {
        skipSpace()
        return position < bytes.count ? bytes[position] : nil
    }

    mutating func expect(_ byte: UInt8) throws(JSONScanError) {
        guard peek() == byte else { throw unexpected("expected '\(Character(Unicode.Scalar(byte)))'") }
        position += 1
    }

    /// Calls `body` with each key of an object, the scanner placed at its value; `body` must read
    /// or skip the value. An error from `body` gets the key added to its path.
    mutating func readObject(_ body: (inout JSONScanner, String) throws(JSONScanError) -> Void) throws(JSONScanError) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") { position += 1; return }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw unexpected("expected a key in quotes") }
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            do { try body(&self, key) } catch { throw error.inside(key) }
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return
            default: throw unexpected("expected ',' or '}'")
            }
        }
    }

    /// Calls `body` with each element's index, the scanner placed at the element. An error from
    /// `body` gets `[index]` added to its path.
    mutating func readArray(_ body: (inout JSONScanner, Int) throws(JSONScanError) -> Void) throws(JSONScanError) {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") { position += 1; return }
        var index = 0
        while true {
            do { try body(&self, index) } catch { throw error.inside("[\(index)]") }
            index += 1
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return
            default: throw unexpected("expected ',' or ']'")
            }
        }
    }

    /// Consumes `null` and returns true, or returns false when the next value is something else.
    mutating func readNull() throws(JSONScanError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func readBool() throws(JSONScanError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw unexpected("expected true or false")
        }
    }

    // MARK: Numbers

    /// An integer that fits an `Int`; a fraction, exponent or overflow is an error.
    mutating func readInt() throws(JSONScanError) -> Int {
        skipSpace()
        let start = position
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        var value = 0
        var digits = 0
        while position < bytes.count, case let b = bytes[position], b >= 0x30, b <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int(b - 0x30)) : m.addingReportingOverflow(Int(b - 0x30))
            guard !o1, !o2 else { position = start; throw unexpected("a number too large") }
            value = s
            digits += 1
            position += 1
        }
        let fraction = position < bytes.count
            && (bytes[position] == UInt8(ascii: ".") || bytes[position] | 0x20 == UInt8(ascii: "e"))
        if digits == 0 || fraction {
            position = start
            throw unexpected("expected a whole number")
        }
        return value
    }

    /// A JSON number as a `Double`.
    mutating func readDouble() throws(JSONScanError) -> Double {
        skipSpace()
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        while position < bytes.count, isNumberByte(bytes[position]) { position += 1 }
        guard position > digitsStart,
              let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)),
              value.isFinite
        else {
            position = start
            throw unexpected("expected a number")
        }
        return value
    }

    private func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    // MARK: Strings

    mutating func readString() throws(JSONScanError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("expected a string") }
        position += 1
        let start = position
        // Fast path: no escapes, the bytes are the string.
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw unexpected("a control character inside a string") }
            position += 1
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw unexpected("a control character inside a string") }
            if b != UInt8(ascii: "\\") { out.append(b); position += 1; continue }
            position += 1
            guard position < bytes.count else { break }
            let e = bytes[position]
            position += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate is followed by `\uDC00…\uDFFF`; a lone one becomes U+FFFD.
                    if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                        let save = position
                        position += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            position = save
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default:
                position -= 2
                throw unexpected("an unknown escape in a string")
            }
        }
        throw JSONScanError(offset: bytes.count, problem: "the file ends inside a string")
    }

    private mutating func hex4() throws(JSONScanError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw unexpected("a \\u escape cut short") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: throw unexpected("a bad \\u escape")
            }
            v = v << 4 | UInt32(d)
            position += 1
        }
        return v
    }

    // MARK: Skipping

    /// Skips one value of any kind and returns the byte range it occupied.
    @discardableResult
    mutating func skipValue() throws(JSONScanError) -> Range<Int> {
        guard let first = peek() else { throw unexpected("expected a value") }
        let start = position
        switch first {
        case UInt8(ascii: "\""): _ = try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            repeat {
                guard let b = peek() else { throw JSONScanError(offset: bytes.count, problem: "the file ends too early: truncated?") }
                switch b {
                case UInt8(ascii: "\""): try skipString()
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    guard depth <= Self.depthLimit else { throw unexpected("nesting deeper than \(Self.depthLimit)") }
                    position += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; position += 1
                case UInt8(ascii: ","), UInt8(ascii: ":"): position += 1
                case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
                case UInt8(ascii: "n"): _ = try readNull()
                default: _ = try readDouble()
                }
            } while depth > 0
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): _ = try readNull()
        default: _ = try readDouble()
        }
        return start..<position
    }

    private mutating func skipString() throws(JSONScanError) {
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""): position += 1; return
            case UInt8(ascii: "\\"): position += 2
            default: position += 1
            }
        }
        throw JSONScanError(offset: bytes.count, problem: "the file ends inside a string")
    }

    // MARK: Helpers

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Whether only white space is left.
    mutating func atEnd() -> Bool { peek() == nil }

    private mutating func literal(_ word: StaticString) throws(JSONScanError) {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count,
              (0..<n).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] })
        else { throw unexpected("expected \(word)") }
        position += n
    }

    /// An error at the current position naming what was expected or found.
    func unexpected(_ problem: String) -> JSONScanError {
        guard position < bytes.count else { return JSONScanError(offset: bytes.count, problem: "the file ends too early: truncated?") }
        return JSONScanError(offset: position, problem: problem)
    }
}
