/// Writes a `CooccurrenceGraph` as GraphML (yEd, Cytoscape, NetworkX, igraph): node keys label,
/// type, mentions, documents and dates; edge keys weight and dates.
public enum GraphMLWriter {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    public static func write(_ g: CooccurrenceGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
              <key id="documents" for="node" attr.name="documents" attr.type="int"/>
              <key id="dates" for="node" attr.name="dates" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="edgedates" for="edge" attr.name="dates" attr.type="string"/>
              <graph id="G" edgedefault="undirected">

            """
        for n in g.nodes {
            out += "    <node id=\"\(n.id)\">"
            out += "<data key=\"label\">\(MarkupText.escape(n.label))</data>"
            out += "<data key=\"type\">\(n.type.rawValue)</data>"
            out += "<data key=\"mentions\">\(n.mentions)</data>"
            out += "<data key=\"documents\">\(n.documents)</data>"
            if !n.dates.isEmpty { out += "<data key=\"dates\">\(n.dates.joined(separator: " "))</data>" }
            out += "</node>\n"
        }
        for (i, e) in g.edges.enumerated() {
            out += "    <edge id=\"x\(i)\" source=\"\(e.source)\" target=\"\(e.target)\">"
            out += "<data key=\"weight\">\(e.weight)</data>"
            if !e.byDate.isEmpty { out += "<data key=\"edgedates\">\(e.byDate.map(\.date).joined(separator: " "))</data>" }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }
}
