import Foundation
import Testing
@testable import DossierKit

@Suite struct ReloadTests {
    @Test func highlightsAreReanchoredAndLostOnesKeptAsOrphaned() throws {
        let folder = Fixture.folder()
        let path = Fixture.writeTexts(in: folder)[0]
        var h = ShellHarness(folder: folder)
        h.run("load \(path)")
        h.run("highlight d1 \"more than 98,000 Russians\"; highlight d1 \"Interfax reported it\" gone; note d1:0-10 start; tag d1 keep")
        let changed = "UPDATE: " + Fixture.texts[0].replacingOccurrences(of: "Interfax reported it", with: "Interfax denied it")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        let r = h.run("reload d1")
        #expect(r.out == "reloaded d1 from \(path); moved 2 annotations; orphaned a2 (kept; see annotations --orphaned)\n", "\(r)")
        let w = h.workspace
        let text = CodePointText(w.document(DocumentID(1))!.text)
        for a in w.annotations where a.orphaned != true {
            if case let .span(_, s, e, quote, _, _) = a.target { #expect(text.slice(s, e) == quote) }
        }
        #expect(w.annotation(AnnotationID(1))?.target.label == "d1:24-49")
        #expect(w.annotation(AnnotationID(2))?.orphaned == true)
        #expect(w.annotation(AnnotationID(2))?.target.quote == "Interfax reported it")
        #expect(w.annotations.count == 4)
        #expect(h.run("annotations --orphaned --format csv").out.split(separator: "\r\n").count == 2)
        #expect(h.run("reload d1").out == "d1 unchanged (\(path))\n")
        #expect(h.run("undo").out == "undid: reload d1\n")
        #expect(h.workspace.annotation(AnnotationID(2))?.orphaned == nil)
    }

    @Test func reloadReappliesCurationAndKeepsIDs() throws {
        let folder = Fixture.folder()
        let path = Fixture.writeTexts(in: folder)[0]
        var h = ShellHarness(folder: folder)
        h.run("load \(path)")
        let moscow = h.workspace.visibleEntities.first { $0.name == "Moscow" }!.id
        h.run("reject \(moscow); entity add \"RIA Novosti\" ORG")
        try ("Moscow again. " + Fixture.texts[0]).write(toFile: path, atomically: true, encoding: .utf8)
        h.run("reload d1")
        #expect(!h.workspace.visibleEntities.contains { $0.name == "Moscow" })
        let ria = h.workspace.visibleEntities.first { $0.name == "RIA Novosti" }!
        #expect(ria.mentions.map(\.start) == [Fixture.texts[0].unicodeScalars.count - 16 + 14])
        #expect(h.workspace.documents.map(\.id) == [DocumentID(1)])
    }

    @Test func reloadFromAnotherFileAndMissingFiles() throws {
        let folder = Fixture.folder()
        let paths = Fixture.writeTexts(in: folder)
        var h = ShellHarness(folder: folder)
        h.run("load \(paths[0])")
        #expect(h.run("reload d1 --from \(folder)/missing.txt").err.contains("reload d1:"))
        #expect(h.run("reload d1 --from \(paths[1])").out.hasPrefix("reloaded d1 from \(paths[1])"))
        #expect(h.workspace.document(DocumentID(1))?.text == Fixture.texts[1])
        #expect(h.run("reload d7").err.contains("no document d7"))
    }
}

/// Finds numbers with a comma (e.g. "98,000") as figures.
struct StubFigures: FigureExtracting {
    func figures(in text: String, documentDate: String?) -> [FigureFacts] {
        let t = CodePointText(text)
        var out: [FigureFacts] = []
        var i = 0
        while i < t.count {
            if t.scalars[i].properties.numericType != nil {
                var j = i
                while j < t.count, t.scalars[j].properties.numericType != nil || t.scalars[j] == "," { j += 1 }
                let s = t.slice(i, j)
                if s.contains(",") { out.append(FigureFacts(start: i, end: j, text: s, kind: .number)) }
                i = j
            } else { i += 1 }
        }
        return out
    }
}

@Suite struct ReloadFigureTests {
    @Test func figureAnnotationsFollowTheirFigureOrBecomeOrphaned() throws {
        let folder = Fixture.folder()
        let path = folder + "/f.txt"
        try "Some 98,000 people and 12,500 cars.".write(toFile: path, atomically: true, encoding: .utf8)
        var h = ShellHarness(folder: folder)
        h.session.context.analyzer = TextAnalyzer(entityExtractor: StubExtractor(names: []), figureExtractor: StubFigures())
        h.run("load \(path); note f1 \"people\"; note f2 \"cars\"")
        try "Now 3,000 bikes, then 98,000 people.".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(h.run("reload d1").out.contains("orphaned a2"))
        let w = h.workspace
        #expect(w.figures.map(\.facts.text) == ["98,000", "3,000"])
        #expect(w.figure(FigureID(1))?.facts.text == "98,000")
        #expect(w.annotation(AnnotationID(1))?.target == .figure(FigureID(1)))
        #expect(w.annotation(AnnotationID(1))?.orphaned == nil)
        #expect(w.annotation(AnnotationID(2))?.orphaned == true)
        #expect(w.figure(FigureID(3))?.facts.text == "3,000")
    }
}
