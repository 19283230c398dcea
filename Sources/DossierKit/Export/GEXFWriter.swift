/// Writes a `CooccurrenceGraph` as GEXF 1.3 (Gephi's format): node attributes type, mentions and
/// documents; edge weights; and the documents' dates as spells plus a dynamic per-date weight, so
/// Gephi's timeline can play the network over time.
public enum GEXFWriter {
    public static let namespace = "http://gexf.net/1.3"

    public static func write(_ g: CooccurrenceGraph, title: String, generated: String) -> String {
        let dynamic = g.nodes.contains { !$0.dates.isEmpty }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(namespace) http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta lastmodifieddate="\(MarkupText.escape(String(generated.prefix(10))))">
                <creator>Dossier</creator>
                <description>\(MarkupText.escape(title)): entities linked when one \(g.unit.rawValue) mentions both</description>
              </meta>
              <graph defaultedgetype="undirected" mode="\(dynamic ? "dynamic" : "static")"\(dynamic ? " timeformat=\"date\"" : "")>
                <attributes class="node" mode="static">
                  <attribute id="type" title="type" type="string"/>
                  <attribute id="mentions" title="mentions" type="integer"/>
                  <attribute id="documents" title="documents" type="integer"/>
                </attributes>

            """
        if dynamic {
            out += """
                    <attributes class="edge" mode="dynamic">
                      <attribute id="together" title="\(g.unit.rawValue)s together" type="integer"/>
                    </attributes>

                """
        }
        out += "    <nodes>\n"
        for n in g.nodes {
            out += "      <node id=\"\(n.id)\" label=\"\(MarkupText.escape(n.label))\">\n"
            out += "        <attvalues>"
            out += "<attvalue for=\"type\" value=\"\(n.type.rawValue)\"/>"
            out += "<attvalue for=\"mentions\" value=\"\(n.mentions)\"/>"
            out += "<attvalue for=\"documents\" value=\"\(n.documents)\"/>"
            out += "</attvalues>\n"
            out += spells(n.dates)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, e) in g.edges.enumerated() {
            out += "      <edge id=\"\(i)\" source=\"\(e.source)\" target=\"\(e.target)\" weight=\"\(e.weight)\">\n"
            if dynamic, !e.byDate.isEmpty {
                out += "        <attvalues>"
                for d in e.byDate { out += "<attvalue for=\"together\" value=\"\(d.weight)\" start=\"\(d.date)\" end=\"\(d.date)\"/>" }
                out += "</attvalues>\n"
            }
            out += spells(e.byDate.map(\.date))
            out += "      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// One spell per day the thing appears on; nothing when it has no dated document (then it is
    /// present all the time).
    private static func spells(_ dates: [String]) -> String {
        guard !dates.isEmpty else { return "" }
        return "        <spells>" + dates.map { "<spell start=\"\($0)\" end=\"\($0)\"/>" }.joined() + "</spells>\n"
    }
}
