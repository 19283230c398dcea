import Foundation
import Testing
@testable import DossierKit

/// `quotes`, `show qN`, entity cards, `note qN`, `sql` and `export quotes` on a workspace with one
/// article: John Smith quoted by name and by pronoun, and officials quoted without a name.
@Suite struct QuotesCommandTests {
    static let text = "John Smith visited the border on Monday.\n\n\"The queues are long,\" Smith said. \"We will open two more gates.\"\n\n"
        + "Traffic was extremely slow, officials said.\n\n\"Nobody expected this many people,\" he added."

    static func workspace() -> Workspace {
        var w = Workspace()
        let s = Array(text.unicodeScalars)
        func mention(_ surface: String, from: Int = 0) -> EntityMentionFacts {
            let n = Array(surface.unicodeScalars)
            let i = (from...(s.count - n.count)).first { Array(s[$0..<($0 + n.count)]) == n }!
            return EntityMentionFacts(start: i, end: i + n.count, text: surface, type: .person, canonical: "John Smith")
        }
        let entities = [mention("John Smith"), mention("Smith", from: 20)]
        let quotes = QuoteExtractor(genders: NameGenders(tsv: "John\tM\n")).quotes(in: text, entities: entities)
        let draft = DocumentDraft(title: "Border", source: "b.txt", format: "text", sha256: "b", text: text)
        w.add(draft, analysis: DocumentAnalysis(entities: entities, quotes: quotes), loadedAt: "2026-12-03T00:00:00Z")
        return w
    }

    func run(_ line: String, _ w: Workspace = QuotesCommandTests.workspace()) -> (out: String, err: String, workspace: Workspace) {
        var h = ShellHarness(workspace: w)
        let r = h.run(line)
        return (r.out, r.err, h.workspace)
    }

    @Test func listsQuotesBySpeakerEntityIncludingPronouns() {
        let r = run("quotes --by Smith --format csv")
        #expect(r.err == "")
        let rows = [
            "id,document,speaker,entity,cue,kind,text",
            #"q1,d1,Smith,John Smith (e1),said,direct,"""The queues are long,"" … ""We will open two more gates.""""#,
            #"q3,d1,he,John Smith (e1),added,direct,"""Nobody expected this many people,""""#,
        ]
        #expect(r.out == rows.map { $0 + "\r\n" }.joined())
    }

    @Test func unnamedSpeakersAreFoundByTheirWords() {
        #expect(run("quotes --by officials --format csv").out.contains("q2,d1,officials,,said,indirect,Traffic was extremely slow\r\n"))
        #expect(run("quotes --kind indirect --format csv").out.split(whereSeparator: \.isNewline).count == 2)
        #expect(run("quotes --about gates --format csv").out.contains("q1,"))
        #expect(run("quotes --kind loud").err.contains("no kind 'loud'"))
    }

    @Test func showQuoteAndEntityCard() {
        let card = run("show q3").out
        #expect(card.contains("entity     John Smith (e1, PER)"))
        #expect(card.contains("paragraph  «\"Nobody expected this many people,\"» he added."))
        let entity = run("show e1").out
        #expect(entity.contains("q1 \"The queues are long,\" … \"We will open two more gates.\""))
        #expect(entity.contains("pronouns   1"))
    }

    @Test func noteOnAQuoteIsOnItsWords() {
        let r = run("note q3 \"check the numbers\"\nshow q3")
        #expect(r.err == "")
        guard case let .span(d, start, end, quote, _, _)? = r.workspace.annotations.first?.target else {
            Issue.record("expected a passage annotation")
            return
        }
        #expect(d == DocumentID(1) && quote == "\"Nobody expected this many people,\"")
        #expect(start == r.workspace.quotes[2].facts.start && end == r.workspace.quotes[2].facts.end)
        #expect(r.out.contains("a1 note: check the numbers"))
    }

    @Test func sqlHasAQuotesTable() {
        let r = run("sql SELECT id, speaker, entity, kind FROM quotes ORDER BY id --format csv")
        #expect(r.out == "id,speaker,entity,kind\r\nq1,Smith,e1,direct\r\nq2,officials,,indirect\r\nq3,he,e1,direct\r\n")
    }

    @Test func exportQuotesAsCSVAndDropRemovesThem() throws {
        let dir = try Fixtures.temporaryDirectory()
        let r = run("export quotes \(dir)/q.csv\ndrop d1")
        #expect(r.out.contains("exported 3 quotes to \(dir)/q.csv"))
        let csv = try String(contentsOfFile: dir + "/q.csv", encoding: .utf8)
        #expect(csv.hasPrefix("id,document,speaker,entity,cue,kind,text\r\nq1,d1,Smith,John Smith (e1),said,direct,"))
        #expect(r.workspace.quotes.isEmpty)
    }
}
