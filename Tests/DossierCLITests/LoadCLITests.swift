import Foundation
import Testing

/// End-to-end: the built `dossier` binary loading from standard input.
struct LoadCLITests {
    @Test func loadDashReadsTheDocumentFromStandardInput() throws {
        let p = try DossierProcess()
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load -; docs --format csv"], stdin: "Piped headline\n\nThe body of a piped document.\n")
        let text = r.stdout
        #expect(r.status == 0)
        #expect(text.contains("Piped headline"))
        #expect(text.contains("stdin"))
    }
}
