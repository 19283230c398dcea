import Foundation
import Testing
@testable import DossierKit

@Suite struct WebAnnotationTests {
    func annotatedWorkspace() -> Workspace {
        var w = Fixture.workspace()
        let t = CodePointText(w.document(DocumentID(1))!.text)
        w.annotate(.note, .document(DocumentID(1)), body: "a \"note\"\nwith 🎉", author: "ann", at: "2026-01-01T00:00:00Z")
        w.annotate(.tag, .entity(EntityID(1)), body: "place", author: "ann", at: "2026-01-01T00:00:01Z")
        w.annotate(.highlight, TextAnchor.span(in: t, document: DocumentID(1), start: 16, end: 41), body: "",
                   author: "bob", at: "2026-01-01T00:00:02Z")
        w.annotate(.highlight, TextAnchor.span(in: t, document: DocumentID(1), start: 0, end: 10), body: "why?",
                   author: "bob", at: "2026-01-01T00:00:03Z")
        return w
    }

    /// The MUSTs of the W3C Web Annotation Data Model (§3.1, §3.2.6–3.2.7, §4.1, §5) checked on raw JSON.
    @Test func exportHasTheW3CModelsRequiredFields() throws {
        let w = annotatedWorkspace()
        let json = try JSONSerialization.jsonObject(with: Data(WebAnnotationExport.encode(w, label: "t"))) as! [String: Any]
        #expect(json["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(json["type"] as? String == "AnnotationCollection")
        #expect((json["id"] as? String)?.contains(":") == true)
        #expect(json["total"] as? Int == 4)
        let page = try #require(json["first"] as? [String: Any])
        #expect(page["type"] as? String == "AnnotationPage")
        let items = try #require(page["items"] as? [[String: Any]])
        #expect(items.count == 4)
        for item in items {
            #expect(item["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
            #expect((item["id"] as? String)?.hasPrefix("urn:") == true)
            #expect(item["type"] as? String == "Annotation")
            #expect(item["target"] != nil)
            #expect(["commenting", "tagging", "highlighting"].contains(item["motivation"] as? String ?? ""))
            #expect((item["created"] as? String)?.hasSuffix("Z") == true)
            if let body = item["body"] as? [String: Any] {
                #expect(body["type"] as? String == "TextualBody")
                #expect(body["value"] is String)
            }
            if let target = item["target"] as? [String: Any] {
                #expect(target["type"] as? String == "SpecificResource")
                #expect((target["source"] as? String)?.hasPrefix("urn:sha256:") == true)
                let selectors = try #require(target["selector"] as? [[String: Any]])
                let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
                #expect(position["start"] is Int && position["end"] is Int)
                let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
                #expect(quote["exact"] is String)
            } else {
                #expect((item["target"] as? String)?.hasPrefix("urn:") == true)
            }
        }
        let tag = items[1]["body"] as! [String: Any]
        #expect(tag["purpose"] as? String == "tagging" && tag["value"] as? String == "place")
    }

    @Test func exportThenImportGivesTheSameAnnotations() throws {
        let w = annotatedWorkspace()
        let bytes = try WebAnnotationExport.encode(w)
        var empty = w
        _ = try empty.deleteAnnotations(w.annotations.map(\.id))
        let back = try WebAnnotationImport.decode(bytes, path: "x.jsonld", into: empty)
        #expect(back.map(\.kind) == w.annotations.map(\.kind))
        #expect(back.map(\.target) == w.annotations.map(\.target))
        #expect(back.map(\.body) == w.annotations.map(\.body))
        #expect(back.map(\.author) == w.annotations.map(\.author))
        #expect(back.map(\.created) == w.annotations.map(\.created))
    }

    @Test func importThroughTheShellAndSkipsDuplicates() {
        let folder = Fixture.folder()
        var h = ShellHarness(workspace: annotatedWorkspace(), folder: folder)
        #expect(h.run("export annotations \(folder)/a.jsonld").out == "exported 4 annotations to \(folder)/a.jsonld\n")
        #expect(h.run("import annotations \(folder)/a.jsonld").out == "imported 0 annotations; skipped 4 already present\n")
        h.run("delete a1 a3")
        #expect(h.run("import annotations \(folder)/a.jsonld").out == "imported 2 annotations (a5–a6); skipped 2 already present\n")
    }

