import Foundation
import Testing
@testable import DossierKit

/// One writer per session file.
@Suite struct SessionLockTests {
    @Test func aSecondWriterIsToldWhoHoldsTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/s.json"
        guard case .acquired(let first) = SessionLock.acquire(path) else { Issue.record("no lock"); return }
        guard case .held(let holder) = SessionLock.acquire(path) else { Issue.record("locked twice"); return }
        #expect(holder.contains("pid \(getpid())"))
        #expect(SessionLock.holder(of: path) != nil)
        first.release()
        #expect(SessionLock.holder(of: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: dir + "/.s.json.lock"), "the lock file goes with the lock")
    }

    /// Two shells on one file: the second opens it read-only and cannot save over it; saving
    /// under another name works; once the first has gone, the second may save if the file did not change.
    @Test func aReadOnlySessionCannotSaveOverTheWritersFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/s.json"
        let store = SessionStore(directory: dir)
        try store.save(Fixtures.richWorkspace(), to: path)
        var writer = ShellSession(context: ShellContext(store: store), console: BufferConsole())
        #expect(writer.execute("open '\(path)'", location: nil) == .ok)
        let console = BufferConsole()
        var reader = ShellSession(context: ShellContext(store: store), console: console)
        #expect(reader.execute("open '\(path)'", location: nil) == .ok)
        #expect(console.errors.contains("opened read-only"))
        #expect(reader.execute("note d1 mine", location: nil) == .ok)
        #expect(reader.execute("save", location: nil) == .failed)
        #expect(console.errors.contains("open for writing in another shell (pid \(getpid())"))
        #expect(try store.load(path) == Fixtures.richWorkspace())
        #expect(reader.execute("save '\(dir)/copy.json'", location: nil) == .ok)
        // The writer saves a change and leaves: the reader's save would lose it, so it is refused.
        #expect(writer.execute("note d1 theirs; save", location: nil) == .ok)
        writer.context.file.closed()
        #expect(reader.execute("open --force '\(path)'", location: nil) == .ok)
        #expect(reader.execute("note d1 again; save", location: nil) == .ok)
    }

    @Test func aReadOnlySessionDoesNotOverwriteAFileThatChanged() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/s.json"
        let store = SessionStore(directory: dir)
        try store.save(Fixtures.richWorkspace(), to: path)
        var writer = ShellSession(context: ShellContext(store: store), console: BufferConsole())
        #expect(writer.execute("open '\(path)'", location: nil) == .ok)
        let console = BufferConsole()
        var reader = ShellSession(context: ShellContext(store: store), console: console)
        #expect(reader.execute("open '\(path)'", location: nil) == .ok)
        #expect(writer.execute("note d1 theirs; save", location: nil) == .ok)
        writer.context.file.closed()
        #expect(reader.execute("note d1 mine; save", location: nil) == .failed)
        #expect(console.errors.contains("changed on disk since it was opened"))
        #expect(try store.load(path).annotations.last?.body == "theirs")
        #expect(reader.execute("save --force", location: nil) == .ok)
        #expect(try store.load(path).annotations.last?.body == "mine")
    }

    /// The writer names its file another way (absolute, or a new sessions folder): still its own.
    @Test func theWriterSavesUnderAnyNameOfItsFileAndLocksNewFolders() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = SessionStore(directory: dir + "/Sessions")
        var shell = ShellSession(context: ShellContext(store: store), console: BufferConsole())
        #expect(shell.execute("save s", location: nil) == .ok)
        #expect(SessionLock.holder(of: dir + "/Sessions/s.json") != nil, "a save into a new folder takes the lock")
        #expect(shell.execute("save '\(dir)/Sessions/../Sessions/s.json'", location: nil) == .ok)
        #expect(shell.execute("save", location: nil) == .ok)
    }
}
