/// Reads the value of a number written in digits: thousands separators ("1,674,200", Indian
/// "12,34,567", narrow spaces), decimal point or decimal comma ("5,00"), exponents ("1e10").
enum NumberText {
    struct Parsed: Equatable {
        var value: Double?
        var hasFraction: Bool
        /// Two or more dots: a version, IP address or dotted identifier, not a quantity.
        var isDotted: Bool
        /// More than 15 significant digits: the Double value is rounded.
        var isImprecise: Bool
    }

    /// nil when commas make an irregular list ("22,24,26") that should be read as several numbers.
    static func parse(_ raw: String) -> Parsed? {
        var text = raw
        var exponent = ""
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = String(text[e...])
            text = String(text[..<e])
        }
        text.removeAll { $0 == "\u{202F}" || $0 == "\u{2009}" || $0 == "\u{00A0}" }
        let dots = text.filter { $0 == "." }.count
        if dots >= 2 {
            return Parsed(value: nil, hasFraction: false, isDotted: true, isImprecise: false)
        }
        var intPart = text
        var fraction = ""
        if let d = text.firstIndex(of: ".") {
            intPart = String(text[..<d])
            fraction = String(text[text.index(after: d)...])
        }
        let groups = intPart.split(separator: ",", omittingEmptySubsequences: false)
        var digits: String
        var hasFraction = !fraction.isEmpty
        if groups.count == 1 {
            digits = intPart
        } else if regularThousands(groups) || indianThousands(groups) {
            digits = groups.joined()
        } else if groups.count == 2, fraction.isEmpty, (1...2).contains(groups[1].count), !groups[0].isEmpty {
            // decimal comma: "5,00", "1,3"
            digits = String(groups[0])
            fraction = String(groups[1])
            hasFraction = true
        } else {
            return nil
        }
        if digits.isEmpty { digits = "0" }
        let significant = (digits + fraction).drop { $0 == "0" }.count
        let literal = digits + (fraction.isEmpty ? "" : "." + fraction) + exponent
        var value = Double(literal)
        if let v = value, !v.isFinite { value = nil }
        return Parsed(value: value, hasFraction: hasFraction, isDotted: false, isImprecise: significant > 15 || value == nil)
    }

    private static func regularThousands(_ g: [Substring]) -> Bool {
        (1...3).contains(g[0].count) && g.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func indianThousands(_ g: [Substring]) -> Bool {
        g.count >= 3 && (1...2).contains(g[0].count) && g.last!.count == 3
            && g.dropFirst().dropLast().allSatisfy { $0.count == 2 }
    }
}
