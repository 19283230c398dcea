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
