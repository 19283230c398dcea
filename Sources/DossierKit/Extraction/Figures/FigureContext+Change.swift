/// Words that say a quantity moved, and which way.
enum FigureChangeWords {
    static let up: Set<String> = [
        "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases", "increasing", "grew", "grown",
        "grow", "grows", "growing", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "gained", "gain", "gains",
        "soared", "soar", "soars", "surged", "surge", "surges", "rebounded", "up", "higher", "boosted", "lifted",
        "doubled", "tripled", "accelerated", "advanced", "rallied", "expanded", "swelled", "leapt", "leaped", "spiked",
    ]
    static let down: Set<String> = [
        "fell", "fallen", "fall", "falls", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
        "decreased", "decrease", "decreases", "slipped", "slid", "plunged", "plummeted", "tumbled", "dipped", "lower",
        "shrank", "shrunk", "shrink", "slumped", "eased", "down", "reduced", "lowered", "halved", "contracted", "sank",
        "sunk", "retreated", "dived", "weakened", "cut", "cuts", "slowed", "shed",
    ]
    /// Nouns after a figure that name a change: "a 5% rise in prices", "a £2bn cut".
    static let upNouns: Set<String> = ["rise", "increase", "jump", "gain", "growth", "hike", "boost", "surge", "climb", "rebound", "uplift"]
    static let downNouns: Set<String> = ["fall", "drop", "decline", "cut", "decrease", "reduction", "slump", "dip", "slide", "plunge", "contraction", "drops", "falls", "cuts"]

    static func direction(_ word: String) -> FigureChange? {
        up.contains(word) ? .up : down.contains(word) ? .down : nil
    }
}

/// The change a figure states: "rose 76%" (up), "fell by £2m" (down), "rose to 5%" (up, to 5), "a 5% rise".
extension FigureContext {
    struct StatedChange: Equatable {
        var change: FigureChange
        /// The level reached ("rose to 5%"), when the figure is one.
        var isLevel = false
        /// The level it moved from ("up from 1.6%").
        var isFrom = false
    }

    func change(start: Int, end: Int) -> StatedChange? {
        let first = sentenceStart[start]
        var k = start
        // an adverb between verb and figure: "rose sharply to 5%"
        func word(_ i: Int) -> String? { i >= first && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }
        var level = false
        while let w = word(k - 1), w == "just" || w == "only" || w == "some" { k -= 1 }
        // "up from 1.6%", "down from 5%": the level it moved from
        if let w = word(k - 1), w == "from", let u = word(k - 2), u == "up" || u == "down" {
            return StatedChange(change: u == "up" ? .up : .down, isFrom: true)
        }
        if let w = word(k - 1), w == "by" || w == "to" {
            level = w == "to"
            k -= 1
            // "rose 5% to £2bn": the change verb stands before an earlier figure
            var j = k
            while j > first, k - j < 5, isFigurePart(j - 1) { j -= 1 }
            if j < k, let w = word(j - 1), FigureChangeWords.direction(w) != nil { k = j }
        }
        var v = k - 1
        if let w = word(v), w.count > 4, w.hasSuffix("ly") { v -= 1 }
        if let w = word(v), let d = FigureChangeWords.direction(w) {
            // "up 5%", "down 2%" only right before the figure
            if (w == "up" || w == "down"), v != start - 1 { return nil }
            if w == "cut" || w == "cuts" || w == "shed", level || k != start { return nil }
            return StatedChange(change: d, isLevel: level)
        }
        // after: "a 5% rise in prices", "a £2bn cut"
        if let w = word(end) {
            if FigureChangeWords.upNouns.contains(w) { return StatedChange(change: .up) }
            if FigureChangeWords.downNouns.contains(w) { return StatedChange(change: .down) }
        }
        // "…, up 5% on last year" is handled above; "5% higher", "5% lower"
        if let w = word(end), w == "higher" || w == "lower", !(word(end + 1) == "than") { return StatedChange(change: w == "higher" ? .up : .down) }
        return nil
    }
}
