import Testing
@testable import DossierKit

@Suite("RawArguments: options come out, the rest stays as typed")
struct RawArgumentsTests {
    @Test("options removed", arguments: [
        (#""prime minister" tax* --limit 5"#, #""prime minister" tax*"#),
        (#"--doc d1 "a b"  --tag=x c"#, #""a b" c"#),
        (#"SELECT 'it''s --limit 3' FROM x --format json"#, #"SELECT 'it''s --limit 3' FROM x"#),
        (#"say "a \" --doc" d"#, #"say "a \" --doc" d"#),
        ("--limit", ""),
    ])
    func removes(_ raw: String, _ expected: String) {
        #expect(RawArguments.removingOptions(raw, valued: ["--limit", "--doc", "--tag", "--format"]) == expected)
    }

    @Test("an option's value as typed keeps its quotes")
    func value() {
        #expect(RawArguments.value(of: "--about", in: #"--about "interest rates" x"#) == #""interest rates""#)
        #expect(RawArguments.value(of: "--about", in: "--about=tax*") == "tax*")
        #expect(RawArguments.value(of: "--about", in: "--about") == nil)
    }
}
