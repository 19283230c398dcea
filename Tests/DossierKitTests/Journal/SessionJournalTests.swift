import Foundation
import Testing
@testable import DossierKit

/// The journal of unsaved changes: what a dead shell left is replayed exactly onto its saved state.
@Suite struct SessionJournalTests {
    /// A shell that "dies": its journal closed without removal and its session file's lock
    /// released, as the kernel does on a kill.
    private func die(_ h: inout ShellHarness) {
        h.session.journal?.finish(keep: true)
        h.session.journal = nil
        h.session.context.file.closed()
    }

    @Test func recoveryLandsExactlyWhereTheShellDied() throws {
        let folder = Fixture.folder()
        let files = Fixture.writeTexts(in: folder)
        let journals = folder + "/journal"
        var h = ShellHarness(folder: folder)
        #expect(h.session.startJournal(in: journals) == nil)
        let out = h.run("""
            load \(files[0]) \(files[1])
            note d1 "first"
            save s
            note e1 "about Kazakhstan"
            highlight d2 "long border"
            merge e2 e3
            reject e4
            tag e1 big
            undo
            drop d2
            """)
        #expect(out.err.isEmpty, "\(out.err)")
        let died = h.workspace
        #expect(h.session.journal?.count == 7)
        die(&h)
        // The file changing meanwhile, e.g. the first document, does not matter: the journal holds the change itself.
        Fixtures.write("changed", to: files[0])

        let pending = JournalRecovery.pending(in: journals)
        #expect(pending.count == 1)
        #expect(pending.first?.question.hasPrefix("session s has unsaved changes from ") == true)
        #expect(pending.first?.question.hasSuffix(" (7 commands): recover? [Y/n] ") == true)
        var r = ShellHarness(folder: folder)
        let message = try r.session.recover(try #require(pending.first))
        #expect(message.contains("recovered 7 commands of session s"))
        #expect(r.workspace == died)
        #expect(r.session.context.isDirty)
        // The recovering shell continues the journal; saving empties it; a clean exit removes it.
        #expect(JournalRecovery.pending(in: journals).isEmpty, "a journal in use is not offered")
        r.run("note d1 after")
        #expect(r.session.journal?.count == 8)
        r.run("save")
        #expect(r.session.journal?.count == 0)
        r.session.finishJournal(keep: false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: journals).isEmpty)
    }

    @Test func anUntitledSessionIsRecoveredFromNothing() throws {
        let folder = Fixture.folder()
        let files = Fixture.writeTexts(in: folder)
        var h = ShellHarness(folder: folder)
        _ = h.session.startJournal(in: folder + "/journal")
        h.run("load \(files[2])\nnote d1 x\nentity add \"RIA Novosti\" ORG")
        let died = h.workspace
        die(&h)
        var r = ShellHarness(folder: folder)
        let pending = try #require(JournalRecovery.pending(in: folder + "/journal").first)
        #expect(pending.sessionName == "untitled")
        _ = try r.session.recover(pending)
        #expect(r.workspace == died)
    }

    @Test func aJournalWhoseSavedFileChangedIsRefusedAndKept() throws {
        let folder = Fixture.folder()
        let files = Fixture.writeTexts(in: folder)
        var h = ShellHarness(folder: folder)
        _ = h.session.startJournal(in: folder + "/journal")
        h.run("load \(files[2])\nsave s\nnote d1 x")
        die(&h)
        var other = ShellHarness(folder: folder)
        other.run("open s\nnote d1 other\nsave")
        other.session.context.file.closed()
        let pending = try #require(JournalRecovery.pending(in: folder + "/journal").first)
        var r = ShellHarness(folder: folder)
        #expect(throws: JournalError.self) { try r.session.recover(pending) }
        #expect(JournalRecovery.pending(in: folder + "/journal").count == 1)
    }

    /// A kill in the middle of writing an entry leaves a torn last line: the entries before it count.
    @Test func aTornLastEntryIsIgnored() throws {
        let folder = Fixture.folder()
        let files = Fixture.writeTexts(in: folder)
        var h = ShellHarness(folder: folder)
        _ = h.session.startJournal(in: folder + "/journal")
        h.run("load \(files[2])\nnote d1 x")
        let died = h.workspace
        let path = try #require(h.session.journal?.path)
        die(&h)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"at\":\"2026-01-01T00:00:00Z\",\"command\":\"note d1 y\",\"del".utf8))
        try handle.close()
        var r = ShellHarness(folder: folder)
        let pending = try #require(JournalRecovery.pending(in: folder + "/journal").first)
        #expect(pending.commands == 2)
        _ = try r.session.recover(pending)
        #expect(r.workspace == died)
    }

    @Test func emptyAndDiscardedJournalsAreRemoved() throws {
        let folder = Fixture.folder()
        var h = ShellHarness(folder: folder)
        _ = h.session.startJournal(in: folder + "/journal")
        h.run("docs")
        die(&h)
        #expect(JournalRecovery.pending(in: folder + "/journal").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/journal").isEmpty)
        var g = ShellHarness(folder: folder)
        _ = g.session.startJournal(in: folder + "/journal")
        g.run("entity add Astana LOC")
        die(&g)
        let pending = try #require(JournalRecovery.pending(in: folder + "/journal").first)
        JournalRecovery.discard(pending)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/journal").isEmpty)
    }

    @Test func deltasRebuildTheWorkspaceTheyWereMadeFrom() {
        var a = Fixtures.richWorkspace()
        var b = a
        b.annotations.removeFirst()
        b.annotations.append(Annotation(id: b.counters.nextAnnotation(), kind: .tag, target: .document(DocumentID(1)),
                                        body: "x", author: "t", created: "c", modified: "m"))
        b.entities.reverse()
        b.history.append("tag d1 x")
        let delta = WorkspaceDelta(from: a, to: b)
        #expect(delta.apply(to: a) == b)
        #expect(WorkspaceDelta(from: b, to: a).apply(to: b) == a)
        a.history.append("docs")
        #expect(WorkspaceDelta(from: b, to: a).apply(to: b) == a)
        #expect(WorkspaceDelta(from: a, to: a).changesOnlyHistory)
    }
}
