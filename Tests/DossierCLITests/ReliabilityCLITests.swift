import Foundation
import Testing

/// The promises of docs/RELIABILITY.md, tested on the built binary: a killed shell's work is
/// recovered exactly, one writer per session file, and a failed save loses nothing.
@Suite(.serialized) struct ReliabilityCLITests {
    static let talks = """
        President Kassym-Jomart Tokayev met Vladimir Putin in Moscow on Monday.
        The Kremlin said 98,000 Russians had crossed into Kazakhstan, according to the border service.

        """
    static let commands = ["load talks.txt", "note f1 \"check the border data\"", "merge e3 e4", "highlight d1 \"Vladimir Putin\""]
    static let listings = "annotations --format json; entities --format json; figures --format json; docs --format json"

    /// Timestamps differ between two runs; everything else must be identical.
    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "TIME", options: .regularExpression)
    }

    private func startShell(_ p: DossierProcess, arguments: String = "") throws -> TmuxSession {
        try TmuxSession(command: "cd '\(p.directory)' && USER=tester XDG_STATE_HOME='\(p.directory)/.state' exec '\(DossierProcess.binary)' \(arguments)")
    }

    private func journals(_ p: DossierProcess) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: p.directory + "/.state/dossier/journal")) ?? []
    }

    /// kill -9 a shell after load, note, merge and highlight; the next start offers to recover;
    /// after recovering and being killed again, `--recover` lands exactly where it died.
    @Test func aKilledShellIsRecoveredExactly() throws {
        let p = try DossierProcess(files: ["talks.txt": Self.talks])
        defer { p.cleanUp() }
        let reference = try p.run(["-c", (Self.commands + [Self.listings]).joined(separator: "; ")])
        #expect(reference.status == 0, "\(reference.stderr)")

        let first = try startShell(p)
        try first.waitFor("untitled>", "first prompt")
        for (i, command) in Self.commands.enumerated() {
            try first.type(command)
            try first.press("Enter")
            try first.waitFor("untitled*>", count: i + 1, "after \(command)")
        }
        kill(try first.panePID(), SIGKILL)
        #expect(first.waitForExit())
        #expect(journals(p).count == 1)

        let second = try startShell(p)
        try second.waitFor("session untitled has unsaved changes from ", "the recovery question")
        try second.waitFor("(4 commands): recover? [Y/n]", "the recovery question counts the commands")
        try second.press("Enter")
        try second.waitFor("recovered 4 commands of session untitled", "recovered")
        // CSV: the note's text is never cut to fit the terminal's width, as table cells are.
        try second.type("annotations --format csv")
        try second.press("Enter")
        try second.waitFor("check the border data", "the note is back")
        try second.waitFor("untitled*>", count: 2, "after annotations")
        kill(try second.panePID(), SIGKILL)
        #expect(second.waitForExit())

        let recovered = try p.run(["--recover", "-c", Self.listings])
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(recovered.stderr.contains("recovered 4 commands of session untitled"))
        // The reference run also printed what its commands said; the listings are what follows.
        #expect(recovered.stdout.contains("check the border data") && recovered.stdout.contains("Kremlin"))
        #expect(Self.masked(reference.stdout).hasSuffix(Self.masked(recovered.stdout)),
                "recovered:\n\(recovered.stdout)\nreference:\n\(reference.stdout)")
        // Recovered but not saved by the script: the journal stays for the next start; saving removes it.
        #expect(journals(p).count == 1)
        let saved = try p.run(["--recover", "-c", "save s"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(journals(p).isEmpty)
        let nothing = try p.run(["--recover", "-c", "docs"])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no unsaved changes to recover"))
    }

    /// Answering n discards the journal; a clean quit leaves none behind.
    @Test func declinedAndCleanSessionsLeaveNoJournal() throws {
        let p = try DossierProcess(files: ["talks.txt": Self.talks])
        defer { p.cleanUp() }
        let first = try startShell(p)
        try first.waitFor("untitled>", "first prompt")
        try first.type("load talks.txt")
        try first.press("Enter")
        try first.waitFor("untitled*>", "loaded")
        kill(try first.panePID(), SIGKILL)
        #expect(first.waitForExit())
        let second = try startShell(p)
        try second.waitFor("recover? [Y/n]", "the recovery question")
        try second.type("n")
        try second.press("Enter")
        try second.waitFor("untitled>", "a fresh session")
        try second.type("quit")
        try second.press("Enter")
        #expect(second.waitForExit())
        #expect(journals(p).isEmpty)
    }

    /// Two shells on one session file: the second is told who holds it and cannot save over it.
    @Test func aSecondWriterCannotSaveOverTheFirst() throws {
        let p = try DossierProcess(files: ["talks.txt": Self.talks])
        defer { p.cleanUp() }
        #expect(try p.run(["-c", "load talks.txt; save s.json"]).status == 0)
        let holder = try startShell(p, arguments: "s.json")
        try holder.waitFor("s>", "the first shell has the session open")
        let second = try p.run(["s.json", "-c", "note d1 mine; save"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("s.json is open for writing in another shell (pid \(try holder.panePID()), tester on "),
                "\(second.stderr)")
        #expect(second.stderr.contains("cannot save s.json: it is open for writing in another shell"), "\(second.stderr)")
        #expect(try p.run(["s.json", "-c", "note d1 mine; save copy.json"]).status == 0)
        try holder.type("quit")
        try holder.press("Enter")
        #expect(holder.waitForExit())
        let after = try p.run(["s.json", "-c", "note d1 mine; save"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(!after.stderr.contains("read-only"))
    }

    /// A save that runs out of room (a file-size limit standing in for a full disk) fails with one
    /// line, leaves the old file as it was and no temporary file.
    @Test func aFullDiskLeavesTheOldFileIntact() throws {
        // Sessions are compact: a text of about 7 KB makes sure the save passes the 2 KB limit.
        let p = try DossierProcess(files: ["talks.txt": Self.talks, "long.txt": String(repeating: Self.talks, count: 40)])
        defer { p.cleanUp() }
        #expect(try p.run(["-c", "save s.json"]).status == 0)
        let before = try p.read("s.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 2; exec '\(DossierProcess.binary)' s.json -c 'load long.txt; save'"]
        process.currentDirectoryURL = URL(fileURLWithPath: p.directory)
        var env = ProcessInfo.processInfo.environment
        env["XDG_STATE_HOME"] = p.directory + "/.state"
        process.environment = env
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("s.json: cannot write: File too large"), "\(message)")
        #expect(try p.read("s.json") == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: p.directory).filter { !$0.hasPrefix(".state") }.sorted()
        #expect(left == ["long.txt", "s.json", "talks.txt"])
    }

    @Test func badPlacesGetOneClearLine() throws {
        let p = try DossierProcess(files: ["talks.txt": Self.talks])
        defer { p.cleanUp() }
        let missing = try p.run(["-c", "save nowhere/s.json"])
        #expect(missing.stderr == "-c:1: cannot save nowhere/s.json: folder nowhere does not exist (create it first)\n")
        #expect(!FileManager.default.fileExists(atPath: p.directory + "/nowhere"))
        #expect(try p.run(["-c", "save s.json"]).status == 0)
        chmod(p.directory + "/s.json", 0o444)
        let readOnly = try p.run(["s.json", "-c", "load talks.txt; save"])
        #expect(readOnly.stderr.contains("cannot save s.json: the file is read-only (mode 0444); save --force replaces it"))
        #expect(try p.run(["s.json", "-c", "load talks.txt; save --force"]).status == 0)
        var st = stat()
        stat(p.directory + "/s.json", &st)
        #expect(st.st_mode & 0o777 == 0o444)
    }
}
