/// Currencies by symbol, ISO 4217 code and name, with the unit names the evaluation sets use
/// ("Dollar" for a bare "$", "United States dollar" for "US$"/"USD").
enum CurrencyLexicon {
    /// A currency: display unit name and ISO 4217 code where known.
    struct Currency: Sendable, Equatable {
        var unit: String
        var code: String?
        /// Values are in hundredths of the main unit ("cents", "pence").
        var isSubunit = false
    }

    static func c(_ unit: String, _ code: String?, sub: Bool = false) -> Currency { Currency(unit: unit, code: code, isSubunit: sub) }

    /// Symbols written before or after the amount.
    static let symbols: [String: Currency] = [
        "$": c("Dollar", "USD"), "£": c("Pound", "GBP"), "€": c("Euro", "EUR"), "¥": c("Japanese yen", "JPY"),
        "₹": c("Indian rupee", "INR"), "₽": c("Russian ruble", "RUB"), "₩": c("South Korean won", "KRW"),
        "₡": c("Costa Rican colón", "CRC"), "₾": c("Georgian lari", "GEL"), "₭": c("Lao kip", "LAK"),
        "₺": c("Turkish lira", "TRY"), "₴": c("Ukrainian hryvnia", "UAH"), "₦": c("Nigerian naira", "NGN"),
        "₱": c("Philippine peso", "PHP"), "฿": c("Thai baht", "THB"), "₫": c("Vietnamese dong", "VND"),
        "₪": c("Israeli new shekel", "ILS"), "₸": c("Kazakhstani tenge", "KZT"), "元": c("Chinese yuan", "CNY"),
        "¢": c("Cent", "USD", sub: true),
    ]

    /// Words written right before "$" that name the dollar: "US $", "HK$", "C$", "A$".
    static let dollarPrefixes: [String: Currency] = [
        "us": c("United States dollar", "USD"), "u.s": c("United States dollar", "USD"),
        "hk": c("Hong Kong dollar", "HKD"), "c": c("Canadian dollar", "CAD"), "ca": c("Canadian dollar", "CAD"),
        "cad": c("Canadian dollar", "CAD"), "a": c("Australian dollar", "AUD"), "au": c("Australian dollar", "AUD"),
        "aud": c("Australian dollar", "AUD"), "nz": c("New Zealand dollar", "NZD"), "nzd": c("New Zealand dollar", "NZD"),
        "s": c("Singapore dollar", "SGD"), "sg": c("Singapore dollar", "SGD"), "mex": c("Mexican peso", "MXN"),
        "r": c("Brazilian real", "BRL"), "nt": c("New Taiwan dollar", "TWD"), "usd": c("United States dollar", "USD"),
        "sgd": c("Singapore dollar", "SGD"), "hkd": c("Hong Kong dollar", "HKD"),
    ]

    /// ISO 4217 codes accepted in any case (none is an English word).
    static let codes: [String: Currency] = {
        let names: [(String, String)] = [
            ("usd", "United States dollar"), ("eur", "Euro"), ("gbp", "British pound"), ("jpy", "Japanese yen"),
            ("cny", "Chinese yuan"), ("rmb", "Chinese yuan"), ("chf", "Swiss franc"), ("cad", "Canadian dollar"),
            ("aud", "Australian dollar"), ("nzd", "New Zealand dollar"), ("hkd", "Hong Kong dollar"),
            ("inr", "Indian rupee"), ("rub", "Russian ruble"), ("kzt", "Kazakhstani tenge"), ("uah", "Ukrainian hryvnia"),
            ("sek", "Swedish krona"), ("nok", "Norwegian krone"), ("dkk", "Danish krone"), ("pln", "Polish złoty"),
            ("czk", "Czech koruna"), ("huf", "Hungarian forint"), ("brl", "Brazilian real"), ("mxn", "Mexican peso"),
            ("zar", "South African rand"), ("krw", "South Korean won"), ("sgd", "Singapore dollar"),
            ("ils", "Israeli new shekel"), ("sar", "Saudi riyal"), ("aed", "United Arab Emirates dirham"),
            ("ngn", "Nigerian naira"), ("egp", "Egyptian pound"), ("thb", "Thai baht"), ("idr", "Indonesian rupiah"),
            ("myr", "Malaysian ringgit"), ("pkr", "Pakistani rupee"), ("vnd", "Vietnamese dong"), ("ars", "Argentine peso"),
            ("clp", "Chilean peso"), ("cop", "Colombian peso"), ("twd", "New Taiwan dollar"), ("byn", "Belarusian ruble"),
            ("gel", "Georgian lari"), ("amd", "Armenian dram"), ("azn", "Azerbaijani manat"), ("uzs", "Uzbekistani sum"),
            ("rs", "Indian rupee"), ("btc", "Bitcoin"),
        ]
        var d: [String: Currency] = [:]
        for (code, name) in names { d[code] = c(name, code == "rmb" ? "CNY" : code.uppercased()) }
        return d
    }()

    /// Codes that are also English words count only in upper case ("TRY 50", not "try 50"); words
    /// often shouted in capitals ("ALL", "CUP", "TOP") are left out.
    static let upperCaseCodes: [String: Currency] = [
        "TRY": c("Turkish lira", "TRY"), "PHP": c("Philippine peso", "PHP"),
    ]

