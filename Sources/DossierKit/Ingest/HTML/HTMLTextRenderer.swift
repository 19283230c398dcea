import Foundation

/// Turns the kept part of an `HTMLTree` into plain text: one paragraph per block element,
/// separated by blank lines; list items and `<br>` on their own lines; `<pre>` kept as is.
struct HTMLTextRenderer {
    let tree: HTMLTree
    let removed: [Bool]

    private var blocks: [String] = []
    /// Finished lines of the current block, each with its count of link characters.
    private var lines: [(text: String, link: Int, isItem: Bool)] = []
    private var inItem = false
    private var current = ""
    /// Characters of `current` inside links, to drop lines that are nothing but a link.
    private var linkCharacters = 0
    private var inLink = false

    init(tree: HTMLTree, removed: [Bool]) {
        self.tree = tree
        self.removed = removed
    }

    static func render(_ tree: HTMLTree, roots: [Int], removed: [Bool]) -> String {
        var r = HTMLTextRenderer(tree: tree, removed: removed)
        for root in roots { r.visit(root, preformatted: false) }
        r.flush()
        return r.blocks.joined(separator: "\n\n")
    }

    private mutating func newline() {
        lines.append((current, linkCharacters, inItem))
        current = ""
        linkCharacters = 0
    }

    private mutating func flush() {
        newline()
        // A block, or a list item, that is all link ("More stories: …", related headlines) is navigation.
        let texts = lines.map { HTMLWhitespace.collapse($0.text) }
        let length = texts.reduce(0) { $0 + $1.count }
        let link = lines.reduce(0) { $0 + $1.link }
        defer { lines = [] }
        guard length > 0, Double(link) < 0.9 * Double(length) else { return }
        let kept = zip(lines, texts).compactMap { line, text -> String? in
            if text.isEmpty || (line.isItem && Double(line.link) >= 0.9 * Double(text.count)) { return nil }
            return text
        }
        if !kept.isEmpty { blocks.append(kept.joined(separator: "\n")) }
    }

    /// Below this depth a subtree is rendered as one run of text, so no page can exhaust the stack.
    static let maximumDepth = 1000
    private var depth = 0

    private mutating func visit(_ i: Int, preformatted: Bool) {
        if removed[i] { return }
        let node = tree[i]
        if depth > Self.maximumDepth {
            current += " " + tree.textContent(i) + " "
            return
        }
        depth += 1
        defer { depth -= 1 }
        if node.isText {
            if preformatted {
                for line in node.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if line.offset > 0 { current += "\n" }
                    current += line.element.replacingOccurrences(of: " ", with: "\u{00A0}")
                }
            } else {
                current += node.text.replacingOccurrences(of: "\n", with: " ")
                if inLink { linkCharacters += HTMLWhitespace.collapse(node.text).count }
            }
            return
        }
        switch node.name {
        case "br":
            if preformatted { current += "\n" } else { newline() }
        case "a":
            let outer = inLink
            inLink = true
            for c in node.children { visit(c, preformatted: preformatted) }
            inLink = outer
        case "li", "dt", "dd", "tr":
            if preformatted {
                for c in node.children { visit(c, preformatted: true) }
                return
            }
            newline()
            let outer = inItem
            inItem = node.name == "li"
            for c in node.children { visit(c, preformatted: preformatted) }
            newline()
            inItem = outer
        case "td", "th":
            current += " "
            for c in node.children { visit(c, preformatted: preformatted) }
            current += " "
        case "pre":
            flush()
            for c in node.children { visit(c, preformatted: true) }
            flushPreformatted()
        default:
            let block = ArticleExtractor.blockTags.contains(node.name) && node.name != "td"
            if block { flush() }
            for c in node.children { visit(c, preformatted: preformatted) }
            if block { flush() }
        }
    }

    /// `<pre>` keeps its line breaks and spacing (no-break spaces stand in while collecting).
    private mutating func flushPreformatted() {
        let text = current.replacingOccurrences(of: "\u{00A0}", with: " ")
        let trimmed = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.reversed().drop { $0 == " " }.reversed() }.map { String($0) }
        let joined = trimmed.joined(separator: "\n").trimmingCharacters(in: .newlines)
        if !joined.isEmpty { blocks.append(joined) }
        current = ""
    }
}
