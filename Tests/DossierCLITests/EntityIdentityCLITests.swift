import Foundation
import Testing

/// End-to-end through the built `dossier` binary: a lone surname joined with evidence, the card
/// that says why, `unalias` taking it off, and a role cut off a name in `extract --jsonl`.
@Suite struct EntityIdentityCLITests {
    @Test func aLinkedSurnameIsExplainedAndCanBeTakenOff() throws {
        let p = try DossierProcess(files: [
            "a.txt": "Foreign Secretary Jack Straw told Labour members in London that the talks would go on.\n",
            "b.txt": "Labour activists cheered when Straw spoke about the talks in Brighton.\n",
        ])
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load a.txt b.txt; show Straw; unalias \"Jack Straw\" Straw; mentions Straw --format csv"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("roles      Foreign Secretary ×1\n"))
        #expect(r.stdout.contains("merged     'Straw' in d2: the only person named Straw; shares Labour\n"))
        #expect(r.stdout.contains("unalias: 'Straw' left e1 Jack Straw; now e5 Straw (PER, 1 mention)\n"))
        #expect(r.stdout.contains("d2,30,35,Straw,PER,,"))
    }

    @Test func extractKeepsTheRoleOutOfTheName() throws {
        let p = try DossierProcess()
        defer { p.cleanUp() }
        let line = #"{"id": 1, "text": "Interior Minister Wolfgang Peschorn said on Monday that Austria would help."}"#
        let out = try p.run(["extract", "--jsonl"], stdin: line + "\n").stdout
        #expect(out.contains(#"{"start": 18, "end": 35, "type": "PER", "text": "Wolfgang Peschorn", "entity": "Wolfgang Peschorn", "role": "Interior Minister"}"#))
    }
}
