/// Units of measure by name and abbreviation, with the names the evaluation sets use.
enum UnitLexicon {
    /// Unit words and abbreviations (lower case) → unit name.
    static let units: [String: String] = {
        var d: [String: String] = [:]
        func add(_ name: String, _ forms: [String]) { for f in forms { d[f] = name } }
        add("Kilometer", ["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"])
        add("Meter", ["m", "meter", "meters", "metre", "metres"])
        add("Centimeter", ["cm", "centimeter", "centimeters", "centimetre", "centimetres"])
        add("Millimeter", ["mm", "millimeter", "millimeters", "millimetre", "millimetres"])
        add("Decimeter", ["dm", "decimeter", "decimeters", "decimetre", "decimetres"])
        add("Micrometer", ["micrometer", "micrometers", "micrometre", "micrometres", "micron", "microns"])
        add("Nanometer", ["nm", "nanometer", "nanometers", "nanometre", "nanometres"])
        add("Picometer", ["picometer", "picometers", "picometre", "picometres"])
        add("Mile", ["mile", "miles", "mi"])
        add("Nautical mile", ["nautical mile", "nautical miles"])
        add("Foot", ["ft", "foot", "feet"])
        add("Inch", ["inch", "inches", "\""])
        add("Yard", ["yd", "yds", "yard", "yards"])
        add("Kilogram", ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"])
        add("Gram", ["g", "gram", "grams", "gramme", "grammes"])
        add("Milligram", ["mg", "milligram", "milligrams"])
        add("Pound", ["lb", "lbs", "pound", "pounds"])
        add("Ounce", ["oz", "ounce", "ounces"])
        add("Stone", ["stone"])
        add("Ton", ["ton", "tons", "tonne", "tonnes", "t"])
        add("Metric ton", ["metric ton", "metric tons", "metric tonne", "metric tonnes"])
        add("Liter", ["l", "liter", "liters", "litre", "litres", "ltr", "ltrs"])
        add("Milliliter", ["ml", "milliliter", "milliliters", "millilitre", "millilitres"])
        add("Gallon", ["gallon", "gallons", "gal"])
        add("Pint", ["pint", "pints"])
        add("Barrel", ["barrel", "barrels"])
        add("Teaspoon", ["teaspoon", "teaspoons", "tsp"])
        add("Tablespoon", ["tablespoon", "tablespoons", "tbsp"])
        add("Square kilometer", ["km2", "sq km", "square kilometer", "square kilometers", "square kilometre", "square kilometres"])
        add("Square meter", ["m2", "sq m", "square meter", "square meters", "square metre", "square metres"])
        add("Square mile", ["sq mi", "square mile", "square miles"])
        add("Square foot", ["sq ft", "square foot", "square feet"])
        add("Hectare", ["ha", "hectare", "hectares"])
        add("Acre", ["acre", "acres"])
        add("Cubic meter", ["m3", "cubic meter", "cubic meters", "cubic metre", "cubic metres"])
        add("Mile per hour", ["mph", "miles an hour", "miles per hour", "mile per hour"])
        add("Kilometer per hour", ["kph", "kmph", "km/h", "km/hr", "kilometers per hour", "kilometres per hour",
                                   "kilometers an hour", "kilometres an hour", "kmh"])
        add("Meter per second", ["m/s", "meters per second", "metres per second"])
        add("Knot", ["knot", "knots"])
        add("Bit", ["bit", "bits"])
        add("Byte", ["byte", "bytes"])
        add("Kilobyte", ["kb", "kilobyte", "kilobytes"])
        add("Megabyte", ["mb", "megabyte", "megabytes"])
        add("Gigabyte", ["gb", "gigabyte", "gigabytes"])
        add("Terabyte", ["tb", "terabyte", "terabytes"])
        add("Megabit", ["mbps", "megabit", "megabits"])
        add("Watt", ["w", "watt", "watts"])
        add("Kilowatt", ["kw", "kilowatt", "kilowatts"])
        add("Megawatt", ["mw", "megawatt", "megawatts"])
        add("Gigawatt", ["gw", "gigawatt", "gigawatts"])
        add("Kilowatt hour", ["kwh", "kilowatt hour", "kilowatt hours"])
        add("Hertz", ["hz", "hertz"])
        add("Megahertz", ["mhz", "megahertz"])
        add("Gigahertz", ["ghz", "gigahertz"])
        add("Volt", ["v", "volt", "volts"])
        add("Degree", ["degree", "degrees", "°"])
        add("Degree Celsius", ["°c", "celsius", "degrees celsius", "degrees centigrade", "c"])
        add("Degree Fahrenheit", ["°f", "fahrenheit", "degrees fahrenheit", "f"])
        add("Turn", ["turn", "turns"])
        add("Calorie", ["calorie", "calories", "kcal"])
        add("Cubic foot", ["cubic foot", "cubic feet", "cu ft"])
        add("Cup", ["cup", "cups"])
        add("Quart", ["quart", "quarts", "qt"])
        add("Fluid ounce", ["fl oz", "fluid ounce", "fluid ounces"])
        add("Cubic centimeter", ["cc", "cm3", "cubic centimetre", "cubic centimetres", "cubic centimeter", "cubic centimeters"])
        add("Microgram", ["mcg", "µg", "microgram", "micrograms"])
        add("Light year", ["light year", "light years", "light-year", "light-years"])
        add("Horsepower", ["hp", "horsepower", "bhp"])
        add("Kelvin", ["kelvin"])
        add("Joule", ["j", "joule", "joules"])
        add("Kilojoule", ["kj", "kilojoule", "kilojoules"])
        add("Carat", ["carat", "carats", "ct"])
        add("Gigabit", ["gbps", "gigabit", "gigabits"])
        add("Kilobit", ["kbps", "kilobit", "kilobits"])
        add("Square inch", ["sq in", "square inch", "square inches"])
        add("Square yard", ["sq yd", "square yard", "square yards"])
        add("Decibel", ["db", "decibel", "decibels"])
        return d
    }()

    /// Short units that count only glued to the number or right after it in a measure context
    /// ("5 m"), never as ordinary words.
    static let abbreviationsNeedingDigits: Set<String> = [
        "m", "g", "t", "l", "c", "f", "w", "v", "ha", "mi", "gal", "db", "nm", "p", "j", "ct", "cc",
    ]

    /// Time spans are durations, not measures; they stay plain numbers counting "years", "days".
    static let durations: Set<String> = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
        "night", "nights", "season", "seasons", "term", "terms", "yr", "yrs",
    ]
}
