import Foundation
import Testing

/// End-to-end: the built binary draws charts with block characters in a UTF-8 locale and falls
/// back to ASCII in any other (the C locale, or LANG unset), unless `set charset` says otherwise.
@Suite struct ChartsCLITests {
    static let script = "load a.md g.txt; timeline --chart --by month; entities --chart"

    func run(_ environment: [String: String], _ commands: String = script) throws -> String {
        let p = try DossierProcess(files: ["a.md": Articles.border, "g.txt": Articles.grain])
        defer { p.cleanUp() }
        let r = try p.run(["-c", commands], environment: ["LC_ALL": "", "LC_CTYPE": ""].merging(environment) { $1 })
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func utf8LocaleDrawsBlocks() throws {
        let out = try run(["LANG": "en_US.UTF-8"])
        #expect(out.contains("Top entities by mentions") && out.contains("█"))
    }

    @Test func otherLocalesFallBackToASCII() throws {
        for lang in ["C", "POSIX", "en_US.ISO-8859-1"] {
            let out = try run(["LANG": lang])
            #expect(out.contains("Top entities by mentions") && out.contains("#"), "\(lang)")
            #expect(!out.contains("█") && !out.contains("▏") && !out.contains("▒"), "\(lang)")
        }
        #expect(try run(["LANG": "C"], "set charset unicode; " + Self.script).contains("█"))
        #expect(!(try run(["LANG": "C.UTF-8"], "set charset ascii; " + Self.script).contains("█")))
    }
}
