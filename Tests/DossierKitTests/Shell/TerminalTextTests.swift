import Testing
@testable import DossierKit

/// Control characters from documents never reach a terminal raw.
@Suite struct TerminalTextTests {
    @Test func controlCharactersBecomeVisible() {
        #expect(TerminalText.escapingControls("a\u{1B}[2Jb") == "a\u{241B}[2Jb")
        #expect(TerminalText.escapingControls("bell\u{07} del\u{7F} c1\u{9B}x") == "bell\u{2407} del\u{2421} c1\\x9bx")
        #expect(TerminalText.escapingControls("over\rwrite") == "over\u{240D}write")
    }

    @Test func layoutIsKeptInRunningTextButNotInCells() {
        #expect(TerminalText.escapingControls("one\ttwo\r\nthree\n") == "one\ttwo\r\nthree\n")
        #expect(TerminalText.escapingControls("one\ttwo\n", keepLayout: false) == "one\u{2409}two\u{240A}")
    }

    @Test func plainTextIsUnchanged() {
        let text = "Kazakhstan’s “border” — 中文 🎉 café"
        #expect(TerminalText.escapingControls(text) == text)
    }
}
