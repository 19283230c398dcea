import Foundation
import Testing

/// The pager in a real terminal: `less` gets the keyboard, pages to the end of a long document,
/// and the shell gets the terminal back with a working prompt; Tab completes options.
@Suite struct PagerTmuxTests {
    static let longArticle = "Long Article\n" + (1...120).map { "Paragraph line \($0) of the long article." }.joined(separator: "\n")

    @Test func thePagerPagesToTheEndAndGivesThePromptBack() throws {
        let p = try DossierProcess(files: ["long.txt": Self.longArticle])
        defer { p.cleanUp() }
        let t = try TmuxSession(command: "cd '\(p.directory)' && env -u PAGER XDG_STATE_HOME='\(p.directory)/.state' XDG_CONFIG_HOME='\(p.directory)/.config' '\(DossierProcess.binary)'; sleep 30",
                                width: 80, height: 24)
        try t.waitFor("untitled>", "first prompt")
        try t.type("load long.txt")
        try t.press("Enter")
        try t.waitFor("untitled*>", "loaded")
        try t.type("read d1")
        try t.press("Enter")
        try t.waitFor("Paragraph line 20 ", "the first screen")
        let first = try t.screen()
        #expect(!first.contains("Paragraph line 60 "), "only one screen is shown")
        try t.press("Space")
        try t.waitFor("Paragraph line 40 ", "Space pages forward: less reads the keyboard")
        try t.press("G")
        try t.waitFor("Paragraph line 120 of the long article.", "G goes to the end")
        try t.press("q")
        try t.type("docs")
        try t.press("Enter")
        try t.waitFor("1 document\n", "the prompt works after the pager")
        // Paging off: the whole text is written and the prompt follows at once.
        try t.type("set pager off; read d1")
        try t.press("Enter")
        try t.waitFor("Paragraph line 120 of the long article.\nuntitled*>", "pager off writes everything")
        try t.type("quit --force")
        try t.press("Enter")
    }

    @Test func tabCompletesOptionNamesAndValuesAfterTheStartUpFile() throws {
        // The start-up file runs before the first prompt (it sets CSV, checked at the end).
        let p = try DossierProcess(files: ["grain.txt": Articles.grain, ".config/dossier/rc.dsh": "set format csv\n"])
        defer { p.cleanUp() }
        let t = try TmuxSession(command: "cd '\(p.directory)' && XDG_STATE_HOME='\(p.directory)/.state' XDG_CONFIG_HOME='\(p.directory)/.config' '\(DossierProcess.binary)'; sleep 30")
        try t.waitFor("untitled>", "first prompt")
        try t.type("entities --fo")
        try t.press("Tab")
        try t.waitFor("untitled> entities --format", "Tab completes an option name (tmux trims the space after it)")
        try t.type("j")
        try t.press("Tab")
        try t.waitFor("untitled> entities --format json", "Tab completes the option's value")
        try t.press("C-u")
        try t.type("set pager o")
        try t.press("Tab")
        try t.press("Tab")
        try t.waitFor("off", "the values of a setting are offered")
        try t.press("C-c")
        // libedit drops keys typed before it is back at the prompt: wait for it.
        try t.waitFor("^C", "Ctrl-C cancels the line")
        Thread.sleep(forTimeInterval: 0.3)
        try t.type("docs")
        try t.press("Enter")
        try t.waitFor("id,title,words,entities,figures,date,source", "the start-up file set the format")
        try t.type("quit")
        try t.press("Enter")
    }
}
