import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DossierKit

/// The co-occurrence network and its GEXF and GraphML files, parsed back as XML.
@Suite struct GraphExportTests {
    static let text = "Kazakhstan and Russia met. Interfax spoke.\n\nRussia and Moscow agreed. Kazakhstan too, said Interfax."

    static func workspace() -> Workspace {
        var w = Workspace()
        for (i, date) in ["2022-09-28", "2022-10-02"].enumerated() {
            let draft = DocumentDraft(title: "t\(i)", source: "s\(i)", format: "text", sha256: "\(i)", text: text, date: date)
            w.add(draft, analysis: Fixture.analyzer.analyze(text, documentDate: draft.date), loadedAt: "2026-01-01T00:00:00Z")
        }
        return w
    }

    func weights(_ g: CooccurrenceGraph, in w: Workspace) -> [String: Int] {
        func name(_ id: EntityID) -> String { w.entity(id)?.name ?? "?" }
        return Dictionary(uniqueKeysWithValues: g.edges.map { ([name($0.source), name($0.target)].sorted().joined(separator: "-"), $0.weight) })
    }

    @Test func sentencesAndParagraphsLinkEntities() {
        let w = Self.workspace()
        let bySentence = CooccurrenceGraph(w)
        #expect(weights(bySentence, in: w) == ["Kazakhstan-Russia": 2, "Moscow-Russia": 2, "Interfax-Kazakhstan": 2])
        #expect(bySentence.edges.first?.byDate.map(\.date) == ["2022-09-28", "2022-10-02"])
        let byParagraph = weights(CooccurrenceGraph(w, unit: .paragraph), in: w)
        #expect(byParagraph["Kazakhstan-Russia"] == 4 && byParagraph["Interfax-Moscow"] == 2 && byParagraph.count == 6)
        let places = CooccurrenceGraph(w, types: [.location], minWeight: 2)
        #expect(places.nodes.map(\.label).sorted() == ["Kazakhstan", "Moscow", "Russia"])
        #expect(weights(places, in: w) == ["Kazakhstan-Russia": 2, "Moscow-Russia": 2])
        #expect(CooccurrenceGraph(w, minWeight: 3).edges.isEmpty)
        let node = bySentence.nodes.first { $0.label == "Kazakhstan" }
        #expect(node?.mentions == 4 && node?.documents == 2 && node?.dates == ["2022-09-28", "2022-10-02"])
    }

    @Test func onlyChosenDocumentsCount() {
        let w = Self.workspace()
        let g = CooccurrenceGraph(w, documents: [DocumentID(2)])
        #expect(g.nodes.allSatisfy { $0.documents == 1 && $0.dates == ["2022-10-02"] })
        #expect(g.edges.allSatisfy { $0.weight == 1 })
    }

    @Test func gexfIsValidDynamicGEXF13() throws {
        let xml = GEXFWriter.write(CooccurrenceGraph(Self.workspace()), title: "t <&> \"q\"", generated: "2026-01-01T00:00:00Z")
        let root = try Self.parse(xml)
        #expect(root.localName == "gexf" && root.uri == "http://gexf.net/1.3" && Self.attr(root, "version") == "1.3")
        let graph = try #require(Self.elements(root, "graph").first)
        #expect(Self.attr(graph, "mode") == "dynamic" && Self.attr(graph, "timeformat") == "date")
        let declared = Set(Self.elements(root, "attribute").compactMap { Self.attr($0, "id") })
        try Self.checkGraph(root, edgeWeight: { Self.attr($0, "weight") })
        for value in Self.elements(root, "attvalue") {
            #expect(declared.contains(Self.attr(value, "for") ?? ""))
        }
        for spell in Self.elements(root, "spell") {
            #expect(PartialDate(iso: Self.attr(spell, "start") ?? "")?.day != nil)
        }
        #expect(Self.elements(root, "description").first?.stringValue?.hasPrefix("t <&> \"q\"") == true)
    }

