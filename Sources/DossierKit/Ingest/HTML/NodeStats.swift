/// Per-node totals over the kept part of an `HTMLTree`: text length, link text length, commas and
/// element counts, summed bottom-up. Removing a node subtracts its totals from its ancestors.
struct NodeStats {
    var removed: [Bool]
    var textLength: [Double]
    var linkLength: [Double]
    var commas: [Int]
    var paragraphs: [Int]
    var images: [Int]
    var listItems: [Int]
    var headings: [Int]

    init(_ tree: HTMLTree, removed: [Bool]) {
        let n = tree.nodes.count
        self.removed = removed
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        paragraphs = Array(repeating: 0, count: n)
        images = Array(repeating: 0, count: n)
        listItems = Array(repeating: 0, count: n)
        headings = Array(repeating: 0, count: n)
        // Children always come after their parent in `nodes`, so one reverse pass sums bottom-up.
        for i in stride(from: n - 1, through: 0, by: -1) {
            let node = tree.nodes[i]
            if node.isText {
                var length = 0, commaCount = 0, inSpace = true
                for c in node.text.unicodeScalars {
                    if HTMLWhitespace.isSpace(c) {
                        if !inSpace { length += 1; inSpace = true }
                    } else {
                        length += 1
                        inSpace = false
                        if c == "," || c == "\u{FF0C}" || c == "\u{3001}" { commaCount += 1 }
                    }
                }
                textLength[i] = Double(length)
                commas[i] = commaCount
            } else {
                switch node.name {
                case "a":
                    let href = node.attributes["href"] ?? ""
                    linkLength[i] = textLength[i] * (href.hasPrefix("#") ? 0.3 : 1)
                case "p": paragraphs[i] += 1
                case "img", "picture", "video": images[i] += 1
                case "li": listItems[i] += 1
                case "h1", "h2", "h3", "h4", "h5", "h6": headings[i] += 1
                default: break
                }
            }
            if !removed[i], node.parent >= 0 { add(i, to: node.parent, sign: 1) }
        }
    }

    private mutating func add(_ i: Int, to p: Int, sign: Double) {
        textLength[p] += sign * textLength[i]
        linkLength[p] += sign * linkLength[i]
        let s = Int(sign)
        commas[p] += s * commas[i]
        paragraphs[p] += s * paragraphs[i]
        images[p] += s * images[i]
        listItems[p] += s * listItems[i]
        headings[p] += s * headings[i]
    }

    /// Marks `i` removed and takes its totals out of every ancestor.
    mutating func remove(_ i: Int, in tree: HTMLTree) {
        guard !removed[i] else { return }
        removed[i] = true
        // Nothing to take away (an emptied box): skip the walk, which keeps deep pages linear.
        if textLength[i] == 0, paragraphs[i] == 0, images[i] == 0, listItems[i] == 0, headings[i] == 0 { return }
        var p = tree.nodes[i].parent
        while p >= 0 {
            add(i, to: p, sign: -1)
            if removed[p] { break }
            p = tree.nodes[p].parent
        }
    }

    /// Share of the text that is link text (0 for no text).
    func linkDensity(_ i: Int) -> Double {
        textLength[i] > 0 ? min(1, linkLength[i] / textLength[i]) : 0
    }
}
