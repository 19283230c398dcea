import Foundation
import Testing

/// Runs the built `dossier` binary on an annotation session: build, save, reopen, compare.
@Suite struct AnnotationCLITests {
    static func run(_ args: [String], in folder: String) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: DossierProcess.binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: folder)
        let (out, err) = (Pipe(), Pipe())
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self), p.terminationStatus)
    }

    @Test func annotateSaveReopenAndExport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Kazakhstan said more than 98,000 Russians entered. 🎉 Kazakhstan agreed.".write(
            toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let build = try Self.run(["-c", #"load a.txt; note d1 "a \"quoted\" 🎉 note"; tag d1 border; highlight d1 Kazakhstan --nth 2 why; highlight d1 "98,000 Russians"; delete a2; undo; save s; export annotations s.jsonld; export report s.md"#], in: folder)
        #expect(build.status == 0, "\(build.err)")
        #expect(build.err.contains("undid: delete a2"), "status lines go to standard error in a pipe")
        let listing = try Self.run(["-c", "annotations --format json"], in: folder).out
        #expect(listing == "[]\n")
        let reopened = try Self.run(["Sessions/s.json", "-c", "annotations --format json; tags --format csv"], in: folder)
        #expect(reopened.status == 0, "\(reopened.err)")
        #expect(reopened.out.contains(#""text": "a \"quoted\" 🎉 note""#))
        #expect(reopened.out.contains(#""target": "d1:53-63""#))
        #expect(reopened.out.hasSuffix("tag,count,targets\r\nborder,1,d1\r\n"))
        let jsonld = try String(contentsOfFile: folder + "/s.jsonld", encoding: .utf8)
        #expect(jsonld.contains(#""type" : "AnnotationCollection""#))
        let bad = try Self.run(["Sessions/s.json", "-c", "import annotations s.md"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.err.contains("is not JSON"))
    }
}
