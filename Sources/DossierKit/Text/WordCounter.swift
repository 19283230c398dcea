/// Counts words the way a reader would: runs of letters and digits, with inner apostrophes,
/// hyphens, periods and digit-group commas kept inside one word ("don't", "Kassym-Jomart", "3.5", "98,000").
public enum WordCounter {
    public static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var previousWasDigit = false
        for scalar in text.unicodeScalars {
            let wordy: Bool
            if scalar.isASCII {
                let v = scalar.value
                wordy = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                    || (inWord && (v == 0x27 || v == 0x2D || v == 0x2E || (v == 0x2C && previousWasDigit)))
            } else {
                wordy = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || (inWord && scalar == "\u{2019}")
            }
            if wordy, !inWord { words += 1 }
            inWord = wordy
            previousWasDigit = scalar.value >= 0x30 && scalar.value <= 0x39
        }
        return words
    }
}