    @Test func graphMLIsValid() throws {
        let root = try Self.parse(GraphMLWriter.write(CooccurrenceGraph(Self.workspace())))
        #expect(root.localName == "graphml" && root.uri == "http://graphml.graphdrawing.org/xmlns")
        let keys = Self.elements(root, "key").compactMap { Self.attr($0, "id") }
        #expect(Set(keys).count == keys.count)
        for data in Self.elements(root, "data") { #expect(keys.contains(Self.attr(data, "key") ?? "")) }
        try Self.checkGraph(root) { edge in
            Self.children(edge, "data").first { Self.attr($0, "key") == "weight" }?.stringValue
        }
    }

    @Test func theExampleSessionExportsThroughTheShell() throws {
        let folder = Fixture.folder()
        var h = ShellHarness(folder: folder)
        let r = h.run("open \(Fixtures.repositoryRoot)/Sessions/example.json\nexport graph \(folder)/n.gexf --type PER,LOC\nexport graph \(folder)/n.graphml --within paragraph\nexport graph \(folder)/heavy.gexf --min-weight 2\nexport graph \(folder)/n.txt\nexport report \(folder)/r.md --type PER")
        #expect(r.out.contains("links to \(folder)/n.gexf") && r.out.contains("wrote 37 entities and 0 links to \(folder)/heavy.gexf"))
        #expect(r.err.contains("name the file .gexf (Gephi) or .graphml") && r.err.contains("are for export graph"))
        let gexf = try Self.parse(String(contentsOfFile: folder + "/n.gexf", encoding: .utf8))
        let types = Set(Self.elements(gexf, "attvalue").filter { Self.attr($0, "for") == "type" }.compactMap { Self.attr($0, "value") })
        #expect(types == ["PER", "LOC"])
        try Self.checkGraph(gexf) { Self.attr($0, "weight") }
        try Self.checkGraph(try Self.parse(String(contentsOfFile: folder + "/n.graphml", encoding: .utf8))) { edge in
            Self.children(edge, "data").first { Self.attr($0, "key") == "weight" }?.stringValue
        }
    }

    // MARK: XML checks

    static func parse(_ xml: String) throws -> XMLElement {
        let doc = try XMLDocument(data: Data(xml.utf8), options: [])
        return try #require(doc.rootElement())
    }

    /// An attribute's value (FoundationXML's `attribute(forName:)` finds none under a default namespace).
    static func attr(_ e: XMLElement, _ name: String) -> String? {
        e.attributes?.first { $0.localName == name }?.stringValue
    }

    static func children(_ e: XMLElement, _ name: String) -> [XMLElement] {
        (e.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name }
    }

    static func elements(_ e: XMLElement, _ name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        var stack = [e]
        while let next = stack.popLast() {
            if next.localName == name { out.append(next) }
            stack.append(contentsOf: (next.children ?? []).compactMap { $0 as? XMLElement }.reversed())
        }
        return out
    }

    /// Node IDs unique, every element in the root's namespace, every edge's ends existing nodes,
    /// and every edge weight a positive number.
    static func checkGraph(_ root: XMLElement, edgeWeight: (XMLElement) -> String?) throws {
        let nodes = elements(root, "node").compactMap { Self.attr($0, "id") }
        #expect(!nodes.isEmpty && Set(nodes).count == nodes.count)
        for e in elements(root, root.localName ?? "") + elements(root, "node") + elements(root, "edge") { #expect(e.uri == root.uri) }
        let edges = elements(root, "edge")
        #expect(!edges.isEmpty)
        for edge in edges {
            #expect(nodes.contains(Self.attr(edge, "source") ?? ""))
            #expect(nodes.contains(Self.attr(edge, "target") ?? ""))
            let weight = try #require(edgeWeight(edge).flatMap(Double.init))
            #expect(weight.isFinite && weight > 0)
        }
    }
}
