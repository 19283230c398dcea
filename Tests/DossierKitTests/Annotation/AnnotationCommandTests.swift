import Testing
@testable import DossierKit

@Suite struct AnnotationCommandTests {
    @Test func noteTagHighlightEditDeleteAndList() {
        var h = ShellHarness(workspace: Fixture.workspace())
        #expect(h.run("note d1 \"check the 98,000\"").out == "a1 note on d1\n")
        #expect(h.run("tag d1 border migration").out == "tagged d1: a2 border, a3 migration\n")
        #expect(h.run("highlight d1 \"more than 98,000 Russians\" \"compare\"").out.hasPrefix("a4 highlight d1:16-41"))
        h.run("tag e1 place; note d2:0-7 \"on a span\"")
        #expect(h.run("edit a1 \"revised\"").err.isEmpty)
        #expect(h.workspace.annotation(AnnotationID(1))?.body == "revised")
        #expect(h.run("delete a3").out == "deleted a3 (tag on d1)\n")
        let json = h.run("annotations --kind highlight --format json").out
        #expect(json.contains("\"quote\": \"more than 98,000 Russians\""))
        #expect(json.contains("\"text\": \"compare\""))
        #expect(h.run("annotations --target d2 --format csv").out.contains("a6,note,d2:0-7,on a span,Tokayev,"))
        #expect(h.run("tags --format csv").out == "tag,count,targets\r\nborder,1,d1\r\nplace,1,e1\r\n")
        #expect(h.run("docs --tag border --format csv").out.split(separator: "\r\n").count == 2)
        #expect(h.workspace.entityIDs(taggedWith: "PLACE") == [EntityID(1)])
        #expect(h.run("untag d1 border").out == "untagged d1: border\n")
        #expect(h.workspace.targets(taggedWith: "border").isEmpty)
    }

    @Test func annotationsTagFilterListsTaggedTargetsAnnotations() {
        var h = ShellHarness(workspace: Fixture.workspace())
        h.run("tag d2 watch; note d2 \"n\"; note d1 \"other\"; highlight d2 \"Astana\"")
        let csv = h.run("annotations --tag watch --format csv").out
        #expect(csv.split(separator: "\r\n").map { $0.split(separator: ",")[0] } == ["id", "a1", "a2", "a4"])
    }

    @Test func ambiguousQuoteListsPlacesAndNthPicksOne() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let r = h.run("highlight d1 \"Kazakhstan\"")
        #expect(r.err.contains("occurs 2 times in d1; choose one with --nth N"))
        #expect(r.err.contains("1. d1:0-10"))
        #expect(h.workspace.annotations.isEmpty)
        #expect(h.run("highlight d1 Kazakhstan --nth 2").out.hasPrefix("a1 highlight d1:129-139"))
        #expect(h.run("highlight d1 Kazakhstan --nth 3").err.contains("--nth 3 is out of range"))
    }

    @Test(arguments: [
        ("note d9 \"x\"", "no document d9"),
        ("note e99 \"x\"", "no entity e99"),
        ("note f1 \"x\"", "no figure f1"),
        ("note a1 \"x\"", "is not a target"),
        ("note d1:50-10 \"x\"", "bad span 'd1:50-10'"),
        ("note d1:0-99999 \"x\"", "bad span"),
        ("note d1 \"  \"", "the text is empty"),
        ("highlight d1 \"not in the text\"", "quote not found in d1"),
        ("edit a9 \"x\"", "no annotation a9"),
        ("delete a9", "no annotation a9"),
        ("untag d1 nothere", "d1 is not tagged 'nothere'"),
        ("tag d1 \"two words\"", "is not a tag"),
    ])
    func badInputIsReportedAndChangesNothing(line: String, message: String) {
        var h = ShellHarness(workspace: Fixture.workspace())
        let before = h.workspace
        let r = h.run(line)
        #expect(r.err.contains(message), "\(r.err)")
        #expect(h.workspace.annotations == before.annotations)
        #expect(h.run("undo").err.contains("nothing to undo"))
    }

    @Test func notesWithNewlinesQuotesAndEmojiRoundTripExactly() throws {
        var w = Fixture.workspace()
        let body = "line one\nline \"two\" with 'quotes' \\ and 🎉👩‍👩‍👧 e\u{301}\ttab"
        w.annotate(.note, .document(DocumentID(1)), body: body, author: "ann", at: "2026-01-01T00:00:00Z")
        let decoded = try SessionCodec.decode(SessionCodec.encode(w), path: "x.json")
        #expect(decoded.annotations[0].body == body)
        #expect(decoded == w)
        var h = ShellHarness(workspace: w)
        let json = h.run("annotations --format json").out
        #expect(json.contains(#""text": "line one\nline \"two\" with 'quotes' \\ and 🎉👩‍👩‍👧 e\#u{301}\ttab""#))
    }
}

@Suite struct AnnotationCardTests {
    @Test func showAnnotationPrintsItsCard() {
        var h = ShellHarness(workspace: Fixture.workspace())
        h.run("highlight d2 \"long border\" \"why?\"")
        let out = h.run("show a1").out
        #expect(out.contains("kind      highlight\n"))
        #expect(out.contains("target    d2:63-74\n"))
        #expect(out.contains("context   …. Russia and Kazakhstan share a [long border]. 🎉 RIA Novosti quoted Interfax.…\n"))
        #expect(h.run("show a9").err.contains("no annotation a9"))
    }
}
