import Foundation
import Testing

/// Drives the real libedit line editor in a terminal (tmux), as a person would: Tab completion,
/// Up-arrow history, Ctrl-C, non-ASCII input, the unsaved-changes question on Ctrl-D, and the
/// history file.
@Suite struct LineEditorTests {
    @Test func lineEditingInATerminal() throws {
        let p = try DossierProcess(files: ["grain.txt": Articles.grain])
        defer { p.cleanUp() }
        let t = try TmuxSession(command: "cd '\(p.directory)' && env -u NO_COLOR XDG_STATE_HOME='\(p.directory)/.state' '\(DossierProcess.binary)'; sleep 30")
        try t.waitFor("untitled>", "first prompt")
        try t.type("lo")
        try t.press("Tab")
        try t.waitFor("untitled> load", "Tab completes a command name")
        try t.type("gra")
        try t.press("Tab")
        try t.waitFor("untitled> load grain.txt", "Tab completes a file name")
        try t.press("Enter")
        try t.waitFor("d1 'Grain Exports Rise'", "load runs")
        try t.waitFor("untitled*>", "prompt marks unsaved changes")
        try t.type("docs")
        try t.press("Enter")
        try t.waitFor("1 document", "docs runs")
        try t.press("Up")
        try t.waitFor("untitled*> docs", count: 2, "Up-arrow recalls the last line")
        try t.press("Enter")
        try t.waitFor("1 document\nuntitled*>", count: 2, "the recalled line runs")
        try t.type("drop d1")
        // Ctrl-C makes the terminal discard input not yet read: wait until the line is echoed.
        try t.waitFor("untitled*> drop d1", "the line is typed")
        try t.press("C-c")
        try t.waitFor("drop d1^C", "Ctrl-C cancels the line")
        try t.type("read d")
        try t.press("Tab")
        try t.waitFor("untitled*> read d1", "Tab completes a document ID")
        try t.press("Enter")
        try t.waitFor("2  Kazakhstan could export", "the document is still there after Ctrl-C")
        try t.type("help ünïcødé中文")
        try t.press("Enter")
        try t.waitFor("unknown command 'ünïcødé中文'", "non-ASCII input reaches the shell")
        try t.press("C-d")
        try t.waitFor("unsaved changes. Quit anyway? [y/N]", "Ctrl-D asks when there are unsaved changes")
        try t.type("n")
        try t.press("Enter")
        try t.type("save s")
        try t.press("Enter")
        try t.waitFor("\ns>", "the prompt shows the session name after save")
        try t.press("C-d")
        Thread.sleep(forTimeInterval: 0.5)

        let history = try p.read(".state/dossier/history")
        let lines = history.split(separator: "\n").map(String.init)
        #expect(lines.first == "_HiStOrY_V2_")
        #expect(lines.filter { $0 == "docs" }.count == 1, "a repeated line is stored once: \(lines)")
        #expect(!lines.contains { $0.contains("drop") }, "a cancelled line is not stored")
        #expect(lines.contains { $0.hasPrefix("load") })
        #expect(FileManager.default.fileExists(atPath: p.directory + "/Sessions/s.json"))
    }
}