    static let bad: [(String, String)] = [
        ("not json", "is not JSON"),
        ("{\"type\": \"AnnotationCollection\"}", "is not a Web Annotation collection"),
        (#"{"items": [{"type": "Annotation", "target": "urn:sha256:X", "body": {"value": "ok"}}]}"#, "record 1 (items[0]): target urn:sha256:X: no loaded document"),
        (#"{"items": [GOOD, {"type": "Annotation", "body": {"value": "x"}}]}"#, "record 2 (items[1]): missing \"target\""),
        (#"{"first": {"items": [GOOD, GOOD, {"type": "Note", "target": "urn:dossier:entity:e1"}]}}"#, "record 3 (items[2]): \"type\" is not \"Annotation\""),
        (#"[GOOD, {"type": "Annotation", "target": "urn:dossier:entity:e1"}]"#, "record 2 (items[1]): no body text and no tag"),
        (#"[{"type": "Annotation", "target": "urn:dossier:figure:f9", "body": {"value": "x"}}]"#, "no figure f9"),
        (#"[{"type": "Annotation", "target": {"source": "urn:dossier:document:d1", "selector": {"type": "TextPositionSelector", "start": 5, "end": 2}}, "body": {"value": "x"}}]"#, "outside d1"),
        (#"[{"type": "Annotation", "target": "urn:dossier:entity:e1", "body": {"value": 7}}]"#, "record 1 (items[0]): \"value\" has the wrong type"),
    ]

    @Test(arguments: bad)
    func malformedImportNamesTheFirstBadRecordAndImportsNothing(json: String, message: String) {
        let folder = Fixture.folder()
        let path = folder + "/bad.jsonld"
        let good = #"{"type": "Annotation", "target": "urn:dossier:entity:e1", "body": {"value": "fine"}}"#
        FileManager.default.createFile(atPath: path, contents: Data(json.replacingOccurrences(of: "GOOD", with: good).utf8))
        var h = ShellHarness(workspace: Fixture.workspace(), folder: folder)
        let r = h.run("import annotations \(path)")
        #expect(r.err.contains(message), "\(r.err)")
        #expect(h.workspace.annotations.isEmpty)
    }

    @Test func importFindsAQuoteWithoutPositionAndOrphansAMissingOne() throws {
        let w = Fixture.workspace()
        let sha = w.document(DocumentID(2))!.sha256
        let json = """
            [{"type": "Annotation", "motivation": "highlighting", "target": {"source": "urn:sha256:\(sha)", "selector": {"type": "TextQuoteSelector", "exact": "Astana"}}},
             {"type": "Annotation", "motivation": "highlighting", "target": {"source": "urn:sha256:\(sha)", "selector": {"type": "TextQuoteSelector", "exact": "Almaty"}}}]
            """
        let list = try WebAnnotationImport.decode(Array(json.utf8), path: "q.jsonld", into: w)
        #expect(list.map(\.target.label) == ["d2:25-31", "d2:0-6"])
        #expect(list.map(\.orphaned) == [nil, true])
    }

    /// A quote not found keeps offsets inside the document whatever the file says, so the session
    /// still saves and reopens; a start near Int.max or below zero neither traps nor escapes.
    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "1000000", "3"])
    func importOfAnOrphanedQuoteKeepsOffsetsInsideTheDocument(start: String) throws {
        var w = Fixture.workspace()
        let doc = w.document(DocumentID(2))!
        let json = """
            [{"type": "Annotation", "motivation": "highlighting", "target": {"source": "urn:sha256:\(doc.sha256)", "selector": [
              {"type": "TextPositionSelector", "start": \(start), "end": 9223372036854775807},
              {"type": "TextQuoteSelector", "exact": "not in the text at all"}]}}]
            """
        let list = try WebAnnotationImport.decode(Array(json.utf8), path: "q.jsonld", into: w)
        let length = CodePointText(doc.text).count
        guard case let .span(_, s, e, _, _, _) = try #require(list.first).target else { Issue.record("not a span"); return }
        #expect(list.first?.orphaned == true)
        #expect(0 <= s && s <= e && e <= length)
        _ = w.append(importing: w.newAnnotations(in: list))
        let reopened = try SessionCodec.decode(try SessionCodec.encode(w), path: "x.json")
        #expect(reopened.annotations.count == 1)
    }

    @Test func reportListsDocumentsEntitiesFiguresNotesAndHighlights() {
        var w = annotatedWorkspace()
        w.add(Fixture.draft("Some 98,000 people, said Interfax."),
              analysis: DocumentAnalysis(figures: [FigureFacts(start: 5, end: 11, text: "98,000", kind: .number, value: 98000, counts: "people", source: "Interfax")]),
              loadedAt: "2026-01-01T00:00:00Z")
        let md = ResearchReport.markdown(w, title: "Report", generated: "2026-01-01T00:00:00Z", author: "ann")
        #expect(md.hasPrefix("# Report\n"))
        #expect(md.contains("| d1 | "))
        #expect(md.contains("- **Kazakhstan** (LOC, e1): 3 mentions in d1, d2"))
        #expect(md.contains("- **98,000** (f1, number) in d4: people — source: Interfax"))
        #expect(md.contains("### a4: highlight on d1 "))
        #expect(md.contains("> …**Kazakhstan** said more than 98,000 Russians …\n\nwhy?\n"))
        #expect(md.contains("a \"note\"\nwith 🎉"))
        #expect(md.contains("- **place** (1): e1"))
    }
}
