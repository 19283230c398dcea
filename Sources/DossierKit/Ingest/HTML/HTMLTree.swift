/// A parsed HTML page as a flat array of nodes (elements and text), children by index: a plain
/// value that the extractors walk without touching libxml2 again. Node 0 is the document root.
public struct HTMLTree: Sendable {
    /// One element or text node.
    public struct Node: Sendable {
        /// Lower-case tag name; `#text` for text, `#root` for the document.
        public var name: String
        /// The text of a text node (UTF-8 as decoded by libxml2); empty for elements.
        public var text: String
        public var attributes: [String: String]
        public var parent: Int
        public var children: [Int]

        public var isText: Bool { name == "#text" }
        public func attribute(_ key: String) -> String? { attributes[key] }
        /// `class` and `id` together, lower-cased: what boilerplate hints are matched against.
        public var classAndID: String {
            ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        }
    }

    public var nodes: [Node]

    /// An empty page: the root alone.
    public init() {
        nodes = [Node(name: "#root", text: "", attributes: [:], parent: -1, children: [])]
    }

    public subscript(_ i: Int) -> Node { nodes[i] }

    /// Appends a node under `parent` and returns its index.
    @discardableResult
    mutating func append(_ name: String, text: String = "", attributes: [String: String] = [:], parent: Int) -> Int {
        let i = nodes.count
        nodes.append(Node(name: name, text: text, attributes: attributes, parent: parent, children: []))
        nodes[parent].children.append(i)
        return i
    }

    /// Every element below `root` (depth first, document order), `root` included.
    public func descendants(of root: Int = 0) -> [Int] {
        var out: [Int] = []
        var stack = [root]
        while let i = stack.popLast() {
            out.append(i)
            stack.append(contentsOf: nodes[i].children.reversed())
        }
        return out
    }

    /// Elements named `name` anywhere in the page, in document order.
    public func elements(named name: String, under root: Int = 0) -> [Int] {
        descendants(of: root).filter { nodes[$0].name == name }
    }

    /// All text below `i`, whitespace collapsed to single spaces.
    public func textContent(_ i: Int) -> String {
        var out = ""
        for j in descendants(of: i) where nodes[j].isText { out += nodes[j].text; out += " " }
        return HTMLWhitespace.collapse(out)
    }

    /// True when `i` lies below `ancestor` (or is it).
    public func isInside(_ i: Int, _ ancestor: Int) -> Bool {
        var j = i
        while j >= 0 { if j == ancestor { return true }; j = nodes[j].parent }
        return false
    }
}

/// Whitespace handling shared by the HTML code.
enum HTMLWhitespace {
    /// Whitespace or a no-break space; ASCII is decided without a Unicode property lookup.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value == 0x20 || (0x09...0x0D).contains(c.value)) : (c.properties.isWhitespace || c.value == 0xA0)
    }

    /// Runs of whitespace (including no-break spaces) become one space; ends trimmed.
    static func collapse(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s.unicodeScalars {
            if isSpace(c) || c == "\u{200B}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
