/// Evaluates written numbers from atoms: cardinals ("one hundred and sixteen"), decimals ("nought
/// point nought three"), fractions ("two thirds", "one hundred thirty fifths"), mixed numbers
/// ("five and a quarter"), scaled fractions ("five and a half million") and ordinals ("twenty-first").
enum WordNumberParser {
    typealias Atom = NumberLexicon.Atom

    /// A value read from the first `count` atoms.
    struct Reading: Equatable {
        var value: Double
        var count: Int
        var isOrdinal: Bool
    }

    /// The longest prefix of `atoms` that reads as one number.
    static func longest(_ atoms: ArraySlice<Atom>, singularFractions: Bool = true) -> Reading? {
        var n = min(atoms.count, 24)
        while n > 0 {
            let slice = atoms.prefix(n)
            if let last = slice.last, isConnector(last) { n -= 1; continue }
            if let (v, ordinal) = evaluate(slice, singularFractions: singularFractions) {
                return Reading(value: v, count: n, isOrdinal: ordinal)
            }
            n -= 1
        }
        return nil
    }

    static func isConnector(_ a: Atom) -> Bool {
        switch a {
        case .and, .hyphen, .article, .point, .minus: true
        default: false
        }
    }

    /// The value of the whole slice, and whether it is an ordinal.
    static func evaluate(_ atoms: ArraySlice<Atom>, singularFractions: Bool = true) -> (Double, Bool)? {
        guard let first = atoms.first else { return nil }
        if first == .minus {
            guard let (v, o) = evaluate(atoms.dropFirst(), singularFractions: singularFractions), !o else { return nil }
            return (-v, false)
        }
        if let v = cardinal(atoms)?.value { return (v, false) }
        if let v = fraction(atoms, singularFractions: singularFractions) { return (v, false) }
        if let v = scaledFraction(atoms) { return (v, false) }
        if let v = mixed(atoms, singularFractions: singularFractions) { return (v, false) }
        if atoms.count == 1 || atoms.first != .article, let v = ordinalPhrase(atoms) { return (v, true) }
        return nil
    }

    // MARK: cardinals

    private enum Last { case start, article, unit, teen, tens, hyphen, hundred, scale, and, digits }

    /// A whole-slice cardinal; `lastScale` is the smallest scale word applied (1e6 in "3 million").
    static func cardinal(_ atoms: ArraySlice<Atom>) -> (value: Double, lastScale: Double?)? {
        var total = 0.0, current = 0.0
        var last = Last.start
        var lastScale: Double?
        var i = atoms.startIndex
        while i < atoms.endIndex {
            let atom = atoms[i]
            switch atom {
            case .article:
                guard last == .start, i + 1 < atoms.endIndex,
                      case .cardinal(_, let c) = atoms[i + 1], c == .hundred || c == .scale else { return nil }
                current = 1; last = .article
            case .cardinal(let v, let c):
                switch c {
                case .digits:
                    guard last == .start || last == .and else { return nil }
                    current += v; last = .digits
                case .unit:
                    guard [.start, .hundred, .scale, .and, .hyphen].contains(last) || (last == .tens) else { return nil }
                    current += v; last = .unit
                case .teen, .tens:
                    guard [.start, .hundred, .scale, .and].contains(last) else { return nil }
                    current += v; last = c == .teen ? .teen : .tens
                case .hundred:
                    guard [.unit, .teen, .tens, .digits, .article].contains(last),
                          current < 100 || last == .digits, current > 0 else { return nil }
                    current *= 100; last = .hundred
                case .scale where v == 12:
                    guard [.unit, .teen, .tens, .digits, .article].contains(last), current > 0 else { return nil }
                    current *= 12; last = .hundred
                case .scale:
                    if last == .scale, current == 0 {
                        guard let s = lastScale, v > s else { return nil }
                        total *= v
                    } else {
                        guard [.unit, .teen, .tens, .digits, .article, .hundred].contains(last), current > 0 else { return nil }
                        if let s = lastScale, v >= s { return nil }
                        total += current * v; current = 0
                    }
                    lastScale = v; last = .scale
                }
            case .and:
                guard last == .hundred || last == .scale else { return nil }
                last = .and
            case .hyphen:
                guard last == .tens else { return nil }
                last = .hyphen
            case .point:
                guard [.unit, .teen, .tens, .digits, .hundred, .scale].contains(last) else { return nil }
                guard let d = decimals(atoms[(i + 1)...]) else { return nil }
                return (total + current + d, lastScale)
            default:
                return nil
            }
            i += 1
        }
        guard ![.start, .article, .and, .hyphen].contains(last) else { return nil }
        return (total + current, lastScale)
    }

    /// "nought three" → 0.03, "eleven" → 0.11, "zero eight" → 0.08.
    private static func decimals(_ atoms: ArraySlice<Atom>) -> Double? {
        guard !atoms.isEmpty else { return nil }
        var digits = ""
        for a in atoms {
            guard case .cardinal(let v, let c) = a, c == .unit || c == .teen || c == .tens else { return nil }
            digits += String(Int(v))
        }
        return Double("0." + digits)
    }

    // MARK: fractions

