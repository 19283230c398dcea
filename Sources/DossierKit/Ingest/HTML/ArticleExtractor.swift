/// Finds the main text of a page, the way Mozilla Readability does: drop furniture (hidden
/// elements, navigation, class/id/role hints), score paragraphs by text length and commas into
/// their ancestors, damp by link density, take the best container with its related siblings,
/// then clean it conditionally (link lists, image galleries, short fragments).
struct ArticleExtractor {
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
    ]
    /// Elements that are never article text.
    static let furnitureTags: Set<String> = [
        "head", "nav", "aside", "footer", "menu", "dialog", "figcaption",
    ]

    /// Readability's passes: when a strict pass finds little text, the next relaxes one rule.
    struct Rules: Equatable {
        var stripFurnitureHints = true
        var weighClasses = true
        var cleanConditionally = true

        static let passes: [Rules] = [
            Rules(),
            Rules(stripFurnitureHints: false),
            Rules(stripFurnitureHints: false, weighClasses: false),
            Rules(stripFurnitureHints: false, weighClasses: false, cleanConditionally: false),
        ]
    }

    let tree: HTMLTree
    let rules: Rules
    let hints: PageHints
    var stats: NodeStats
    var scores: [Double?]

    init(_ tree: HTMLTree, rules: Rules = Rules(), hints: PageHints? = nil) {
        self.tree = tree
        self.rules = rules
        let hints = hints ?? PageHints(tree)
        self.hints = hints
        var removed = Array(repeating: false, count: tree.nodes.count)
        for (i, node) in tree.nodes.enumerated() where !node.isText {
            if Self.furnitureTags.contains(node.name) || (rules.stripFurnitureHints && (hints.hidden[i] || hints.furniture[i])) {
                removed[i] = true
            }
        }
        stats = NodeStats(tree, removed: removed)
        scores = Array(repeating: nil, count: tree.nodes.count)
        // Headers with little text are mastheads or title blocks, not article text.
        for i in tree.elements(named: "header") where stats.textLength[i] < 600 { stats.remove(i, in: tree) }
    }

    /// The kept content: the chosen containers in document order, with the removal mask to
    /// apply when rendering them.
    mutating func extract() -> (roots: [Int], removed: [Bool]) {
        guard let top = topCandidate() else { return ([], stats.removed) }
        let roots = withSiblings(top)
        for r in roots { clean(r) }
        return (roots, stats.removed)
    }

    // MARK: scoring

    private func hasBlockChild(_ i: Int) -> Bool {
        tree[i].children.contains { Self.blockTags.contains(tree[$0].name) }
    }

    private mutating func initialScore(_ i: Int) -> Double {
        if let s = scores[i] { return s }
        let s: Double = switch tree[i].name {
        case "div", "article", "main": 5
        case "pre", "td", "blockquote", "section": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
        let score = s + (rules.weighClasses ? hints.weight[i] : 0)
        scores[i] = score
        return score
    }

    private mutating func topCandidate() -> Int? {
        var candidates: [Int] = []
        // Kept = neither the node nor an ancestor removed; parents come before children in `nodes`.
        var kept = Array(repeating: false, count: tree.nodes.count)
        for i in tree.nodes.indices {
            let p = tree[i].parent
            kept[i] = !stats.removed[i] && (p < 0 || kept[p])
        }
        for i in tree.descendants() where kept[i] {
            let node = tree[i]
            if node.isText { continue }
            let blockChild = hasBlockChild(i)
            let isParagraph = ["p", "pre", "td", "h2", "h3", "h4", "h5", "h6"].contains(node.name)
                || (["div", "section", "article", "span", "font"].contains(node.name) && !blockChild)
            if isParagraph {
                score(length: stats.textLength[i], commas: stats.commas[i], from: node.parent, candidates: &candidates)
            } else if blockChild, ["div", "section", "article", "main", "td", "body"].contains(node.name) {
                // Loose text between blocks counts as paragraphs of this element (Readability wraps it in <p>).
                var length = 0.0, commas = 0
                for c in node.children + [-1] {
                    if c >= 0, !stats.removed[c], !Self.blockTags.contains(tree[c].name) {
                        length += stats.textLength[c]
                        commas += stats.commas[c]
                        continue
                    }
                    if length >= 25 { score(length: length, commas: commas, from: i, candidates: &candidates) }
                    length = 0
                    commas = 0
                }
            }
        }
        guard !candidates.isEmpty else { return nil }
        func final(_ i: Int) -> Double { (scores[i] ?? 0) * (1 - stats.linkDensity(i)) }
        let ranked = candidates.sorted { final($0) > final($1) }
        var top = ranked[0]
        let topScore = final(top)
        // Several strong candidates under one ancestor: the article is that ancestor.
        let alternatives = ranked.dropFirst().prefix(4).filter { final($0) >= 0.75 * topScore }
        if alternatives.count >= 2 {
            var p = tree[top].parent
            while p > 0, !["body", "html"].contains(tree[p].name) {
                if alternatives.filter({ tree.isInside($0, p) }).count >= 2 { top = p; break }
                p = tree[p].parent
            }
        }
        // Climb while the parent scores better, or while the candidate is an only child.
        let threshold = final(top) / 3
        var last = final(top)
        var p = tree[top].parent
        while p > 0, !["body", "html"].contains(tree[p].name) {
            guard let s = scores[p] else { p = tree[p].parent; continue }
            let parentScore = s * (1 - stats.linkDensity(p))
            if parentScore < threshold { break }
            if parentScore > last { top = p; break }
            last = parentScore
            p = tree[p].parent
        }
        while tree[top].parent > 0, !["body", "html"].contains(tree[tree[top].parent].name),
              tree[tree[top].parent].children.filter({ !stats.removed[$0] && !tree[$0].isText }).count == 1 {
            top = tree[top].parent
        }
        return top
    }

    /// Adds a paragraph's score to up to five ancestors, starting at `first`.
    private mutating func score(length: Double, commas: Int, from first: Int, candidates: inout [Int]) {
        guard length >= 25 else { return }
        let contentScore = 1 + Double(commas) + min((length / 100).rounded(.down), 3)
        var ancestor = first, level = 0
        while ancestor > 0, level < 5 {
            if tree[ancestor].name == "#root" { break }
            let base = initialScore(ancestor)
            if scores[ancestor] == base, !candidates.contains(ancestor) { candidates.append(ancestor) }
            let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
            scores[ancestor] = (scores[ancestor] ?? base) + contentScore / divider
            ancestor = tree[ancestor].parent
            level += 1
        }
    }

    /// The candidate with its siblings that look like part of the same article.
    private func withSiblings(_ top: Int) -> [Int] {
        let parent = tree[top].parent
        guard parent > 0 else { return [top] }
        let topScore = (scores[top] ?? 0) * (1 - stats.linkDensity(top))
        let threshold = max(10, topScore * 0.2)
        let topClass = tree[top].attributes["class"] ?? ""
        var out: [Int] = []
        for s in tree[parent].children where !stats.removed[s] && !tree[s].isText {
            if s == top { out.append(s); continue }
            var bonus = 0.0
            if !topClass.isEmpty, tree[s].attributes["class"] == topClass { bonus = topScore * 0.2 }
            let density = stats.linkDensity(s)
            if let score = scores[s], score * (1 - density) + bonus >= threshold {
                out.append(s)
            } else if tree[s].name == "p" {
                let length = stats.textLength[s]
                let text = tree.textContent(s)
                if length > 80, density < 0.25 { out.append(s) }
                else if length > 0, length < 80, density == 0, text.hasSuffix(".") { out.append(s) }
            }
        }
        return out
    }

    // MARK: cleaning

    private mutating func clean(_ root: Int) {
        let inside = tree.descendants(of: root)
        for i in inside where tree[i].name == "h1" { stats.remove(i, in: tree) }
        guard rules.cleanConditionally else { return }
        // Deepest first, so an outer box is judged on what remains inside it.
        for i in inside.reversed() where i != root && !stats.removed[i] {
            let name = tree[i].name
            if name == "span" {
                // An inline span is part of its sentence, unless it is a cluster of links (a hover card).
                if stats.linkDensity(i) >= 0.7, stats.textLength[i] >= 50 { stats.remove(i, in: tree) }
                continue
            }
            guard ["div", "section", "table", "ul", "ol", "dl", "form", "fieldset"].contains(name) else { continue }
            if shouldRemove(i) { stats.remove(i, in: tree) }
        }
    }

    private func shouldRemove(_ i: Int) -> Bool {
        let node = tree[i]
        let weight = rules.weighClasses ? hints.weight[i] : 0
        if weight + (scores[i] ?? 0) < 0 { return true }
        if stats.commas[i] >= 10 { return false }
        let length = stats.textLength[i]
        let density = stats.linkDensity(i)
        let p = Double(stats.paragraphs[i]), img = Double(stats.images[i])
        let li = Double(stats.listItems[i])
        let isList = node.name == "ul" || node.name == "ol" || node.name == "dl"
        if length == 0 { return img == 0 }
        if isList { return density > 0.5 }
        if img > 1, p / img < 0.5 { return true }
        if li > p + 1, density > 0.3 { return true }
        if length < 25, img == 0, stats.headings[i] == 0, node.name != "span" { return density > 0 }
        if weight < 25, density > 0.2, length < 1000 { return true }
        if weight >= 25, density > 0.5 { return true }
        return false
    }
}
