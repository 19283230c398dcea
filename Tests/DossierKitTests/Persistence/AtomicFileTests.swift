import Foundation
import Testing
@testable import DossierKit

/// The save path: unique temporary files, symlinks, permissions, read-only files, missing folders,
/// stale temporaries (issues 16 and 18).
@Suite struct AtomicFileTests {
    private func mode(_ path: String) -> Int {
        var st = stat()
        stat(path, &st)
        return Int(st.st_mode & 0o7777)
    }

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A symlink planted at any name a save might use for its temporary file is never followed.
    @Test func symlinkAtTheTemporaryNameIsNotFollowed() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let victim = dir + "/victim.txt"
        Fixtures.write("precious", to: victim)
        let path = dir + "/s.json"
        try FileManager.default.createSymbolicLink(atPath: path + ".tmp", withDestinationPath: victim)
        for suffix in ["AAAAAA", "XXXXXX", "000000"] {
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + AtomicFile.temporaryPrefix(for: path) + suffix,
                                                       withDestinationPath: victim)
        }
        try SessionStore().save(Fixtures.richWorkspace(), to: path)
        #expect(contents(victim) == "precious")
        #expect(try SessionStore().load(path) == Fixtures.richWorkspace())
    }

    @Test func savingThroughASymlinkWritesItsTarget() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try SessionStore().save(Workspace(), to: dir + "/real/s.json")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: "real/s.json")
        let saved = try SessionStore().save(Fixtures.richWorkspace(), to: dir + "/link.json")
        #expect(saved.path.hasSuffix("/real/s.json"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json") == "real/s.json")
        #expect(try SessionStore().load(dir + "/real/s.json") == Fixtures.richWorkspace())
    }

    @Test func savingKeepsThePermissionsOfTheReplacedFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/s.json"
        try SessionStore().save(Workspace(), to: path)
        chmod(path, 0o600)
        try SessionStore().save(Fixtures.richWorkspace(), to: path)
        #expect(mode(path) == 0o600)
        chmod(path, 0o640)
        try SessionStore().save(Workspace(), to: path)
        #expect(mode(path) == 0o640)
    }

    @Test func aReadOnlyFileIsReplacedOnlyWhenForced() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/s.json"
        try SessionStore().save(Workspace(), to: path)
        chmod(path, 0o444)
        let before = contents(path)
        #expect(throws: SessionError.readOnly(path: path, mode: 0o444)) {
            try SessionStore().save(Fixtures.richWorkspace(), to: path)
        }
        #expect(contents(path) == before)
        try SessionStore().save(Fixtures.richWorkspace(), to: path, replacingReadOnly: true)
        #expect(mode(path) == 0o444)
        #expect(try SessionStore().load(path) == Fixtures.richWorkspace())
    }

    @Test func anExplicitPathIntoAMissingFolderIsRefused() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = SessionStore(directory: dir + "/Sessions")
        #expect(throws: SessionError.missingFolder(path: dir + "/typo/s.json", folder: dir + "/typo")) {
            try store.save(Workspace(), to: dir + "/typo/s.json")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/typo"))
        try store.save(Workspace(), to: store.path(for: "s"))
        #expect(store.list() == ["s"])
    }

    @Test func staleTemporariesAreRemovedAndNeverListed() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = SessionStore(directory: dir)
        let path = store.path(for: "s")
        try store.save(Workspace(), to: path)
        Fixtures.write("half a session", to: path + ".tmp")
        Fixtures.write("half a session", to: dir + "/" + AtomicFile.temporaryPrefix(for: path) + "a1B2c3")
        Fixtures.write("another session's", to: dir + "/" + AtomicFile.temporaryPrefix(for: dir + "/t.json") + "a1B2c3")
        #expect(store.list() == ["s"])
        var state = SessionFileState()
        let saved = try store.save(Workspace(), to: path)
        state.saved(saved, lock: nil)
        state.closed()
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left == [AtomicFile.temporaryPrefix(for: dir + "/t.json") + "a1B2c3", "s.json"])
    }

    /// A full disk (here: a file-size limit) fails the save, leaving the old file and no temporary.
    @Test func aFailedWriteLeavesTheOldFileIntact() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/s.json"
        try SessionStore().save(Workspace(), to: path)
        let before = contents(path)
        // A folder in the way of the rename: the write succeeds, the rename fails.
        try FileManager.default.createDirectory(atPath: dir + "/d.json", withIntermediateDirectories: true)
        #expect(throws: SessionError.self) { try SessionStore().save(Fixtures.richWorkspace(), to: dir + "/d.json") }
        #expect(contents(path) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left == ["d.json", "s.json"])
    }
}

/// Two writers saving one path at the same time (the race that used to leave it empty or cut
/// short through the shared `PATH.tmp`): every save has its own temporary file, so the file is
/// always one whole session or the other.
@Suite struct ConcurrentSaveTests {
    @Test func concurrentSavesNeverLeaveAPartialFile() async throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/s.json"
        var big = Fixtures.richWorkspace()
        for i in 0..<300 {
            big.annotate(.note, .document(DocumentID(1)), body: String(repeating: "note \(i) ", count: 40), author: "a", at: "2026-01-01T00:00:00Z")
        }
        let small = Workspace()
        let versions = [try SessionCodec.encode(big), try SessionCodec.encode(small)]
        try SessionStore().save(small, to: path)
        await withTaskGroup(of: Void.self) { group in
            for w in [big, small] {
                group.addTask {
                    for _ in 0..<40 { _ = try? SessionStore().save(w, to: path) }
                }
            }
            group.addTask {
                for _ in 0..<200 {
                    let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
                    #expect(versions.contains(bytes), "a reader saw \(bytes.count) bytes")
                }
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(left == ["s.json"])
    }
}
