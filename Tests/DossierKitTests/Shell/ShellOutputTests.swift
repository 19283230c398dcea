import Foundation
import Testing
@testable import DossierKit

/// Where the shell sends what commands return: results vs status lines, redirections, the pager,
/// `--limit`, vertical display, cards as data, and `drop` ranges.
@Suite struct ShellOutputTests {
    /// Five documents `d1`…`d5`; `d1` mentions Tokayev twice, `d2` once.
    static func workspace(titles: [String] = ["One", "Two", "Three", "Four", "Five"]) -> Workspace {
        var w = Workspace()
        for (i, title) in titles.enumerated() {
            let mentions = i < 2 ? [EntityMentionFacts(start: 0, end: 7, text: "Tokayev", type: .person,
                                                       canonical: "Kassym-Jomart Tokayev")] : []
            let extra = i == 0 ? [EntityMentionFacts(start: 20, end: 27, text: "Tokayev", type: .person,
                                                    canonical: "Kassym-Jomart Tokayev")] : []
            w.add(DocumentDraft(title: title, source: "\(i).txt", format: "text", sha256: "\(i)",
                                text: "Tokayev said that Tokayev visited \(title)."),
                  analysis: DocumentAnalysis(entities: mentions + extra), loadedAt: "2026-01-01T00:00:00Z")
        }
        return w
    }

    func shell(_ w: Workspace = workspace(), terminal: TerminalInfo = TerminalInfo(),
               size: (columns: Int, rows: Int)? = nil) -> (ShellSession, BufferConsole) {
        let console = BufferConsole()
        console.size = size
        return (ShellSession(context: ShellContext(workspace: w, terminal: terminal), console: console), console)
    }

    func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-output-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func statusLinesGoWhereTheFrontEndSays() {
        var piped = TerminalInfo()
        piped.status = .error
        var (s, console) = shell(terminal: piped)
        _ = s.execute("set format csv; docs --limit 1", location: nil)
        #expect(console.errors == "format = csv\n")
        #expect(console.output == "id,title,words,entities,figures,date,source\r\nd1,One,6,1,0,,0.txt\r\n")

        var quiet = TerminalInfo()
        quiet.status = .none
        (s, console) = shell(terminal: quiet)
        _ = s.execute("set format json; drop d5", location: nil)
        #expect(console.output == "")
        #expect(console.errors == "")
    }

    @Test func redirectionWritesResultsToAFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var (s, console) = shell()
        #expect(s.execute("docs --format csv --limit 1 > \(dir)/out.csv; set display table >> \(dir)/out.csv", location: nil) == .ok)
        #expect(s.execute("docs --format csv --limit 1 >> '\(dir)/out.csv'", location: nil) == .ok)
        let written = try String(contentsOfFile: dir + "/out.csv", encoding: .utf8)
        let row = "id,title,words,entities,figures,date,source\r\nd1,One,6,1,0,,0.txt\r\n"
        #expect(written == row + row, "status lines never go into the file")
        #expect(console.output == "display = table\n")
    }

    @Test func aFileThatCannotBeWrittenStopsTheCommandBeforeItRuns() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var (s, console) = shell()
        #expect(s.execute("drop d1 > \(dir)/missing/out.txt", location: "x.dsh:3") == .failed)
        #expect(console.errors == "x.dsh:3: cannot write \(dir)/missing/out.txt: No such file or directory\n")
        #expect(s.context.workspace.documents.count == 5)
        #expect(s.execute("docs > \(dir)", location: nil) == .failed)
        #expect(console.errors.hasSuffix("cannot write \(dir): it is a directory\n"))
    }

    @Test func aPipeFeedsAShellCommand() {
        var (s, console) = shell()
        #expect(s.execute("docs --format csv | wc -l", location: nil) == .ok)
        #expect(console.output.trimmingCharacters(in: .whitespacesAndNewlines) == "6")
        #expect(s.execute("docs | grep -q nothing-like-this", location: nil) == .failed,
                "a failing shell command fails the line, as in sh")
    }

    @Test func onceRedirectsTheNextCommandIncludingSQL() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var (s, console) = shell()
        // `sql` takes the rest of its line (its `;` belong to the statement), so `docs` comes on the next.
        #expect(s.execute("once \(dir)/big.csv; sql SELECT id FROM documents WHERE rowid > 3 --format csv", location: nil) == .ok)
        #expect(s.execute("docs --limit 1", location: nil) == .ok)
        #expect(try String(contentsOfFile: dir + "/big.csv", encoding: .utf8) == "id\r\nd4\r\nd5\r\n")
        #expect(console.output.hasPrefix("the next command's results go to \(dir)/big.csv\nID  TITLE"), "only the next command")
        #expect(s.execute("once '|wc -l'; docs --format csv", location: nil) == .ok)
        #expect(console.output.hasSuffix("the next command's results go to 'wc -l'\n6\n"))
        #expect(s.execute("once '|'", location: nil) == .failed)
    }

    @Test func limitCutsEveryListing() {
        var (s, console) = shell()
        _ = s.execute("docs --limit 2", location: nil)
        let lines = console.output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.last == "5 documents (showing the first 2 of 5)")
        _ = s.execute("entities --limit 0", location: nil)
        #expect(console.errors.contains("--limit must be at least 1"))
    }

    @Test func theBuiltInLimitsOfSearchLikeCommandsStillWork() {
        var (s, console) = shell()
        _ = s.execute("related e1 --limit 1 --format json", location: nil)
        #expect(console.errors == "")
    }

    @Test func verticalDisplay() {
        var (s, console) = shell()
        _ = s.execute("set display vertical; docs --limit 1", location: nil)
        #expect(console.output == """
            display = vertical
            -[ RECORD 1 ]---------------------------
            id        d1
            title     One
            words     6
            entities  1
            figures   0
            date
            source    0.txt
            5 documents (showing the first 1 of 5)

            """)
    }

    @Test func theEntityCardAsJSONHoldsFields() throws {
        var (s, console) = shell()
        _ = s.execute("note e1 \"check him\"", location: nil)
        _ = s.execute("show e1 --format json", location: nil)
        let json = console.output.split(separator: "\n").last.map(String.init) ?? ""
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let card = try #require(array.first)
        #expect(card["name"] as? String == "Kassym-Jomart Tokayev")
        #expect(card["mentions"] as? Int == 3)
        let documents = try #require(card["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["d1", "d2"])
        #expect(documents.map { $0["mentions"] as? Int } == [2, 1])
        let notes = try #require(card["annotations"] as? [[String: Any]])
        #expect(notes.first?["body"] as? String == "check him")
        #expect(notes.first?["kind"] as? String == "note")
        let context = try #require(card["context"] as? [[String: Any]])
        #expect(context.first?["document"] as? String == "d1")
        #expect((context.first?["text"] as? String)?.contains("[Tokayev]") == true)
    }

    @Test func theAnnotationCardAsJSONGivesItsTargetAsData() throws {
        var (s, console) = shell()
        _ = s.execute("highlight d1 visited; show a1 --format json", location: nil)
        let json = console.output.split(separator: "\n").last.map(String.init) ?? ""
        let card = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
        let target = try #require(card["target"] as? [String: Any])
        #expect(target["document"] as? String == "d1")
        #expect(target["start"] as? Int == 26)
        #expect(target["end"] as? Int == 33)
        #expect(target["quote"] as? String == "visited")
    }

    @Test func dropTakesRanges() {
        var (s, console) = shell()
        #expect(s.execute("drop d2-d4", location: nil) == .ok)
        #expect(s.context.workspace.documents.map(\.id.description) == ["d1", "d5"])
        #expect(s.execute("drop d5-1", location: nil) == .failed)
        #expect(console.errors.contains("the range runs backwards"))
        #expect(s.execute("drop d2-d4", location: nil) == .failed)
        #expect(console.errors.contains("no documents in d2–d4"))
        #expect(s.execute("drop d1-5", location: nil) == .ok)
        #expect(s.context.workspace.documents.isEmpty)
    }

    @Test func thePagerIsUsedForResultsLongerThanTheScreen() {
        let terminal = TerminalInfo(isInteractive: true, stdoutIsTTY: true, width: 80)
        var (s, console) = shell(terminal: terminal, size: (80, 4))
        _ = s.execute("docs", location: nil)
        #expect(console.paged.count == 1, "8 lines on a 4-line screen")
        _ = s.execute("docs --limit 1", location: nil)
        #expect(console.paged.count == 1, "3 lines fit")
        _ = s.execute("set pager on; docs --limit 1", location: nil)
        #expect(console.paged.count == 2)
        _ = s.execute("set pager off; docs", location: nil)
        #expect(console.paged.count == 2)
    }

    @Test func longStatusLinesBreakAtSpacesOnATerminal() {
        let terminal = TerminalInfo(isInteractive: true, stdoutIsTTY: true, width: 30)
        var (s, console) = shell(terminal: terminal, size: (30, 40))
        _ = s.execute("drop d1", location: nil)
        #expect(console.output == "dropped d1 'One' (removed 0\nentities, 0 figures)\n")
    }

    @Test func neverThePagerWhenOutputIsNotATerminal() {
        let terminal = TerminalInfo(isInteractive: true, stdoutIsTTY: false)
        var (s, console) = shell(terminal: terminal, size: (80, 4))
        _ = s.execute("set pager on; docs", location: nil)
        #expect(console.paged.isEmpty)
        #expect(console.output.contains("5 documents"))
    }

    @Test func controlCharactersInDocumentsAreEscapedOnATerminal() {
        let w = Self.workspace(titles: ["Evil\u{1B}[2J title"])
        var (s, console) = shell(w, terminal: TerminalInfo(stdoutIsTTY: true, width: 80, noColorEnv: true))
        _ = s.execute("docs; show d1; read d1", location: nil)
        #expect(!console.output.contains("\u{1B}"))
        #expect(console.output.contains("Evil\u{241B}[2J title"))
        // Not on a pipe: the bytes are the document's.
        (s, console) = shell(w)
        _ = s.execute("docs --format csv", location: nil)
        #expect(console.output.contains("Evil\u{1B}[2J title"))
    }
}
