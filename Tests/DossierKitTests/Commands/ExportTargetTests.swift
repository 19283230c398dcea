import Foundation
import Testing
@testable import DossierKit
#if canImport(Glibc)
import Glibc
#endif

/// `export` never replaces a file by surprise: --force for an existing file, never the open
/// session's file, a FIFO or a device.
@Suite struct ExportTargetTests {
    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let folder = Fixture.folder()
        let path = folder + "/notes.jsonld"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        var h = ShellHarness(workspace: Fixture.workspace(), folder: folder)
        #expect(h.run("export annotations \(path)").err == "test:1: export: \(path) already exists; add --force to replace it\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(h.run("export annotations \(path) --force").err == "")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("AnnotationCollection"))
    }

    @Test func theOpenSessionFileIsNeverReplaced() throws {
        let folder = Fixture.folder()
        var h = ShellHarness(workspace: Fixture.workspace(), folder: folder)
        h.run("save \(folder)/s.json")
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/s.json"))
        let r = h.run("export report \(folder)/s.json --force")
        #expect(r.err == "test:1: export: \(folder)/s.json is the open session's file; choose another name\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/s.json")) == before)
    }

    @Test(arguments: ["fifo", "/dev/null"])
    func fifosAndDevicesAreRefused(kind: String) {
        let folder = Fixture.folder()
        let path = kind == "fifo" ? folder + "/pipe" : kind
        if kind == "fifo" { #expect(mkfifo(path, 0o600) == 0) }
        var h = ShellHarness(workspace: Fixture.workspace(), folder: folder)
        #expect(h.run("export annotations \(path) --force").err
            == "test:1: export: \(path) is not a regular file (a FIFO, device or socket); not written\n")
    }
}
