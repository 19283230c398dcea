import Testing
@testable import DossierKit

/// A session at the ID limit refuses the command that would pass it, so what is saved reopens.
@Suite struct IDCounterLimitTests {
    func workspace(annotations: Int) -> Workspace {
        let w = Fixture.workspace()
        var counters = w.counters
        counters.annotations = annotations
        return Workspace(documents: w.documents, entities: w.entities, figures: w.figures, annotations: w.annotations,
                         curation: w.curation, counters: counters, history: w.history)
    }

    @Test func aCommandThatWouldPassTheLimitChangesNothing() throws {
        var h = ShellHarness(workspace: workspace(annotations: IDCounters.limit))
        let r = h.run("note d1 \"one more\"")
        #expect(r.err == "test:1: note: the session has used all 2,147,483,647 annotations IDs it may hold; nothing was changed (start a new session, or export and import)\n")
        #expect(h.workspace.annotations.isEmpty)
        #expect(h.workspace.counters.annotations == IDCounters.limit)
        let reopened = try SessionCodec.decode(try SessionCodec.encode(h.workspace), path: "s.json")
        #expect(reopened.counters.annotations == IDCounters.limit)
    }

    @Test func justBelowTheLimitTheLastIDIsHandedOutAndTheSessionReopens() throws {
        var h = ShellHarness(workspace: workspace(annotations: IDCounters.limit - 1))
        #expect(h.run("note d1 last").out == "a2147483647 note on d1\n")
        let reopened = try SessionCodec.decode(try SessionCodec.encode(h.workspace), path: "s.json")
        #expect(reopened.annotations.map(\.id.number) == [IDCounters.limit])
    }
}
