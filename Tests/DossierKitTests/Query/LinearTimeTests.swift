import Testing
@testable import DossierKit

/// The pieces that were quadratic, checked for what they produce (timing is for dossier-bench):
/// Markdown inline syntax, HTML attribute capping and search snippets.
@Suite struct LinearTimeTests {
    @Test(arguments: [
        ("a [link](http://x) and ![alt](i.png) end", "a link and alt end"),
        ("[[[[ no close", "[[[[ no close"),
        ("[a] [b](u)", "[a] b"),
        ("x <!-- c --> y <!-- open", "x  y <!-- open"),
        ("<!--> z", " z"),
        ("snake_case and _em_ **b** `c`", "snake_case and em b c"),
    ])
    func markdownInlineSyntax(line: String, expected: String) {
        #expect(MarkdownText.inline(Substring(line)) == expected)
    }

    @Test func markdownLineOfManyBracketsAndCommentOpenings() {
        let line = "Text " + String(repeating: "[", count: 50_000) + String(repeating: "<!--", count: 50_000) + " end."
        #expect(MarkdownText.inline(Substring(line)) == line)
    }

    @Test func htmlTagsKeepAtMostTheAttributeLimit() {
        let page = #"<p a="1" b='x>y' c=3 d e="5"><!-- <i f g h i> --><b x y>t</b>"#
        let capped = String(decoding: HTMLAttributeLimit.capped(Array(page.utf8), maximum: 2), as: UTF8.self)
        #expect(capped == #"<p a="1" b='x>y' ><!-- <i f g h i> --><b x y>t</b>"#)
        let small = Array("<p a b>".utf8)
        #expect(HTMLAttributeLimit.capped(small, maximum: 2) == small)
    }

    @Test func aPageWithManyAttributesStillGivesItsText() throws {
        let attributes = (0..<5000).map { "a\($0)=\"v\"" }.joined(separator: " ")
        let page = "<html><body><article><p \(attributes)>Astana is the capital of Kazakhstan, a city that grew fast.</p></article></body></html>"
        let result = try #require(HTMLParser.parse(Array(page.utf8)))
        let p = try #require(result.tree.nodes.first { $0.name == "p" })
        #expect(p.attributes.count == HTMLAttributeLimit.maximum)
    }

    @Test func snippetIsTheWindowWithTheMostMatches() {
        let o = MatchMarkers.open, c = MatchMarkers.close
        let text = "one two three four \(o)tax\(c) five six seven eight nine \(o)tax\(c) \(o)tax\(c) ten eleven twelve"
        let cut = SnippetWindow.cut(text, length: 5)
        #expect(cut.matches == 2)
        #expect(MatchMarkers.render(cut.text, style: .brackets) == "…nine [tax] [tax] ten eleven…")
        let phrase = SnippetWindow.cut("a b \(o)prime minister\(c) c", length: 3)
        #expect(MatchMarkers.render(phrase.text, style: .brackets) == "…b [prime minister]…")
        let many = Array(repeating: "\(o)tax\(c)", count: 40_000).joined(separator: " ")
        #expect(SnippetWindow.cut(many, length: 14).matches == 14)
    }

    @Test func aLongTagListIsParsedWhole() throws {
        var h = ShellHarness(workspace: Fixture.workspace())
        let tags = (0..<3000).map { "t\($0)" }
        let r = h.run("tag d1 " + tags.joined(separator: " ") + " t5 T7")
        #expect(r.err == "warning: d1 is already tagged 't5'\nwarning: d1 is already tagged 'T7'\n")
        #expect(h.workspace.annotations.map(\.body) == tags)
    }

    @Test func optionsAfterALongListStillParse() throws {
        let words = ["load"] + (0..<200).map { "f\($0).txt" } + ["--timeout", "5"]
        guard case .run(let command) = try CommandRegistry.standard.parse(words), let load = command as? LoadCommand else {
            Issue.record("not a load command"); return
        }
        #expect(load.paths.count == 200 && load.paths.last == "f199.txt" && load.timeout == 5)
        guard case .run(let long) = try CommandRegistry.standard.parse(Array(words.dropLast(2))), let plain = long as? LoadCommand else {
            Issue.record("not a load command"); return
        }
        #expect(plain.paths == (0..<200).map { "f\($0).txt" })
    }
}

/// Diagnostics stay one short line whatever value was typed.
@Suite struct MessageTextTests {
    @Test func longValuesAreCutAndNewlinesBecomeSpaces() {
        #expect(MessageText.oneLine("no entity named 'x'") == "no entity named 'x'")
        #expect(MessageText.oneLine("a\nb") == "a b")
        let cut = MessageText.oneLine("no entity named '" + String(repeating: "x", count: 2_000_000) + "'")
        #expect(cut == "no entity named '" + String(repeating: "x", count: 119) + "…")
        #expect(MessageText.oneLine(String(repeating: "word ", count: 1000)).count == MessageText.longestMessage + 1)
    }

    @Test func theShellReportsAHugeArgumentOnOneShortLine() {
        var h = ShellHarness(workspace: Fixture.workspace())
        let err = h.run("show " + String(repeating: "y", count: 1_000_000)).err
        #expect(err.contains("yyy…") && err.count < 300, "\(err.prefix(300))")
        #expect(err.filter(\.isNewline).count == 1)
    }
}

/// Snippet marks come from the query's terms, found in Swift in one pass.
@Suite struct SnippetMarkerTests {
    func marked(_ query: String, _ text: String) throws -> String {
        MatchMarkers.render(SnippetMarker.mark(text, terms: try SearchQuery(query).snippetTerms), style: .brackets)
    }

    @Test func wordsPhrasesPrefixesAndNegation() throws {
        #expect(try marked("tax", "Tax, taxes and TAX.") == "[Tax], taxes and [TAX].")
        #expect(try marked("tax*", "Tax, taxes and syntax.") == "[Tax], [taxes] and syntax.")
        #expect(try marked("\"prime minister\"", "The prime minister met a minister.") == "The [prime minister] met a minister.")
        #expect(try marked("oil NOT (gas OR coal)", "oil, gas and coal") == "[oil], gas and coal")
        #expect(try marked("cafe", "Café au lait") == "[Café] au lait")
    }

    @Test func aDocumentWithManyMatchesGivesAShortSnippet() throws {
        let text = Array(repeating: "tax", count: 100_000).joined(separator: " ")
        let snippet = SnippetWindow.cut(SnippetMarker.mark(text, terms: try SearchQuery("tax").snippetTerms), length: 14)
        #expect(snippet.matches == 14)
        #expect(snippet.text.hasSuffix("…"))
    }
}
