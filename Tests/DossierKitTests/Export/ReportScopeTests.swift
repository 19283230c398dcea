import Foundation
import Testing
@testable import DossierKit

/// `export report|html --doc/--tag/--about`, and the key figures a report lists without `--all`.
@Suite struct ReportScopeTests {
    static var example: String { Fixtures.repositoryRoot + "/Sessions/example.json" }

    @Test func restrictingKeepsOnlyWhatTheDocumentsHold() throws {
        let w = try SessionStore().load(Self.example)
        let d2 = w.restricted(to: [DocumentID(2)])
        #expect(d2.documents.map(\.id) == [DocumentID(2)])
        #expect(d2.figures.allSatisfy { $0.document == DocumentID(2) } && !d2.figures.isEmpty)
        #expect(d2.entities.allSatisfy { !$0.mentions.isEmpty && $0.mentions.allSatisfy { $0.document == DocumentID(2) } })
        #expect(d2.annotations.map(\.body).contains("dependence on one route"))
        #expect(!d2.annotations.map(\.body).contains("key figure: arrivals"))
    }

    @Test func keyFiguresSayWhatTheyCountAndAnnotatedComeFirst() throws {
        let w = try SessionStore().load(Self.example)
        let (shown, omitted) = ReportFigures.select(w, all: false, limit: 5)
        #expect(shown.count == 5 && omitted == w.figures.count - 5)
        #expect(shown.allSatisfy { $0.facts.counts != nil && $0.facts.kind != .date })
        #expect(shown.map(\.id) == shown.map(\.id).sorted())
        #expect(ReportFigures.select(w, all: true).shown.count == w.figures.count)
        let groups = ReportFigures.grouped(w.figures)
        #expect(groups.map(\.figures.count) == groups.map(\.figures.count).sorted(by: >))
    }

    @Test func reportAndHTMLTakeFilters() throws {
        let folder = Fixture.folder()
        var h = ShellHarness(folder: folder)
        let r = h.run("""
            open \(Self.example)
            export report \(folder)/oil.md --tag oil
            export report \(folder)/all.md --all
            export report \(folder)/key.md
            export html \(folder)/grain.html --about grain
            export html \(folder)/none.html --tag nosuchtag
            """)
        #expect(r.out.contains("oil.md (1 document") && r.out.contains("grain.html (1 document"))
        #expect(r.err.contains("no document is tagged 'nosuchtag'"))
        let oil = try String(contentsOfFile: folder + "/oil.md", encoding: .utf8)
        #expect(oil.contains("| d2 |") && !oil.contains("| d1 |") && oil.contains("tagged oil"))
        let all = try String(contentsOfFile: folder + "/all.md", encoding: .utf8)
        let key = try String(contentsOfFile: folder + "/key.md", encoding: .utf8)
        let w = try SessionStore().load(Self.example)
        #expect(all.components(separatedBy: "\n- **").count - 1 > key.components(separatedBy: "\n- **").count - 1)
        #expect(key.contains("not listed (`export report FILE --all` lists every one)") && !all.contains("not listed"))
        #expect(all.contains("(f\(w.figures.count), "))
        let grain = try String(contentsOfFile: folder + "/grain.html", encoding: .utf8)
        #expect(grain.contains("<tr id=\"d3\">") && !grain.contains("<tr id=\"d1\">") && grain.contains("about “grain”"))
    }
}
