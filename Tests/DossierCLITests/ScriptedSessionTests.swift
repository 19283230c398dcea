import Foundation
import Testing

/// Runs whole scripts through the built executable and compares complete outputs.
@Suite struct ScriptedSessionTests {
    @Test func transcriptOfAScriptedSession() throws {
        let p = try DossierProcess(files: ["border.md": Articles.border, "grain.txt": Articles.grain, "build.dsh": """
            # a comment line
            load border.md grain.txt   # two documents
            docs
            docs --format json
            read d2
            drop d1
            docs --format csv
            save demo
            sessions --format csv
            """])
        defer { p.cleanUp() }
        // Status lines (loaded, dropped, saved) go to standard error in a pipe; the combined stream
        // is what a person reading the terminal would see.
        let r = try p.run(["build.dsh"], combined: true)
        #expect(r.stderr == "")
        #expect(r.status == 0)
        let modified = try #require(r.stdout.split(whereSeparator: \.isNewline).last?.split(separator: ",")[2])
        let expected = """
            d1 'Queues at the Border' — 25 words, 0 entities, 2 figures
            d2 'Grain Exports Rise' — 13 words, 1 entity, 1 figure
            ID  TITLE                 WORDS  ENTITIES  FIGURES  DATE  SOURCE
            d1  Queues at the Border     25         0        2        border.md
            d2  Grain Exports Rise       13         1        1        grain.txt
            2 documents
            [
              {"id": "d1", "title": "Queues at the Border", "words": 25, "entities": 0, "figures": 2, "date": null, "source": "border.md"},
              {"id": "d2", "title": "Grain Exports Rise", "words": 13, "entities": 1, "figures": 1, "date": null, "source": "grain.txt"}
            ]
            d2 'Grain Exports Rise' — grain.txt
            1  Grain Exports Rise
            2  Kazakhstan could export 10 million tonnes of grain this season.
            dropped d1 'Queues at the Border' (removed 0 entities, 2 figures)
            id,title,words,entities,figures,date,source\r
            d2,Grain Exports Rise,13,1,1,,grain.txt\r
            saved Sessions/demo.json: 1 document, 1 entity, 1 figure
            name,bytes,modified,path,open\r
            demo,\(try p.read("Sessions/demo.json").utf8.count),\(modified),Sessions/demo.json,yes\r

            """
        #expect(r.stdout.components(separatedBy: "\n") == expected.components(separatedBy: "\n"))
    }

    @Test func sessionResumesWithHistoryAndResavesIdentically() throws {
        let p = try DossierProcess(files: ["grain.txt": Articles.grain])
        defer { p.cleanUp() }
        #expect(try p.run(["-c", "load grain.txt; note_typo; save first"]).status == 1)
        let first = try p.read("Sessions/first.json")
        let resumed = try p.run(["Sessions/first.json"], stdin: "history\nsave second\n")
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("opened Sessions/first.json: 1 document"))
        #expect(resumed.stdout.contains("1  load grain.txt\n"))
        #expect(!resumed.stdout.contains("note_typo"), "a line that failed to parse is not history")
        let second = try p.read("Sessions/second.json")
        #expect(second == first.replacingOccurrences(of: "\"load grain.txt\"", with: "\"load grain.txt\",\n\"history\""))
    }

    @Test func errorsNameTheScriptAndLineAndTheScriptGoesOn() throws {
        let p = try DossierProcess(files: ["s.dsh": "docs\nlod x\n\nload missing.txt\nread d9\ndocs --bogus\nhelp quit\n"])
        defer { p.cleanUp() }
        let r = try p.run(["-f", "s.dsh"])
        #expect(r.status == 1)
        #expect(r.stderr == """
            s.dsh:2: unknown command 'lod'; did you mean 'load'?
            s.dsh:4: missing.txt: no such file or directory
            s.dsh:5: no document d9 (no documents loaded)
            s.dsh:6: docs: unknown option '--bogus' (usage: docs [--tag <tag>] [--format <format>] [--limit <limit>])

            """)
        #expect(r.stdout.contains("Leave Dossier"), "the script went on after errors")
    }

    @Test func bailStopsAtTheFirstError() throws {
        let p = try DossierProcess(files: ["s.dsh": "docs\nlod x\nhelp\n"])
        defer { p.cleanUp() }
        let r = try p.run(["--bail", "s.dsh"])
        #expect(r.status == 1)
        #expect(r.stderr == "s.dsh:2: unknown command 'lod'; did you mean 'load'?\n")
        #expect(r.stdout == "no documents loaded (try: load FILE)\n")
    }

    @Test func continuationLinesJoin() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain, "s.dsh": "load \\\n  a.txt\ndocs --format \\\ncsv\n"])
        defer { p.cleanUp() }
        let r = try p.run(["s.dsh"])
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("d1,Grain Exports Rise,13,1,1,,a.txt\r\n"))
    }

    @Test func pipedCommandsHaveNoPromptAndNoColor() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain])
        defer { p.cleanUp() }
        let r = try p.run([], stdin: "load a.txt\ndocs\nquit\ndocs\n")
        #expect(r.status == 0)
        #expect(!r.stdout.contains("> "))
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stdout.components(separatedBy: "Grain Exports Rise").count == 2, "quit stops reading")
        #expect(r.stderr.contains("d1 'Grain Exports Rise'"), "the load status line is on standard error")
        #expect(!FileManager.default.fileExists(atPath: p.directory + "/.state/dossier/history"), "no history file from a pipe")
    }

    @Test func sourceRunsAScriptInsideTheShell() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain, "inner.dsh": "load a.txt\nbogus\n"])
        defer { p.cleanUp() }
        let r = try p.run(["-q", "-c", "source inner.dsh; docs --format csv"])
        #expect(r.status == 1)
        #expect(r.stderr == "inner.dsh:2: unknown command 'bogus'; type 'help' for a list\n")
        #expect(r.stdout.hasSuffix("d1,Grain Exports Rise,13,1,1,,a.txt\r\n"))
    }

    @Test func exitStatusIsTwoForBadOptions() throws {
        let p = try DossierProcess()
        defer { p.cleanUp() }
        let r = try p.run(["--no-such-option"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--no-such-option"))
    }
}