    /// "two thirds", "a fifth", "one hundred thirty fifths" (100/35), "three quarters", "one-eighth".
    static func fraction(_ atoms: ArraySlice<Atom>, singularFractions: Bool) -> Double? {
        guard atoms.count >= 2, let last = atoms.last else { return nil }
        let body = atoms.dropLast()
        switch last {
        case .fractionWord(let den):
            let numerator = body.last == .hyphen ? body.dropLast() : body
            guard numerator.count == 1, let n = smallNumerator(numerator.first!) else { return nil }
            return n / den
        case .ordinal(_, _, let plural):
            guard plural || singularFractions else { return nil }
            for k in atoms.startIndex + 1..<atoms.endIndex {
                var num = atoms[atoms.startIndex..<k]
                let den = atoms[k...]
                if num.last == .hyphen {
                    num = num.dropLast()
                    // "fifty-four hundredths": a hyphen inside the numerator, not before the denominator
                    if case .cardinal(_, .tens)? = num.last, case .cardinal(_, .unit)? = den.first { continue }
                }
                if !plural {
                    guard num.count == 1, let n = smallNumerator(num.first!), n == 1 else { continue }
                }
                guard let first = den.first, startsDenominator(first),
                      let d = ordinalPhrase(den), d >= 3 || d == 1 && den.count > 1 else { continue }
                let n: Double
                if num.count == 1, num.first == .article { n = 1 } else if let c = cardinal(num) { n = c.value } else { continue }
                return n / d
            }
            return nil
        default:
            return nil
        }
    }

    private static func smallNumerator(_ a: Atom) -> Double? {
        switch a {
        case .article: 1
        case .cardinal(let v, let c) where c == .unit || c == .teen || c == .digits: v
        default: nil
        }
    }

    private static func startsDenominator(_ a: Atom) -> Bool {
        switch a {
        case .cardinal(_, let c): c == .unit || c == .teen || c == .tens
        case .ordinal: true
        default: false
        }
    }

    /// "half million", "a quarter million", "three quarters million" (a fraction times a scale).
    static func scaledFraction(_ atoms: ArraySlice<Atom>) -> Double? {
        guard atoms.count >= 2, case .cardinal(let s, .scale) = atoms.last!, s >= 1000 else { return nil }
        let body = atoms.dropLast()
        if body.count == 1, case .fractionWord(let den) = body.first! { return s / den }
        if body.count == 2, body.first == .article, case .fractionWord(let den) = body.last! { return s / den }
        if let f = fraction(body, singularFractions: true) { return f * s }
        return nil
    }

    /// "five and a quarter", "one million and a half" (1.5 million), "one billion and three quarters
    /// million", "five and a half million", "twenty and three and three fifths".
    static func mixed(_ atoms: ArraySlice<Atom>, singularFractions: Bool) -> Double? {
        guard let j = atoms.lastIndex(of: .and), j > atoms.startIndex, j + 1 < atoms.endIndex else { return nil }
        var right = atoms[(j + 1)...]
        var scale: Double?
        if right.count >= 2, case .cardinal(let s, .scale) = right.last!, s >= 1000 {
            scale = s
            right = right.dropLast()
        }
        let f: Double
        if right.count == 1, case .fractionWord(let den) = right.first! { f = 1 / den }
        else if let x = fraction(right, singularFractions: true) { f = x } else { return nil }
        let left = atoms[..<j]
        let whole: Double
        var leftScale: Double?
        if let c = cardinal(left) {
            whole = c.value; leftScale = c.lastScale
        } else if let parts = sumOfCardinals(left) {
            whole = parts
        } else {
            return nil
        }
        if let scale {
            if let ls = leftScale, ls > scale { return whole + f * scale }
            return (whole + f) * scale
        }
        if let ls = leftScale { return whole + f * ls }
        return whole + f
    }

    /// "twenty and three" read as 23 when the parts are each cardinals.
    private static func sumOfCardinals(_ atoms: ArraySlice<Atom>) -> Double? {
        let parts = atoms.split(separator: .and, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var sum = 0.0
        for p in parts {
            guard let v = cardinal(p)?.value else { return nil }
            sum += v
        }
        return sum
    }

    // MARK: ordinals

    /// "tenth", "twenty-first", "one hundredth", "thirty fifth", "one thousand fifth".
    static func ordinalPhrase(_ atoms: ArraySlice<Atom>) -> Double? {
        guard case .ordinal(let v, let c, _) = atoms.last! else { return nil }
        var prefix = atoms.dropLast()
        if prefix.isEmpty { return v }
        if prefix.first == .article { return nil }
        switch c {
        case .unit, .teen, .tens:
            if prefix.last == .hyphen {
                prefix = prefix.dropLast()
                guard case .cardinal(_, .tens) = prefix.last ?? .and, c == .unit else { return nil }
            }
            guard let lastAtom = prefix.last else { return nil }
            switch lastAtom {
            case .cardinal(_, .tens): guard c == .unit else { return nil }
            case .cardinal(_, .hundred), .cardinal(_, .scale), .and: break
            default: return nil
            }
            let body = lastAtom == .and ? prefix.dropLast() : prefix
            guard let p = cardinal(body) else { return nil }
            return p.value + v
        case .hundred, .scale:
            guard let p = cardinal(prefix) else { return nil }
            if c == .hundred {
                guard p.value < 100 else { return nil }
                return p.value * v
            }
            return p.value * v
        case .digits:
            return nil
        }
    }
}
