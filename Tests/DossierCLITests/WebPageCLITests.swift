import Foundation
import Testing

/// End-to-end: the built binary loading a news page saved as plain text (../shared/samples).
struct WebPageCLITests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/samples/moscow-times-kazakhstan-draft.txt").path
    static var haveSample: Bool { FileManager.default.fileExists(atPath: sample) }

    func process() throws -> DossierProcess {
        try DossierProcess(files: ["page.txt": try String(contentsOfFile: Self.sample, encoding: .utf8)])
    }

    @Test(.enabled(if: haveSample)) func theSampleKeepsItsArticleAndHeadline() throws {
        let p = try process()
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load page.txt; entities --format csv; figures --format csv; read d1 --format json"])
        #expect(r.status == 0)
        let out = r.stdout
        // The load line is a status line: on standard error when output is piped.
        #expect(r.stderr.contains("d1 'Kazakhstan to Ensure Safety of Russians Fleeing Draft – President' — "))
        #expect(r.stderr.contains("lines of page furniture set aside)"))
        for kept in ["Tokayev", "Vladimir Putin", "RIA Novosti", "TASS", "98,000", "64,000"] {
            #expect(out.contains(kept), "\(kept) missing")
        }
        let listings = out.components(separatedBy: "\n{").first ?? out
        for gone in ["Dear", "Privacy Policy", "$2", "Friday", "today", "Moscow Times"] {
            #expect(!listings.contains(gone), "\(gone) listed")
        }
        let json = try #require(out.range(of: "{\"id\"").map { String(out[$0.lowerBound...]) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(object["id"] == "d1")
        #expect(object["title"] == "Kazakhstan to Ensure Safety of Russians Fleeing Draft – President")
        #expect(object["text"]?.hasPrefix("Kazakhstan's President Kassym-Jomart Tokayev.") == true)
        #expect(object["text"]?.contains("Dear readers") == false)
    }

    @Test(.enabled(if: haveSample)) func setAsideLinesCanBeReadAndWholeKeepsEverything() throws {
        let p = try process()
        defer { p.cleanUp() }
        let aside = try p.run(["-c", "load page.txt; read d1 --set-aside"], combined: true)
        // The load line counts page furniture; the listing also holds the headline's line and says so.
        let furniture = try #require(aside.stdout.firstMatch(of: /\((\d+) lines of page furniture set aside\)/)?.1)
        #expect(aside.stdout.contains(": \(furniture) of page furniture and the headline (line "))
        #expect(aside.stdout.contains("Dear readers,"))
        #expect(aside.stdout.contains("Support The Moscow Times!"))
        let whole = try p.run(["-c", "load --whole page.txt; read d1 --format json"])
        #expect(whole.status == 0)
        #expect(!whole.stdout.contains("set aside"))
        let json = try #require(whole.stdout.range(of: "{\"id\"").map { String(whole.stdout[$0.lowerBound...]) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(object["text"] == (try p.read("page.txt")))
        let nothing = try p.run(["-c", "load --whole page.txt; read d1 --set-aside"])
        #expect(nothing.stdout.contains("nothing was set aside"))
    }

    @Test func retitleIsUndoableAndSaved() throws {
        let p = try DossierProcess(files: ["a.md": Articles.border])
        defer { p.cleanUp() }
        let r = try p.run(["-c", "load a.md; retitle d1 'Border queues'; docs --format csv; undo; docs --format csv; redo; save s.json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("retitled d1 'Queues at the Border' → 'Border queues'"))
        let listings = r.stdout.components(separatedBy: "undid")
        #expect(listings.first?.contains("d1,Border queues,") == true)
        #expect(listings.last?.contains("d1,Queues at the Border,") == true)
        let saved = try p.read("s.json")
        #expect(saved.contains("\"userTitle\" : \"Border queues\"") || saved.contains("\"userTitle\":\"Border queues\""))
        let reopened = try p.run(["-c", "open s.json; docs --format csv"])
        #expect(reopened.stdout.contains("d1,Border queues,"))
        let empty = try p.run(["-c", "load a.md; retitle d1 ''"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("retitle: the title is empty"))
    }
}
