import Foundation
import Testing

/// Hostile inputs through the real executable: exit status and one line each.
@Suite struct HardeningCLITests {
    @Test func aDashFileNameFailsInsteadOfPrintingHelp() throws {
        let p = try DossierProcess(files: ["-dash.txt": Articles.grain])
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load -dash.txt"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("-c:1: load: '-dash.txt' is not an option (a name starting with '-' is written ./-dash.txt, or after --)"))
        #expect(try p.run(["-c", "load ./-dash.txt"]).status == 0)
    }

    @Test func scriptsFromDevicesAndBinaryFilesAreRefused() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain])
        defer { p.cleanUp() }
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]).write(to: URL(fileURLWithPath: p.directory + "/prog.dsh"))
        let r = try p.run(["-q", "-c", "source /dev/zero; source prog.dsh; load a.txt"])
        #expect(r.status == 1)
        #expect(r.stderr == """
            -c:1: source: /dev/zero: cannot read (not a regular file (a FIFO, device or socket))
            -c:1: source: prog.dsh: binary file, not loaded

            """)
        let f = try p.run(["-f", "prog.dsh"])
        #expect(f.status == 1)
        #expect(f.stderr == "dossier: cannot run script prog.dsh: binary file, not loaded\n")
    }

    @Test func sqlTakesTheRestOfTheLine() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain])
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load a.txt; sql SELECT count(*) FROM documents; drop d1; docs --format csv"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("one statement at a time"))
    }
}
