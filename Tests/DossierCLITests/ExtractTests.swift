import Foundation
import Testing

/// `dossier extract`: the JSONL interface evaluation tools depend on.
@Suite struct ExtractTests {
    @Test func oneOutputLinePerInputLineWithIDsKept() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain])
        defer { p.cleanUp() }
        let input = """
            {"id": "x1", "text": "Tokayev said 98,000 Russians came.", "extra": [1, 2]}
            {"id": 7, "text": ""}

            not json
            {"id": "p", "path": "a.txt"}
            {"id": "m", "path": "missing.txt"}

            """
        let r = try p.run(["extract", "--jsonl"], stdin: input)
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "one output line per input line, blank lines included")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects[0]["id"] as? String == "x1")
        #expect(objects[0]["entities"] is [Any] && objects[0]["figures"] is [Any])
        #expect(objects[1]["id"] as? Int == 7)
        #expect(objects[2]["error"] as? String == "empty line")
        #expect(objects[3]["error"] as? String == "not valid JSON")
        #expect(objects[4]["body"] as? String == Articles.grain)
        #expect(objects[4]["title"] as? String == "Grain Exports Rise")
        #expect(objects[5]["error"] as? String == "missing.txt: no such file or directory")
        #expect(r.stderr == "<stdin>:3: empty line\n<stdin>:4: not valid JSON\n<stdin>:6: missing.txt: no such file or directory\n")
    }

    @Test func extractFilePrintsAReport() throws {
        let p = try DossierProcess(files: ["a.txt": Articles.grain])
        defer { p.cleanUp() }
        let r = try p.run(["extract", "a.txt"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("a.txt: 'Grain Exports Rise' — 13 words\n"))
    }
}
