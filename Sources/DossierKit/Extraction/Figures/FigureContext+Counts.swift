/// What money, a percentage, a measure or a duration counts, read from the sentence's shape: the noun
/// phrase it modifies ("£60bn takeover bid", "a 16-metre telescope"), "of X" ("5% of voters"), "for X"
/// after money ("paid $2m for the rights"), or the subject of the verb it completes ("unemployment rose
/// to 5%", "profits of £2bn", "a deal worth $2m", "inflation was 2.5%").
extension FigureContext {
    /// Words that end a noun phrase: verbs and auxiliaries common in news, time words.
    static let phraseStops: Set<String> = clauseStops.union(countStops).union(verbs).union([
        "yesterday", "today", "tomorrow", "tonight", "now", "ago", "earlier", "later", "already", "also", "each",
        "apiece", "a", "an", "the", "per", "up", "down", "respectively", "alone", "instead", "too", "only",
        "against", "compared", "versus", "vs", "including", "there", "here", "what", "how", "where", "why",
        "between", "among", "within", "without", "via", "despite", "through", "across", "toward", "towards", "upon",
        "throughout", "below", "above", "beyond", "behind", "near", "like", "unlike", "plus", "minus",
    ])

    /// Finite verbs that close a noun phrase (irregular forms; regular ones end in "-ed").
    static let verbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "should", "must", "do", "does", "did", "rose", "risen", "rise", "rises", "fell", "fallen", "fall",
        "falls", "grew", "grown", "grow", "grows", "hit", "hits", "stood", "stands", "sold", "sells", "bought", "buys",
        "paid", "pays", "pay", "spent", "spend", "spends", "won", "win", "lost", "lose", "made", "make", "makes", "cost",
        "costs", "saw", "see", "sees", "took", "take", "takes", "gave", "give", "gives", "got", "get", "gets", "put",
        "set", "came", "come", "comes", "went", "go", "goes", "said", "says", "say", "told", "tell", "thought", "think",
        "expect", "expects", "want", "wants", "need", "needs", "plan", "plans", "become", "became", "becomes",
        "remain", "remains", "left", "leave", "leaves", "run", "runs", "ran", "brought", "bring", "brings", "shows",
        "show", "shown", "reach", "reaches", "given", "taken", "done", "seen", "known", "valued", "account", "accounts", "keep",
        "keeps", "kept", "hold", "holds", "held", "meant", "mean", "means", "let", "lets", "owe", "owes", "earn",
        "earns", "raise", "raises", "cut", "drop", "jump", "slip", "slips", "climb",
        "soar", "soars", "increase", "decrease", "compared",
    ]

    /// Words ending in "-ed" that are nouns or adjectives, not verbs.
    static let edNouns: Set<String> = [
        "red", "bed", "need", "speed", "seed", "shed", "hundred", "feed", "breed", "greed", "weed", "deed", "reed",
        "creed", "bred", "fed", "led", "ted", "fred", "ned", "bled", "sled", "sped", "wed",
    ]

    /// Determiners dropped from the front of a phrase.
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some"]

    func isVerbLike(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word else { return false }
        if Self.verbs.contains(t.text) { return true }
        return t.length > 3 && t.text.hasSuffix("ed") && !Self.edNouns.contains(t.text) && !t.isCapitalized
    }

    /// The noun phrase starting at `k` (at most five words): words up to a stop, a verb, punctuation or a
    /// number; a word may carry a glued hyphen or apostrophe ("pre-tax", "firm's").
    func nounPhrase(from k0: Int, limit: Int, keepDeterminer: Bool = false, attributive: Bool = false) -> String? {
        var k = k0
        // right after a figure an article starts another phrase: "£20 a month", "5% the year before"
        if attributive, k < limit, Self.determiners.contains(tokens[k].text) { return nil }
        if !keepDeterminer { while k < limit, Self.determiners.contains(tokens[k].text) { k += 1 } }
        var end = k, words = 0
        while end < limit, words < 5 {
            let t = tokens[end]
            if t.kind == .word {
                if words > 0 || !keepDeterminer || !Self.determiners.contains(t.text) {
                    if Self.phraseStops.contains(t.text) || isVerbLike(end) || NumberLexicon.cardinals[t.text] != nil { break }
                    if t.length > 4, t.text.hasSuffix("ly"), !Self.lyNouns.contains(t.text) { break }
                }
                words += 1
            } else if t.kind == .symbol, ["-", "'", "’"].contains(t.text), !t.spaceBefore, words > 0, end + 1 < limit,
                      tokens[end + 1].kind == .word, !tokens[end + 1].spaceBefore {
                // inside a word
            } else {
                break
            }
            end += 1
        }
        guard words > 0, end > k else { return nil }
        if end - k == 1, Self.pronouns.contains(tokens[k].text) || FigureSource.functionWords.contains(tokens[k].text) { return nil }
        return text(k, end)
    }

    static let lyNouns: Set<String> = ["family", "supply", "italy", "july", "rally", "assembly", "ally", "monopoly", "belly", "jelly", "holy"]

    /// The noun phrase that ends right before `k` (at most six words, back to a stop or punctuation).
    static let timeNouns: Set<String> = ["year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days",
                                         "period", "half", "time", "season", "seasons"]

    func nounPhrase(before k0: Int, from start: Int) -> String? {
        var k = k0
        // "wine sales in 2003 were …": a time adjunct after the noun is not part of it
        if k - 2 > start, tokens[k - 1].kind == .number, Self.prepositions.contains(tokens[k - 2].text) { k -= 2 }
        var a = k
        while a > start, k - a < 8 {
            let t = tokens[a - 1]
            if t.kind == .word {
                if Self.backStops.contains(t.text) || isVerbLike(a - 1) { break }
                // an article starts the phrase unless a preposition joins it to a longer one ("price of a home")
                if Self.determiners.contains(t.text), !(a - 2 >= start && Self.prepositions.contains(tokens[a - 2].text)) {
                    a -= 1
                    break
                }
            } else if t.kind == .symbol, ["-", "'", "’"].contains(t.text), !t.spaceBefore, a - 1 > start,
                      tokens[a - 2].kind == .word, a < tokens.count, !tokens[a].spaceBefore {
            } else {
                break
            }
            a -= 1
        }
        // a phrase cannot begin with a preposition or a joining word left over from the cut
        while a < k, Self.determiners.contains(tokens[a].text) || Self.prepositions.contains(tokens[a].text) { a += 1 }
        while k > a, Self.prepositions.contains(tokens[k - 1].text) { k -= 1 }
        guard a < k, tokens[k - 1].kind == .word else { return nil }
        if k - a == 1, Self.pronouns.contains(tokens[a].text) || FigureSource.functionWords.contains(tokens[a].text) { return nil }
        return text(a, k)
    }

    static let prepositions: Set<String> = ["of", "in", "at", "on", "for", "from", "by", "to", "with", "about", "over", "into"]

    /// Words that end a noun phrase read backwards (its start lies after them).
    static let backStops: Set<String> = countStops.subtracting(["of", "in", "at", "for", "on", "the", "a", "an", "its", "their", "his", "her", "this"])
        .union(verbs).union(["yesterday", "today", "tomorrow", "also", "already", "now", "not", "there", "what", "how",
                             "where", "why", "while", "though", "although", "however", "meanwhile", "overall",
                             "including", "includes", "included", "such", "especially", "notably"])

    /// Verbs whose subject is what a following figure measures ("profits rose to £2bn", "inflation was 2%").
    static let levelVerbs: Set<String> = FigureChangeWords.up.union(FigureChangeWords.down).union([
        "is", "are", "was", "were", "be", "been", "stood", "stands", "reached", "reach", "reaches", "hit", "hits",
        "totalled", "totaled", "totals", "topped", "remained", "remains", "averaged", "averages", "amounted",
        "came", "went", "moved", "peaked", "exceeded", "remain", "stay", "stayed", "stand", "closed", "ended", "finished", "opened", "traded", "trading", "passed", "hovered", "stayed",
    ])

    /// Words between a noun and the figure it is measured by ("profits of £2bn", "a deal worth $2m").
    static let linkWords: Set<String> = ["of", "worth", "totalling", "totaling", "valued", "costing", "priced", "estimated", "at"]

    /// What a money, percent, measure or duration figure spanning `start..<end` counts.
    func counted(start: Int, end: Int, kind: FigureKind) -> String? {
        let sentence = sentence(of: start)
        let limit = sentence.upperBound
        var k = end
        // a conversion in brackets: "£60bn ($110bn) takeover bid"
        if k < limit, tokens[k].text == "(" {
            var j = k + 1
            while j < limit, j - k < 10, tokens[j].text != ")" { j += 1 }
            if j < limit, tokens[j].text == ")" { k = j + 1 }
        }
        if k < limit, tokens[k].text == "of" {
            var j = k + 1
            if j < limit, tokens[j].text == "the" { j += 1 }
            if let np = nounPhrase(from: j, limit: limit) { return np }
        }
        // "a 3% rise in prices", "a £2bn cut in spending"
        if k < limit, FigureChangeWords.upNouns.contains(tokens[k].text) || FigureChangeWords.downNouns.contains(tokens[k].text) {
            if k + 2 < limit, ["in", "on", "of", "for"].contains(tokens[k + 1].text),
               let np = nounPhrase(from: k + 2, limit: limit, keepDeterminer: true) {
                return text(k, k + 2) + " " + np
            }
            return text(k, k + 1)
        }
        if let np = nounPhrase(from: k, limit: limit, attributive: true) { return np }
        if kind == .money, k < limit, tokens[k].text == "for", let np = nounPhrase(from: k + 1, limit: limit, keepDeterminer: true) {
            return np
        }
        // "£4bn in tax cuts", "$2m in damages" (not "in London": a capital is a place or a name)
        if kind == .money, k + 1 < limit, tokens[k].text == "in", !tokens[k + 1].isCapitalized, tokens[k + 1].kind == .word,
           !Self.determiners.contains(tokens[k + 1].text), let np = nounPhrase(from: k + 1, limit: limit),
           !Self.timeNouns.contains(tokens[k + 1].text) {
            return np
        }
        // "$3.3bn to buy a bank", "$10m to make": what the money is for
        if kind == .money, k + 1 < limit, tokens[k].text == "to", tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
           !Self.determiners.contains(tokens[k + 1].text), NumberLexicon.cardinals[tokens[k + 1].text] == nil {
            let object = nounPhrase(from: k + 2, limit: limit, keepDeterminer: true)
            return text(k, k + 2) + (object.map { " " + $0 } ?? "")
        }
        if kind == .duration { return nil }
        return subjectMeasured(before: start, from: sentence.lowerBound) ?? (kind == .money ? verbObject(before: start, from: sentence.lowerBound) : nil)
    }

    /// Money as the object of a verb: "Yahoo earned $187m" → "Yahoo earned"; "China lent Russia $6bn" →
    /// "China lent Russia"; "it took $19.5m" → "took".
    func verbObject(before start: Int, from first: Int) -> String? {
        var k = start
        while k > first, start - k < 4, tokens[k - 1].kind == .word, !isVerbLike(k - 1),
              ["more", "than", "as", "much", "up", "to", "about", "around", "some", "over", "nearly", "almost", "just", "under"].contains(tokens[k - 1].text)
                || tokens[k - 1].isCapitalized && start - k < 2 { k -= 1 }
        guard k > first, isVerbLike(k - 1), !Self.auxiliaries.contains(tokens[k - 1].text), !FigureChangeWords.up.contains(tokens[k - 1].text),
              !FigureChangeWords.down.contains(tokens[k - 1].text) else { return nil }
        let verb = k - 1
        // the object between verb and figure ("lent Russia"), then the subject before the verb
        let object = text(verb, max(verb + 1, min(start, verb + 3)))
        var v = verb
        while v > first, Self.auxiliaries.contains(tokens[v - 1].text) || tokens[v - 1].text == "to" || tokens[v - 1].text == "each" { v -= 1 }
        var objectEnd = verb + 1
        while objectEnd < start, tokens[objectEnd].isCapitalized { objectEnd += 1 }
        let objectText = text(verb, objectEnd)
        _ = object
        if let subject = nounPhrase(before: v, from: first) { return subject + " " + objectText }
        return objectText
    }

    /// "profits of £2bn" → profits; "unemployment rose to 5%" → unemployment; "sales rose 5% to £2bn" → sales.
    func subjectMeasured(before start: Int, from first: Int) -> String? {
        var k = start
        var steps = 0
        var sawChange = false
        // back over linking words and an earlier figure of the same clause ("rose 5% to", "up from 3% to")
        while k > first, steps < 10 {
            let t = tokens[k - 1]
            if t.kind == .word, Self.linkWords.contains(t.text) {
                if t.text == "at", k - 2 >= first, tokens[k - 2].kind == .word, Self.levelVerbs.contains(tokens[k - 2].text) {
                    k -= 1; steps += 1; continue   // "stood at 5%"
                }
                if t.text == "valued" || t.text == "estimated" || t.text == "priced" {
                    return nounPhrase(before: k - 1, from: first)
                }
                return t.text == "at" ? nil : nounPhrase(before: k - 1, from: first)
            }
            // "cut its stake from 70% to 49%", "raising the threshold to £150,000"
            // "gifts under £200", "a stake of more than 5%": a noun right before a bounded figure
            if k == start, tokens[start].kind == .word, t.kind == .word, !Self.phraseStops.contains(t.text), !isVerbLike(k - 1),
               !Self.levelVerbs.contains(t.text) {
                return nounPhrase(before: k, from: first)
            }
            if t.kind == .word, t.text == "from" || t.text == "for", k - 2 >= first, tokens[k - 2].kind == .word,
               !isVerbLike(k - 2), !Self.levelVerbs.contains(tokens[k - 2].text), !Self.skippedBeforeFigure.contains(tokens[k - 2].text),
               !Self.recordWords.contains(tokens[k - 2].text) {
                return nounPhrase(before: k - 1, from: first)
            }
            // "to a record $180.7bn", "to a new high of 5%"
            if t.kind == .word, Self.recordWords.contains(t.text) { k -= 1; steps += 1; continue }
            if t.kind == .word, Self.levelVerbs.contains(t.text), t.text != "up", t.text != "down" {
                var v = k - 1
                // "has risen", "had already fallen", "rose sharply"
                while v > first, Self.auxiliaries.contains(tokens[v - 1].text) || tokens[v - 1].text.hasSuffix("ly") && tokens[v - 1].length > 4 { v -= 1 }
                return nounPhrase(before: v, from: first)
            }
            if isFigurePart(k - 1) || t.kind == .word && Self.skippedBeforeFigure.contains(t.text) {
                if t.text == "up" || t.text == "down" { sawChange = true }
                k -= 1; steps += 1; continue
            }
            // "wine sales in 2003 up 25%", "shares in the firm down 3%": the noun phrase before "up"/"down"
            if sawChange, t.kind == .word, !isVerbLike(k - 1) { return nounPhrase(before: k, from: first) }
            return nil
        }
        return nil
    }

    static let recordWords: Set<String> = ["a", "an", "record", "new", "high", "low", "peak", "total", "fresh", "all-time", "the", "of"]

    static let skippedBeforeFigure: Set<String> = ["by", "to", "from", "up", "down", "around", "about", "some", "nearly", "almost", "roughly", "just", "only", "in"]

    /// A token that belongs to a figure written before this one ("rose 5% to", "from $3bn to").
    func isFigurePart(_ k: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .number: return true
        case .symbol: return ["%", "$", "£", "€", "¥"].contains(t.text)
        case .word: return FigureScanner.scaleSuffixes[t.text] != nil || NumberLexicon.cardinals[t.text] != nil
            || ["per", "cent", "percent", "pence", "cents"].contains(t.text)
        }
    }

    static let auxiliaries: Set<String> = ["has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "also", "already", "been", "be", "not", "now"]
}
