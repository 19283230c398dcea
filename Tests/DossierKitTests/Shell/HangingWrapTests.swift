import Foundation
import Testing
@testable import DossierKit

/// Word-wrapping `read` output for the terminal: breaks at spaces, continuation lines indented past
/// the line numbers, no text lost, only on a terminal.
@Suite struct HangingWrapTests {
    @Test func longLinesBreakAtSpacesUnderTheText() {
        let text = " 9  The border service said nearly 98,000 Russians had crossed since September.\n10  Short.\n"
        let wrapped = HangingWrap.wrap(text, width: 30, indent: 4)
        #expect(wrapped == """
             9  The border service said
                nearly 98,000 Russians had
                crossed since September.
            10  Short.

            """)
        for line in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 30) }
    }

    @Test func noWordIsLostOrJoined() {
        let words = (1...200).map { "w\($0)" + String(repeating: "x", count: $0 % 13) }
        let line = "1  " + words.joined(separator: " ")
        for width in [20, 33, 57, 80] {
            let wrapped = HangingWrap.wrap(line, width: width, indent: 3)
            let back = wrapped.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            #expect(back == ["1"] + words, "width \(width)")
            for l in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(String(l)) <= width, "width \(width)") }
        }
    }

    @Test func aWordWiderThanTheLineIsSplitNotCut() {
        let url = "https://example.org/" + String(repeating: "a", count: 40)
        let wrapped = HangingWrap.wrap("1  see \(url) now", width: 24, indent: 3)
        let lines = wrapped.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("   ") && !$0.hasPrefix("    ") })
        #expect(lines.first == "1  see")
        #expect(lines.dropFirst().map { $0.dropFirst(3) }.joined().hasPrefix(url))
    }

    @Test func wideCharactersCountTwoColumns() {
        let wrapped = HangingWrap.wrap("1  漢字漢字漢字 漢字漢字漢字 漢字漢字漢字", width: 20, indent: 3)
        #expect(wrapped == "1  漢字漢字漢字\n   漢字漢字漢字\n   漢字漢字漢字")
    }

    @Test func shortTextAndNarrowScreensAreLeftAlone() {
        #expect(HangingWrap.wrap("1  short line\n", width: 80, indent: 3) == "1  short line\n")
        let long = "1  " + String(repeating: "word ", count: 20)
        #expect(HangingWrap.wrap(long, width: 10, indent: 3) == long, "too narrow to be worth wrapping")
    }

    @Test func readWrapsOnATerminalOnly() throws {
        var w = Workspace()
        let sentence = "Tokayev said the queues at the border crossings had lengthened through the week as more people left."
        w.add(DocumentDraft(title: "Queues", source: "q.txt", format: "text", sha256: "q", text: sentence + "\nShort line."),
              analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
        let screen = BufferConsole()
        screen.size = (40, 50)
        var s = ShellSession(context: ShellContext(workspace: w, terminal: TerminalInfo(stdoutIsTTY: true, width: 40, noColorEnv: true)),
                             console: screen)
        _ = s.execute("read d1", location: nil)
        let lines = screen.output.split(separator: "\n").map(String.init)
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(lines[1] == "1  Tokayev said the queues at the border")
        #expect(lines[2].hasPrefix("   crossings"))
        #expect(lines.last == "2  Short line.")

        // A pipe, and a redirection from a terminal: the lines as they are.
        let pipe = BufferConsole()
        var p = ShellSession(context: ShellContext(workspace: w), console: pipe)
        _ = p.execute("read d1", location: nil)
        #expect(pipe.output.contains("1  " + sentence + "\n"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-read-wrap-\(UUID()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = s.execute("read d1 > " + path, location: nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("1  " + sentence + "\n"))
    }
}
