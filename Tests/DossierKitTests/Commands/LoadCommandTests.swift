@testable import DossierKit
import Foundation
import Testing

struct LoadCommandTests {
    static func session(stdinIsScript: Bool = false) -> (ShellSession, BufferConsole) {
        let console = BufferConsole()
        let context = ShellContext(terminal: TerminalInfo(stdinIsScript: stdinIsScript))
        return (ShellSession(context: context, console: console), console)
    }

    @Test func loadsAFolderInOrderAndListsEachBadFile() throws {
        var files = BatchLoaderTests.textFiles(3)
        files["page.html"] = Array(HTMLFixtures.boilerplatePage.utf8)
        files["zz-empty.txt"] = Array(" ".utf8)
        let folder = try TemporaryFolder(files: files)
        var (shell, console) = Self.session()
        let result = shell.execute("load '\(folder.path)'", location: nil)
        #expect(result == .failed)
        #expect(shell.context.workspace.documents.map(\.title)
            == ["Headline 0", "Headline 1", "Headline 2", "Floods force evacuations"])
        #expect(shell.context.workspace.documents.map(\.id.description) == ["d1", "d2", "d3", "d4"])
        #expect(console.errors.contains("zz-empty.txt: empty file, nothing to load"))
        #expect(console.output.contains("d4 'Floods force evacuations'"))
    }

    @Test func manyFilesGiveOneSummaryLine() throws {
        let folder = try TemporaryFolder(files: BatchLoaderTests.textFiles(25))
        var (shell, console) = Self.session()
        #expect(shell.execute("load '\(folder.path)'", location: nil) == .ok)
        let lines = console.output.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("loaded 25 documents (d1–d25)") == true)
    }

    @Test func htmlMetadataReachesTheDocument() throws {
        let html = HTMLFixtures.page(head: "<meta property=\"article:published_time\" content=\"2019-11-19\"><meta name=\"author\" content=\"Jane Doe\">", body: "")
        let folder = try TemporaryFolder(files: ["a.html": Array(html.utf8)])
        var (shell, console) = Self.session()
        #expect(shell.execute("load '\(folder.path)/a.html'; show d1", location: nil) == .ok)
        let doc = try #require(shell.context.workspace.documents.first)
        #expect(doc.date == "2019-11-19")
        #expect(doc.authors == ["Jane Doe"])
        #expect(console.output.contains("Jane Doe"))
    }

    @Test func sameContentTwiceIsLoadedOnce() throws {
        let folder = try TemporaryFolder(files: ["a.txt": Array("Same\n".utf8), "b.txt": Array("Same\n".utf8)])
        var (shell, console) = Self.session()
        #expect(shell.execute("load '\(folder.path)'", location: nil) == .ok)
        #expect(shell.context.workspace.documents.count == 1)
        #expect(console.errors.contains("b.txt: already loaded as d1 (same content)"))
    }

    @Test func loadDashIsRefusedWhenStandardInputIsTheScript() {
        var (shell, console) = Self.session(stdinIsScript: true)
        #expect(shell.execute("load -", location: nil) == .failed)
        #expect(console.errors.contains("standard input is the script being run"))
    }

    @Test func unknownStdinFormatIsRejected() {
        var (shell, console) = Self.session()
        #expect(shell.execute("load --format docx -", location: nil) == .failed)
        #expect(console.errors.contains("unknown format 'docx'"))
    }
}
