import Foundation
import Testing

/// Ctrl-C during a long `sql` statement in a real terminal: the statement stops with one line,
/// the prompt comes back and works, and the workspace is as it was.
@Suite struct SqlInterruptTmuxTests {
    @Test func ctrlCStopsALongQueryAndThePromptWorks() throws {
        let p = try DossierProcess(files: ["grain.txt": Articles.grain])
        defer { p.cleanUp() }
        let t = try TmuxSession(command: "cd '\(p.directory)' && XDG_STATE_HOME='\(p.directory)/.state' XDG_CONFIG_HOME='\(p.directory)/.config' '\(DossierProcess.binary)' --no-rc; sleep 30",
                                width: 160, height: 30)
        try t.waitFor("untitled>", "first prompt")
        try t.type("load grain.txt")
        try t.press("Enter")
        try t.waitFor("untitled*>", "loaded")
        // A limit far beyond the test's patience: only Ctrl-C can end this statement in time.
        try t.type("set sql-timeout 600")
        try t.press("Enter")
        try t.waitFor("sql-timeout = 600", "the limit is set")
        let endless = "sql WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        try t.type(endless)
        try t.press("Enter")
        try t.waitFor("SELECT count(*) FROM n\n", "the statement was entered")
        Thread.sleep(forTimeInterval: 1.0)
        let running = try t.screen()
        #expect(running.components(separatedBy: "untitled*>").count - 1 == 2, "still running: no new prompt yet\n\(running)")
        try t.press("C-c")
        let stopped = try t.waitFor("error: sql: stopped by Ctrl-C; nothing was changed\n", timeout: 15, "Ctrl-C stops the statement")
        #expect(!stopped.contains("rows"), "no result is shown for a stopped statement")
        try t.waitFor("untitled*>", count: 3, "the prompt is back")
        Thread.sleep(forTimeInterval: 0.3)
        try t.type("sql SELECT count(*) AS n FROM documents")
        try t.press("Enter")
        try t.waitFor("1 row", "the next statement runs")
        try t.type("docs --format csv")
        try t.press("Enter")
        try t.waitFor("d1,", "the workspace still holds its document")
        try t.type("quit --force")
        try t.press("Enter")
    }
}