    /// Currency names written after the amount, singular and plural.
    static let names: [String: Currency] = {
        var d: [String: Currency] = [:]
        func add(_ forms: [String], _ cur: Currency) { for f in forms { d[f] = cur } }
        add(["dollar", "dollars", "buck", "bucks"], c("Dollar", "USD"))
        add(["cent", "cents"], c("Cent", "USD", sub: true))
        add(["pence", "penny", "pennies", "p"], c("Pence", "GBP", sub: true))
        add(["euro", "euros"], c("Euro", "EUR"))
        add(["yen"], c("Japanese yen", "JPY"))
        add(["yuan", "renminbi", "rmb"], c("Chinese yuan", "CNY"))
        add(["franc", "francs"], c("Franc", nil))
        add(["peseta", "pesetas"], c("Peseta", "ESP"))
        add(["rupee", "rupees"], c("Rupee", nil))
        add(["lira", "liras", "lire"], c("Lira", nil))
        add(["peso", "pesos"], c("Peso", nil))
        add(["rouble", "roubles", "ruble", "rubles"], c("Russian ruble", "RUB"))
        add(["tenge"], c("Kazakhstani tenge", "KZT"))
        add(["hryvnia", "hryvnias", "hryvnyas"], c("Ukrainian hryvnia", "UAH"))
        add(["won"], c("South Korean won", "KRW"))
        add(["rand"], c("South African rand", "ZAR"))
        add(["krona", "kronor", "krone", "kroner", "kr"], c("Krona", nil))
        add(["quid"], c("Pound", "GBP"))
        add(["mark", "marks", "deutschmark", "deutschmarks"], c("Deutsche mark", "DEM"))
        add(["guilder", "guilders"], c("Dutch guilder", "NLG"))
        add(["schilling", "schillings"], c("Austrian schilling", "ATS"))
        add(["drachma", "drachmas", "drachmae"], c("Greek drachma", "GRD"))
        add(["escudo", "escudos"], c("Portuguese escudo", "PTE"))
        add(["baht"], c("Thai baht", "THB"))
        add(["dinar", "dinars"], c("Dinar", nil))
        add(["dirham", "dirhams"], c("Dirham", nil))
        add(["riyal", "riyals", "rial", "rials"], c("Riyal", nil))
        add(["shekel", "shekels"], c("Israeli new shekel", "ILS"))
        add(["naira"], c("Nigerian naira", "NGN"))
        add(["rupiah"], c("Indonesian rupiah", "IDR"))
        add(["ringgit"], c("Malaysian ringgit", "MYR"))
        add(["zloty", "zlotys", "zlotych"], c("Polish złoty", "PLN"))
        add(["forint", "forints"], c("Hungarian forint", "HUF"))
        add(["sterling"], c("Pound", "GBP"))
        add(["bitcoin", "bitcoins"], c("Bitcoin", "XBT"))
        return d
    }()

    /// Adjectives that make a currency name precise: "australian dollars", "swiss francs".
    static let qualified: [String: [String: Currency]] = [
        "us": ["dollar": c("United States dollar", "USD"), "cent": c("Cent", "USD", sub: true), "cents": c("Cent", "USD", sub: true)],
        "u.s": ["dollar": c("United States dollar", "USD")],
        "american": ["dollar": c("United States dollar", "USD")],
        "australian": ["dollar": c("Australian dollar", "AUD")],
        "canadian": ["dollar": c("Canadian dollar", "CAD")],
        "singapore": ["dollar": c("Singapore dollar", "SGD")],
        "taiwan": ["dollar": c("New Taiwan dollar", "TWD")],
        "zealand": ["dollar": c("New Zealand dollar", "NZD")],
        "kong": ["dollar": c("Hong Kong dollar", "HKD")],
        "swiss": ["franc": c("Swiss franc", "CHF")],
        "deutsche": ["mark": c("Deutsche mark", "DEM"), "marks": c("Deutsche mark", "DEM")],
        "french": ["franc": c("French franc", "FRF")],
        "belgian": ["franc": c("Belgian franc", "BEF")],
        "chinese": ["yuan": c("Chinese yuan", "CNY")],
        "japanese": ["yen": c("Japanese yen", "JPY")],
        "turkish": ["lira": c("Turkish lira", "TRY")],
        "italian": ["lira": c("Italian lira", "ITL")],
        "indian": ["rupee": c("Indian rupee", "INR")],
        "pakistani": ["rupee": c("Pakistani rupee", "PKR")],
        "mexican": ["peso": c("Mexican peso", "MXN")],
        "philippine": ["peso": c("Philippine peso", "PHP")],
        "argentine": ["peso": c("Argentine peso", "ARS")],
        "russian": ["ruble": c("Russian ruble", "RUB")],
        "british": ["pound": c("British pound", "GBP")],
        "egyptian": ["pound": c("Egyptian pound", "EGP")],
        "swedish": ["krona": c("Swedish krona", "SEK")],
        "norwegian": ["krona": c("Norwegian krone", "NOK")],
        "danish": ["krona": c("Danish krone", "DKK")],
    ]

    /// The base form of a currency name for `qualified` lookups ("dollars" → "dollar").
    static func base(_ name: String) -> String {
        switch name {
        case "dollars", "bucks": "dollar"
        case "francs": "franc"
        case "rupees": "rupee"
        case "liras", "lire": "lira"
        case "pesos": "peso"
        case "roubles", "rouble", "rubles": "ruble"
        case "pounds": "pound"
        case "kronor", "krone", "kroner": "krona"
        default: name
        }
    }
}
