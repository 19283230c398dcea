import Foundation
import Testing

/// The built binary in scripts and pipes: results alone on standard output, status lines on
/// standard error (or nowhere with -q), a global --format, redirection inside the shell, the
/// start-up file, and the skipped-files warning.
@Suite struct ShellConventionsCLITests {
    /// A scratch folder holding `Sessions/s.json` with the two test articles.
    func withSession() throws -> DossierProcess {
        let p = try DossierProcess(files: ["border.md": Articles.border, "grain.txt": Articles.grain])
        let r = try p.run(["-c", "load border.md grain.txt; save s"])
        #expect(r.status == 0)
        return p
    }

    @Test func jsonOnStandardOutputParsesWhole() throws {
        let p = try withSession()
        defer { p.cleanUp() }
        let r = try p.run(["Sessions/s.json", "-c", "entities --format json"])
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("opened Sessions/s.json: 2 documents"))
        let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["name"] as? String == "Kazakhstan")
    }

    @Test func loadThenCSVGivesCleanCSV() throws {
        let p = try DossierProcess(files: ["grain.txt": Articles.grain])
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load grain.txt; figures --format csv"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("id,document,text,kind,"))
        #expect(r.stdout.split(separator: "\r\n").count == 2)
        #expect(r.stderr == "d1 'Grain Exports Rise' — 13 words, 1 entity, 1 figure\n")
    }

    @Test func quietDropsStatusLinesAndGlobalFormatSetsTheFormat() throws {
        let p = try withSession()
        defer { p.cleanUp() }
        let r = try p.run(["-q", "--format", "csv", "Sessions/s.json", "-c", "docs; set format json; docs --limit 1"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout.hasPrefix("id,title,words,entities,figures,date,source\r\nd1,Queues at the Border,"))
        #expect(r.stdout.hasSuffix("]\n"))
        let piped = try p.run(["--quiet", "Sessions/s.json"], stdin: "docs --format json\n")
        #expect(piped.stderr == "")
        #expect(try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) is [Any])
    }

    @Test func redirectionInsideTheShell() throws {
        let p = try withSession()
        defer { p.cleanUp() }
        let r = try p.run(["Sessions/s.json", "-c", "docs --format csv > docs.csv; docs --format csv --limit 1 >> docs.csv; entities | grep -c Kazakhstan; docs > nowhere/x.txt"])
        #expect(r.status == 1)
        #expect(r.stdout == "1\n")
        #expect(r.stderr.contains("-c:1: cannot write nowhere/x.txt: No such file or directory"))
        let csv = try p.read("docs.csv").split(separator: "\r\n")
        #expect(csv.count == 5)
        #expect(csv[0] == csv[3])
    }

    @Test func theStartUpFileRunsOnlyWhenAsked() throws {
        let p = try withSession()
        defer { p.cleanUp() }
        try p.write("set format csv\nnosuchcommand\n", to: ".config/dossier/rc.dsh")
        let env = ["XDG_CONFIG_HOME": p.directory + "/.config"]
        let plain = try p.run(["Sessions/s.json", "-c", "docs --limit 1"], environment: env)
        #expect(plain.stdout.hasPrefix("ID  TITLE"), "not in -c runs")
        let asked = try p.run(["--rc", "Sessions/s.json", "-c", "docs --limit 1"], environment: env)
        #expect(asked.stdout.hasPrefix("id,title"))
        #expect(asked.stderr.contains(p.directory + "/.config/dossier/rc.dsh:2: unknown command 'nosuchcommand'"))
        #expect(!asked.stderr.contains("format = csv"), "the start-up file's status lines are not shown")
        let saved = try p.run(["--rc", "-q", "-c", "save t; history --format csv"], environment: env)
        #expect(!saved.stdout.contains("set format"), "the start-up file's commands are not the session's history")
        let both = try p.run(["--rc", "--no-rc", "-c", "docs"], environment: env)
        #expect(both.status == 2)
    }

    @Test func theSkippedFilesWarningNamesTheFiles() throws {
        var files: [String: String] = [:]
        for i in 1...21 { files["in/a\(i).txt"] = "Article number \(i) about grain exports." }
        for i in 1...7 { files["in/z\(i).txt"] = "Article number 1 about grain exports." }
        let p = try DossierProcess(files: files)
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load in"])
        #expect(r.stderr.contains("warning: 7 files skipped: same content as a document already loaded: in/z1.txt (= d1), in/z2.txt (= d1), in/z3.txt (= d1), in/z4.txt (= d1), in/z5.txt (= d1) and 2 more"))
    }
}
