import Foundation
import Testing
@testable import DossierKit
#if canImport(Glibc)
import Glibc
#endif

/// Lines read from a stream (piped scripts, `extract --jsonl`) are bounded: an over-long line is
/// read to its end, dropped and reported; the lines after it still run.
@Suite struct LineLengthTests {
    func stream(_ text: String) -> UnsafeMutablePointer<FILE> {
        let path = Fixture.folder() + "/script.dsh"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return fopen(path, "r")!
    }

    @Test func anOverLongLineIsDroppedAndTheNextOneRead() {
        let source = StreamLineSource(stream: stream("short\r\n" + String(repeating: "x", count: 100) + "\nnext\nlast"),
                                      ownsStream: true, maximumLineBytes: 50)
        #expect(source.readLine(prompt: "") == .line("short"))
        #expect(source.readLine(prompt: "") == .tooLong(limit: 50))
        #expect(source.readLine(prompt: "") == .line("next"))
        #expect(source.readLine(prompt: "") == .line("last"))
        #expect(source.readLine(prompt: "") == .end)
    }

    @Test func aScriptReportsTheLineAndGoesOn() {
        let source = StreamLineSource(stream: stream("set format json\ntag d1 " + String(repeating: "t ", count: 40) + "\nset format csv\n"),
                                      ownsStream: true, maximumLineBytes: 50)
        let console = BufferConsole()
        var session = ShellSession(context: ShellContext(workspace: Fixture.workspace()), console: console)
        let result = session.runScript(source, name: "s.dsh", bail: false)
        #expect(result.failed)
        #expect(console.errors == "s.dsh:2: line longer than the 50 B limit, not run (put long text in a file and load it)\n")
        #expect(console.output == "format = json\nformat = csv\n")
    }
}
