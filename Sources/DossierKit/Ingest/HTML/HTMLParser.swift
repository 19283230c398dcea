@preconcurrency import CLibXML2

/// Parses HTML bytes with libxml2's HTML parser (recovering from errors, silent, no network, no
/// size or depth limits: everything after it is iterative or depth-guarded) into an `HTMLTree`. libxml2 decodes the page from its declared charset; see `HTMLCharset`.
public enum HTMLParser {
    /// Elements never kept in the tree: their content is not text a reader sees.
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe",
                                       "object", "embed", "canvas", "select", "textarea", "button", "input"]

    /// The parsed tree, the JSON-LD blocks (script contents kept apart) and the encoding used.
    public struct Result: Sendable {
        public var tree: HTMLTree
        public var jsonLD: [String]
        /// The encoding passed to libxml2 (nil: the page's own declaration was used).
        public var encodingOverride: String?
        public var warnings: [String]
    }

    public static func parse(_ page: [UInt8], source: String = "page") -> Result? {
        let bytes = HTMLAttributeLimit.capped(page)
        let choice = HTMLCharset.choose(bytes)
        dossier_xml_silence_errors() // per thread in libxml2: loads run on several threads
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        guard let doc = bytes.withUnsafeBufferPointer({ buf -> htmlDocPtr? in
            buf.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, choice.encoding, options)
            }
        }) else { return nil }
        defer { xmlFreeDoc(doc) }
        var tree = HTMLTree()
        var jsonLD: [String] = []
        var stack: [(UnsafeMutablePointer<xmlNode>?, Int)] = [(doc.pointee.children, 0)]
        while let (first, parent) = stack.popLast() {
            var node = first
            var pending: [(UnsafeMutablePointer<xmlNode>?, Int)] = []
            while let n = node {
                switch n.pointee.type {
                case XML_ELEMENT_NODE:
                    let name = String(cString: n.pointee.name).lowercased()
                    if name == "script" {
                        if attribute(n, "type")?.lowercased().contains("ld+json") == true {
                            jsonLD.append(content(n))
                        }
                    } else if !dropped.contains(name) {
                        let i = tree.append(name, attributes: attributes(n), parent: parent)
                        pending.append((n.pointee.children, i))
                    }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let c = n.pointee.content {
                        tree.append("#text", text: String(cString: c), parent: parent)
                    }
                default:
                    break
                }
                node = n.pointee.next
            }
            // Children are visited after their siblings are appended, in document order.
            stack.append(contentsOf: pending.reversed())
        }
        var warnings = choice.warnings.map { "\(source): \($0)" }
        if tree.nodes.count <= 1 { warnings.append("\(source): no HTML content") }
        return Result(tree: tree, jsonLD: jsonLD, encodingOverride: choice.encoding, warnings: warnings)
    }

    private static func attributes(_ n: UnsafeMutablePointer<xmlNode>) -> [String: String] {
        var out: [String: String] = [:]
        var a = n.pointee.properties
        while let attr = a {
            let key = String(cString: attr.pointee.name).lowercased()
            if let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(attr))) {
                out[key] = String(cString: value)
                xmlFree(value)
            }
            a = attr.pointee.next
        }
        return out
    }

    private static func attribute(_ n: UnsafeMutablePointer<xmlNode>, _ key: String) -> String? {
        guard let v = xmlGetProp(n, key) else { return nil }
        defer { xmlFree(v) }
        return String(cString: v)
    }

    private static func content(_ n: UnsafeMutablePointer<xmlNode>) -> String {
        guard let v = xmlNodeGetContent(n) else { return "" }
        defer { xmlFree(v) }
        return String(cString: v)
    }
}
