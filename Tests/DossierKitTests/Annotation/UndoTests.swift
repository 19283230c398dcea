import Testing
@testable import DossierKit

@Suite struct UndoTests {
    @Test func undoAndRedoEveryKindOfChangeAcrossSave() {
        let folder = Fixture.folder()
        let files = Fixture.writeTexts(in: folder)
        var h = ShellHarness(folder: folder)
        h.run("load \(files[0]) \(files[1])")
        let loaded = h.workspace
        h.run("note d1 \"n\"; tag d2 t; highlight d1 Interfax; entity add \"RIA Novosti\" ORG; save s")
        let full = h.workspace
        h.run("drop d2")
        #expect(h.run("undo").out == "undid: drop d2\n")
        #expect(h.workspace.documents == full.documents)
        #expect(h.run("undo").out == "undid: entity add \"RIA Novosti\" ORG\n")
        #expect(h.run("undo; undo; undo").out == "undid: highlight d1 Interfax\nundid: tag d2 t\nundid: note d1 \"n\"\n")
        #expect(h.workspace.annotations.isEmpty)
        #expect(h.workspace.entities == loaded.entities)
        #expect(h.session.context.isDirty)
        #expect(h.run("redo; redo; redo; redo").err.isEmpty)
        #expect(h.workspace.annotations == full.annotations)
        #expect(h.workspace.curation == full.curation)
        #expect(h.run("redo").out == "redid: drop d2\n")
        #expect(h.run("redo").err.contains("nothing to redo"))
        #expect(h.run("undo; undo; undo; undo; undo; undo").out.hasSuffix("undid: load \(files[0]) \(files[1])\n"))
        #expect(h.workspace.documents.isEmpty)
        #expect(h.run("undo").err.contains("undo: nothing to undo"))
    }

    @Test func historyKeepsUndoLinesAndANewChangeClearsRedo() {
        var h = ShellHarness(workspace: Fixture.workspace())
        h.run("note d1 a; undo; note d1 b")
        #expect(h.workspace.history == ["note d1 a", "undo", "note d1 b"])
        #expect(h.run("redo").err.contains("nothing to redo"))
        #expect(h.workspace.annotations.map(\.body) == ["b"])
    }

    @Test func readOnlyCommandsAndFailuresAreNotRecorded() {
        var h = ShellHarness(workspace: Fixture.workspace())
        h.run("annotations; tags; docs; note d9 x; highlight d1 zzz")
        #expect(h.session.context.undoHistory.undoEntries.isEmpty)
    }

    @Test func newSessionStartsAFreshUndoHistory() {
        var h = ShellHarness(workspace: Fixture.workspace())
        h.run("note d1 a; new --force")
        #expect(h.run("undo").err.contains("nothing to undo"))
    }
}

@Suite struct UndoSequenceTests {
    /// Deterministic pseudo-random numbers (a 64-bit LCG), so failures repeat.
    struct LCG { var state: UInt64; mutating func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(n)) } }

    @Test(arguments: [1, 2, 3, 4, 5])
    func undoingEverythingRestoresTheStartAndRedoingRestoresTheEnd(seed: Int) {
        var h = ShellHarness(workspace: Fixture.workspace())
        var rng = LCG(state: UInt64(seed))
        let start = h.workspace
        var states = [start]
        for i in 0..<40 {
            let a = "a\(rng.next(max(1, h.workspace.counters.annotations)) + 1)"
            let line = switch rng.next(7) {
            case 0: "note d\(rng.next(3) + 1) \"n\(i)\""
            case 1: "tag d\(rng.next(3) + 1) t\(rng.next(4))"
            case 2: "highlight d1 Kazakhstan --nth \(rng.next(2) + 1)"
            case 3: "edit \(a) \"e\(i)\""
            case 4: "delete \(a)"
            case 5: "note d2:\(rng.next(20))-\(30 + rng.next(20)) span\(i)"
            default: "untag d\(rng.next(3) + 1) t\(rng.next(4))"
            }
            let before = h.workspace
            h.run(line)
            if h.workspace.annotations != before.annotations || h.workspace.counters != before.counters { states.append(h.workspace) }
        }
        let end = h.workspace
        for expected in states.reversed().dropFirst() {
            #expect(h.run("undo").err.isEmpty)
            #expect(h.workspace.annotations == expected.annotations)
            #expect(h.workspace.counters == expected.counters)
        }
        #expect(h.workspace.annotations == start.annotations)
        #expect(h.run("undo").err.contains("nothing to undo"))
        for _ in states.dropFirst() { h.run("redo") }
        #expect(h.workspace.annotations == end.annotations)
        #expect(h.workspace.entities == end.entities)
    }
}

@Suite struct UndoHistoryTests {
    @Test func deltaKeepsOnlyTheChangedAnnotations() throws {
        var w = Fixture.workspace()
        for i in 0..<50 { w.annotate(.note, .document(DocumentID(1)), body: "n\(i)", author: "a", at: "t") }
        var after = w
        _ = try after.edit(AnnotationID(20), body: "changed", at: "t2")
        var history = UndoHistory()
        history.record("edit a20", before: w, after: after)
        #expect(history.undoEntries[0].annotations.middle.map(\.id) == [AnnotationID(20)])
        #expect(history.undoEntries[0].base.annotations.isEmpty)
        let undone = try history.undo(current: after)
        #expect(undone.description == "edit a20")
        #expect(undone.workspace == w)
        #expect(try history.redo(current: undone.workspace).workspace == after)
    }

    @Test func annotationsChangedOutsideTheHistoryAreRefused() {
        var w = Fixture.workspace()
        let before = w
        w.annotate(.note, .document(DocumentID(1)), body: "x", author: "a", at: "t")
        var history = UndoHistory()
        history.record("note d1 x", before: before, after: w)
        w.annotate(.note, .document(DocumentID(1)), body: "unrecorded", author: "a", at: "t")
        #expect(throws: UndoError.outOfStep) { try history.undo(current: w) }
        #expect(history.undoEntries.isEmpty)
        #expect(throws: UndoError.nothingToUndo) { try history.undo(current: w) }
    }
}

@Suite struct UndoScriptTests {
    @Test func commandsInASourcedScriptAreUndoneOneByOne() throws {
        let folder = Fixture.folder()
        try "note d1 one\ntag d1 two\n".write(toFile: folder + "/s.dsh", atomically: true, encoding: .utf8)
        var h = ShellHarness(workspace: Fixture.workspace(), folder: folder)
        h.run("source \(folder)/s.dsh")
        #expect(h.session.context.undoHistory.undoEntries.map(\.description) == ["note d1 one", "tag d1 two"])
        #expect(h.run("undo; undo").out == "undid: tag d1 two\nundid: note d1 one\n")
        #expect(h.workspace.annotations.isEmpty)
    }
}
