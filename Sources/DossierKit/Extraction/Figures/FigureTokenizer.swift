/// Splits a text into the tokens the figure scanner reads. Digits are grouped with their thousands
/// separators ("1,674,200.5", "1 234 567" with narrow spaces) when the grouping is regular; an
/// irregular list such as "22,24,26" becomes separate numbers.
struct FigureTokenizer: Sendable {
    /// Tokens of `scalars`, in order.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [FigureToken] {
        var out: [FigureToken] = []
        out.reserveCapacity(scalars.count / 4)
        var i = 0
        var space = true
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if c.value < 128 ? (c == " " || c == "\n" || c == "\t" || c == "\r") : c.properties.isWhitespace {
                space = true
                i += 1
                continue
            }
            if isDigit(c) || (c == "." && i + 1 < n && isDigit(scalars[i + 1]) && (i == 0 || !isDigit(scalars[i - 1]))) {
                let end = numberEnd(scalars, from: i)
                out.append(contentsOf: numberTokens(scalars, i, end, space: space))
                i = end
            } else if isLetter(c), c.value < 128 || CurrencyLexicon.symbols[String(Character(c))] == nil {
                var j = i + 1
                var ascii = c.value < 128
                while j < n, isLetter(scalars[j]) {
                    if scalars[j].value >= 128 { ascii = false }
                    j += 1
                }
                var t = FigureToken(kind: .word, start: i, end: j, spaceBefore: space, text: lowerCased(scalars[i..<j], ascii: ascii))
                t.isCapitalized = c.value < 128 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
                out.append(t)
                i = j
            } else {
                out.append(FigureToken(kind: .symbol, start: i, end: i + 1, spaceBefore: space,
                                       text: c.value < 128 ? asciiStrings[Int(c.value)] : String(Character(c))))
                i += 1
            }
            space = false
        }
        return out
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        return c.properties.isAlphabetic
    }

    static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Lower-cased text of a word; ASCII words skip the full Unicode case mapping.
    static func lowerCased(_ s: ArraySlice<Unicode.Scalar>, ascii: Bool) -> String {
        if ascii {
            return String(unsafeUninitializedCapacity: s.count) { buffer in
                for (k, c) in s.enumerated() { buffer[k] = UInt8(c.value >= 65 && c.value <= 90 ? c.value + 32 : c.value) }
                return s.count
            }
        }
        var word = ""
        word.unicodeScalars.append(contentsOf: s)
        return word.lowercased()
    }

    static func isGroupSpace(_ c: Unicode.Scalar) -> Bool { c == "\u{202F}" || c == "\u{2009}" || c == "\u{00A0}" }

    /// The end of the digit run starting at `i`, with separators that sit between digits.
    private static func numberEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        let n = s.count
        var j = i
        while j < n {
            if isDigit(s[j]) { j += 1; continue }
            if j + 1 < n, isDigit(s[j + 1]), s[j] == "," || s[j] == "." { j += 1; continue }
            if isGroupSpace(s[j]), j + 3 < n, isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]),
               j + 4 >= n || !isDigit(s[j + 4]) || (j > 0 && isDigit(s[j - 1])) {
                j += 1
                continue
            }
            // exponent: 1e10, 2E-3 (not followed by more letters)
            if (s[j] == "e" || s[j] == "E"), j > i {
                var k = j + 1
                if k < n, s[k] == "-" || s[k] == "+" { k += 1 }
                if k < n, isDigit(s[k]) {
                    while k < n, isDigit(s[k]) { k += 1 }
                    if k >= n || !s[k].properties.isAlphabetic { j = k }
                }
            }
            break
        }
        return j
    }

    /// One token for a regular number; several when commas separate an irregular list.
    private static func numberTokens(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, space: Bool) -> [FigureToken] {
        var raw = ""
        raw.unicodeScalars.append(contentsOf: s[start..<end])
        if let parsed = NumberText.parse(raw) {
            var t = FigureToken(kind: .number, start: start, end: end, spaceBefore: space, text: raw)
            t.value = parsed.value
            t.hasFraction = parsed.hasFraction
            t.isDottedIdentifier = parsed.isDotted
            t.isImprecise = parsed.isImprecise
            return [t]
        }
        // an irregular comma list: split at the commas
        var out: [FigureToken] = []
        var from = start
        var first = true
        for k in start...end where k == end || s[k] == "," {
            if k > from {
                out.append(contentsOf: numberTokens(s, from, k, space: first ? space : false))
            }
            if k < end { out.append(FigureToken(kind: .symbol, start: k, end: k + 1, spaceBefore: false, text: ",")) }
            from = k + 1
            first = false
        }
        return out
    }
}
