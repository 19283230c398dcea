import Foundation
import Testing

/// Bad files and bad sessions: one clear line each, nothing lost, no crash.
@Suite struct BadInputTests {
    @Test func badFilesAreReportedAndTheRestLoads() throws {
        let p = try DossierProcess(files: ["good.txt": Articles.grain, "empty.txt": "\n\n", "dir/readme.png": "x"])
        defer { p.cleanUp() }
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: URL(fileURLWithPath: p.directory + "/bin.txt"))
        try Data(Array("Café\n".utf8.dropLast(3)) + [0xE9, 0x0A]).write(to: URL(fileURLWithPath: p.directory + "/latin1.txt"))
        let r = try p.run(["-q", "-c", "load good.txt empty.txt bin.txt latin1.txt nothere.txt dir 'no*.md'; load good.txt; docs --format csv"])
        #expect(r.status == 1)
        #expect(r.stderr == """
            warning: latin1.txt: invalid UTF-8, undecodable bytes replaced with \u{FFFD}
            -c:1: nothere.txt: no such file or directory
            -c:1: dir: no supported files in this directory (.txt .text .md .markdown .html .htm .xhtml .pdf)
            -c:1: no*.md: no files match
            -c:1: empty.txt: empty file, nothing to load
            -c:1: bin.txt: binary file, not loaded
            warning: good.txt: already loaded as d1 (same content)

            """)
        #expect(r.stdout.hasSuffix("d1,Grain Exports Rise,13,1,1,,good.txt\r\nd2,Caf\u{FFFD},1,0,0,,latin1.txt\r\n"))
    }

    @Test func invalidSessionLeavesWorkspaceUntouched() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain, "bad.json": "{\"format\": \"dossier-session\", \"version\": 1, \"documents\": [",
                                          "future.json": "{\"format\": \"dossier-session\", \"version\": 7}"])
        defer { p.cleanUp() }
        let r = try p.run(["-q", "-c", "load a.txt; save s; open bad.json; open future.json; docs --format csv"])
        #expect(r.status == 1)
        #expect(r.stderr == """
            -c:1: cannot open bad.json: not valid JSON (the file ends too early: truncated?)
            -c:1: cannot open future.json: session format version 7 is newer than this Dossier supports (3); upgrade Dossier

            """)
        #expect(r.stdout.hasSuffix("d1,Grain Exports Rise,13,1,1,,a.txt\r\n"))
    }

    @Test func openRefusesToDiscardUnsavedWork() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain])
        defer { p.cleanUp() }
        let r = try p.run(["-q", "-c", "save empty; load a.txt; open empty; new; docs --format csv; open --force empty; docs"])
        #expect(r.stderr == """
            -c:1: session 'empty' has unsaved changes; save first, or open --force to discard them
            -c:1: session 'empty' has unsaved changes; save first, or new --force to discard them

            """)
        #expect(r.stdout.hasSuffix("no documents loaded (try: load FILE)\n"))
    }

    @Test func openingAMissingSessionFileFailsCleanly() throws {
        let p = try DossierProcess()
        defer { p.cleanUp() }
        let r = try p.run(["nothere.json"], stdin: "docs\n")
        #expect(r.status == 1)
        #expect(r.stderr == "error: cannot open nothere.json: no such file\n")
    }

    /// Saves use a unique temporary name: something left at the old fixed `NAME.json.tmp` does not
    /// block them (a failed save is tested in ReliabilityCLITests.aFullDiskLeavesTheOldFileIntact).
    @Test func aLeftoverTemporaryNameDoesNotBlockSaving() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain, "g.txt": Articles.border])
        defer { p.cleanUp() }
        #expect(try p.run(["-c", "load a.txt; save keep"]).status == 0)
        try FileManager.default.createDirectory(atPath: p.directory + "/Sessions/keep.json.tmp", withIntermediateDirectories: true)
        let r = try p.run(["-c", "open keep; load g.txt; save"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try p.read("Sessions/keep.json").contains("Queues at the Border"))
    }
}

/// Defects found in review: each was a hang, a silent overwrite or a lost instruction.
@Suite struct ReviewFixTests {
    @Test func fifosAndDevicesAreRefusedNotReadForever() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain])
        defer { p.cleanUp() }
        #expect(mkfifo(p.directory + "/pipe.txt", 0o644) == 0)
        let r = try p.run(["-c", "load pipe.txt; load /dev/zero; load ."])
        #expect(r.stderr.contains("pipe.txt: cannot read (not a regular file (a FIFO, device or socket))"))
        #expect(r.stderr.contains("/dev/zero: cannot read (not a regular file (a FIFO, device or socket))"))
        #expect(r.stderr.contains("d1 'Grain Exports Rise'"), "a folder load skips the FIFO (status lines go to standard error in a pipe)")
    }

    @Test func saveDoesNotOverwriteAnotherFileWithoutForce() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain, "b.txt": Articles.border])
        defer { p.cleanUp() }
        #expect(try p.run(["-c", "load a.txt; save keep"]).status == 0)
        let kept = try p.read("Sessions/keep.json")
        let r = try p.run(["-q", "-c", "load b.txt; save keep; save ./a.txt; save ''; save --force keep"])
        #expect(r.stderr == """
            -c:1: save: Sessions/keep.json already exists and is not this session's file; save --force keep replaces it
            -c:1: save: ./a.txt already exists and is not this session's file; save --force ./a.txt replaces it
            -c:1: save: the session name is empty

            """)
        #expect(try p.read("a.txt") == Articles.grain)
        #expect(try p.read("Sessions/keep.json") != kept, "--force replaces it")
    }

    @Test func bailAppliesInsideSourcedScripts() throws {
        let p = try DossierProcess(files: ["outer.dsh": "source inner.dsh\nhelp\n", "inner.dsh": "load missing.txt\ndocs\n"])
        defer { p.cleanUp() }
        let r = try p.run(["--bail", "-f", "outer.dsh"])
        #expect(r.status == 1)
        #expect(r.stderr == "inner.dsh:1: missing.txt: no such file or directory\n")
        #expect(r.stdout == "")
    }

    @Test func readRanges() throws {
        let p = try DossierProcess(files: ["a.txt": "one\ntwo\nthree\nfour\n"])
        defer { p.cleanUp() }
        let r = try p.run(["-q", "-c", "load a.txt; read d1 3-; read d1 3-2; read d1 x"])
        #expect(r.stdout.hasSuffix("d1 'one' — a.txt\n3  three\n4  four\n5  \n"))
        #expect(r.stderr == """
            -c:1: read: the range 3-2 runs backwards; write 2-3
            -c:1: read: 'x' is not a line or range (like 10, 10-20 or 10-)

            """)
    }

    @Test func aDocumentIsNotRunAsAScript() throws {
        let p = try DossierProcess(files: ["a.txt": "load x\n"])
        defer { p.cleanUp() }
        let r = try p.run(["a.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("a.txt is neither a session (.json) nor a script (.dsh)"))
    }
}
