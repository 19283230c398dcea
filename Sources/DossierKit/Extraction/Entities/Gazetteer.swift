/// Word lists (countries, regions, cities, demonyms, first names, organisation words, titles) that
/// the tagger uses as features and the alias resolver uses for demonyms. Built from
/// `Resources/gazetteers.tsv` (see `Scripts/build-gazetteers.py`).
public struct Gazetteer: Sendable {
    /// The lists, in the order of their feature bits.
    public enum List: Int, CaseIterable, Sendable {
        case country, region, city, demonym, firstName, orgWord, title, bigCity, town, province, companyForm,
             wordNetPerson, wordNetPlace, wordNetGroup

        init?(name: String) {
            switch name {
            case "bigcity": self = .bigCity
            case "town": self = .town
            case "province": self = .province
            case "companyform": self = .companyForm
            case "wnperson": self = .wordNetPerson
            case "wnplace": self = .wordNetPlace
            case "wnorg": self = .wordNetGroup
            case "demonymlarge": self = .demonym
            case "country": self = .country
            case "region": self = .region
            case "city": self = .city
            case "demonym": self = .demonym
            case "firstname": self = .firstName
            case "orgword": self = .orgWord
            case "title": self = .title
            default: return nil
            }
        }
    }

    /// Phrase hash (of its lower-cased tokens) → bit set of lists.
    var phrases: [UInt64: UInt16] = [:]
    var maxTokens = 1
    /// Lower-cased demonym phrase → the place it refers to ("kazakh" → "Kazakhstan").
    public private(set) var demonyms: [String: String] = [:]
    /// Lower-cased country name → its usual name ("russian federation" → "Russian Federation").
    public private(set) var countries: [String: String] = [:]

    public init() {}

    /// Reads `kind<TAB>phrase<TAB>canonical` lines; unknown kinds and malformed lines are skipped.
    /// `large` (gazetteers-large.tsv) adds lists without changing the demonyms and countries of `tsv`.
    public init(tsv: String, large: String = "") {
        add(tsv, primary: true)
        add(large, primary: false)
    }

    private mutating func add(_ tsv: String, primary: Bool) {
        for line in tsv.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let list = List(name: String(fields[0])) else { continue }
            let phrase = String(fields[1])
            let scalars = Array(phrase.unicodeScalars)
            let tokens = Tokenizer.tokenize(scalars)
            guard !tokens.isEmpty else { continue }
            var h = FeatureHash.seed
            for t in tokens { h = FeatureHash.combine(h, TokenForm.lowerHash(scalars, t)) }
            phrases[h, default: 0] |= 1 << UInt16(list.rawValue)
            maxTokens = max(maxTokens, min(tokens.count, 6))
            let canonical = fields.count > 2 ? String(fields[2]) : phrase
            if list == .demonym, primary || demonyms[phrase.lowercased()] == nil { demonyms[phrase.lowercased()] = canonical }
            if list == .country, primary { countries[phrase.lowercased()] = canonical }
        }
    }

    /// For each token, a bit set `list·4 + position` (B, I, L, U) of the gazetteer phrases it lies in.
    /// A phrase matches only when its first and last tokens start with a capital letter.
    func matches(_ forms: [TokenForm], in range: Range<Int>) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: range.count)
        guard !phrases.isEmpty else { return bits }
        for i in range where forms[i].startsUpper {
            var h = FeatureHash.seed
            for length in 1...maxTokens {
                let j = i + length - 1
                guard j < range.upperBound else { break }
                h = FeatureHash.combine(h, forms[j].lower)
                guard forms[j].startsUpper, let lists = phrases[h] else { continue }
                for list in 0..<List.allCases.count where lists & (1 << UInt16(list)) != 0 {
                    if length == 1 {
                        bits[i - range.lowerBound] |= 1 << UInt64(list * 4 + 3)
                    } else {
                        bits[i - range.lowerBound] |= 1 << UInt64(list * 4)
                        for k in (i + 1)..<j { bits[k - range.lowerBound] |= 1 << UInt64(list * 4 + 1) }
                        bits[j - range.lowerBound] |= 1 << UInt64(list * 4 + 2)
                    }
                }
            }
        }
        return bits
    }
}
