/// English number words: cardinals, ordinals (which double as fraction denominators), scales and
/// fraction words, as atoms the word-number parser combines.
enum NumberLexicon {
    /// The grammatical class of a number word, which decides what may follow it.
    enum Class: Sendable, Equatable { case unit, teen, tens, hundred, scale, digits }

    /// One piece of a written number.
    enum Atom: Sendable, Equatable {
        case cardinal(Double, Class)
        /// "fifth", "fifths", "hundredth": an ordinal, or a denominator when plural or after a numerator.
        case ordinal(Double, Class, plural: Bool)
        /// "half", "quarter(s)": fractions that take only a small numerator ("three quarters").
        case fractionWord(denominator: Double)
        case and, hyphen, article, point
        /// "minus", "negative".
        case minus
    }

    static let cardinals: [String: (Double, Class)] = {
        var d: [String: (Double, Class)] = [:]
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        for (i, w) in units.enumerated() { d[w] = (Double(i), .unit) }
        d["nought"] = (0, .unit); d["naught"] = (0, .unit)
        let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                     "eighteen", "nineteen"]
        for (i, w) in teens.enumerated() { d[w] = (Double(10 + i), .teen) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { d[w] = (Double(20 + 10 * i), .tens) }
        d["hundred"] = (100, .hundred)
        d["thousand"] = (1e3, .scale); d["million"] = (1e6, .scale); d["billion"] = (1e9, .scale)
        d["trillion"] = (1e12, .scale); d["lakh"] = (1e5, .scale); d["lakhs"] = (1e5, .scale)
        d["crore"] = (1e7, .scale); d["crores"] = (1e7, .scale); d["bn"] = (1e9, .scale)
        d["mn"] = (1e6, .scale); d["tn"] = (1e12, .scale)
        d["dozen"] = (12, .scale); d["dozens"] = (12, .scale); d["score"] = (20, .scale)
        return d
    }()

    static let ordinals: [String: (Double, Class)] = {
        var d: [String: (Double, Class)] = [:]
        let units = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        for (i, w) in units.enumerated() { d[w] = (Double(i), .unit) }
        let teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                     "seventeenth", "eighteenth", "nineteenth"]
        for (i, w) in teens.enumerated() { d[w] = (Double(10 + i), .teen) }
        let tens = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
        for (i, w) in tens.enumerated() { d[w] = (Double(20 + 10 * i), .tens) }
        d["hundredth"] = (100, .hundred)
        d["thousandth"] = (1e3, .scale); d["millionth"] = (1e6, .scale); d["billionth"] = (1e9, .scale)
        d["trillionth"] = (1e12, .scale)
        return d
    }()

    /// The atom a lower-cased word stands for, if any.
    static func atom(_ word: String) -> Atom? {
        if let (v, c) = cardinals[word] { return .cardinal(v, c) }
        if let (v, c) = ordinals[word] { return .ordinal(v, c, plural: false) }
        if word.hasSuffix("s"), let (v, c) = ordinals[String(word.dropLast())], v == 1 || v >= 3 {
            return .ordinal(v, c, plural: true)
        }
        switch word {
        case "half", "halves": return .fractionWord(denominator: 2)
        case "quarter", "quarters": return .fractionWord(denominator: 4)
        case "and": return .and
        case "a", "an": return .article
        case "point": return .point
        case "minus", "negative": return .minus
        default: return nil
        }
    }

    /// Words that may begin a written number on their own.
    static func startsNumber(_ word: String) -> Bool {
        cardinals[word] != nil || ordinals[word] != nil || word == "half" || word == "quarter"
            || word == "minus" || word == "negative"
    }
}
