@testable import DossierKit
import Testing

/// How the headline of a page copied as text is chosen, on short crafted pages.
struct PageHeadlineTests {
    static let article = WebPageTextTests.article.split(separator: "\n").joined(separator: "\n\n")

    /// A page of menus above `head` and the article, and a footer below it.
    static func page(_ head: String) -> String {
        """
        Skip to main content
        Home
        News
        Sign in
        Subscribe

        \(head)

        \(article)

        Share this article
        Privacy Policy
        © 2019 The Example Gazette
        """
    }

    static func title(_ head: String) throws -> String? {
        try #require(WebPageText.extract(page(head))).title
    }

    @Test func anItemOfARelatedLinksListIsNotTheHeadline() throws {
        // The related item shares every word with the article and is printed twice; the headline
        // shares half of its words but has its byline under it.
        let related = "Council to close old bridge to cars after engineers found cracks"
        let head = """
            Town council votes on its bridge
            By Jane Doe
            Related articles
            Mayor asks drivers for patience with new traffic plans
            \(related)
            Most read
            \(related)
            """
        #expect(try Self.title(head) == "Town council votes on its bridge")
    }

    @Test func aStandfirstUnderTheHeadlineDoesNotTakeItsPlace() throws {
        let head = """
            Council closes the old bridge to cars
            Engineers found cracks in two of its piers, and residents who cross it every day say they had expected the decision.
            By Jane Doe
            """
        #expect(try Self.title(head) == "Council closes the old bridge to cars")
    }

    @Test func aCallToActionIsNotAHeadline() throws {
        let head = """
            Follow Bridge News
            By Jane Doe
            """
        #expect(try Self.title(head) != "Follow Bridge News")
        #expect(PageHeadline.isCallToAction(PageLine("Follow CNN Business")))
        #expect(PageHeadline.isCallToAction(PageLine("Following the money: who paid for the bridge")) == false)
    }

    @Test func aTwoWordHeadlineCountsWhenADatelineFollowsIt() throws {
        #expect(try Self.title("Bridge closed\nPosted by Jane Doe\nNovember 19, 2019") == "Bridge closed")
        #expect(try Self.title("Bridge closed") == nil)
    }

    @Test func aLineSharingNoWordWithTheArticleLosesToOneThatDoes() {
        // Printed twice and longer, but about something else: a banner or a menu item.
        let banner = PageHeadline.Candidate(index: 0, shared: 0, dated: true, signedAfter: 1, repeated: true, relaxed: false,
                                            titleCase: false, words: 8, listedAfterBarrier: false, standfirst: false,
                                            callToAction: false, score: 0)
        var headline = banner
        headline.shared = 0.25
        headline.repeated = false
        headline.words = 4
        #expect(PageHeadline.score(headline) > PageHeadline.score(banner))
    }

    @Test func bylinesAndDatelinesAreSignatures() {
        for line in ["By Jane Doe", "Posted by Vortex", "Published: Nov 19, 2019", "Updated 0339 GMT (1139 HKT) November 19, 2019",
                     "November 12, 2018", "By", "13/06/2014 Tony Carter"] {
            #expect(PageHeadline.isSignature(PageLine(Substring(line))), "\(line)")
        }
        for line in ["Council closes the old bridge", "By the numbers: the bridge in ten charts", "Bridge closed"] {
            #expect(PageHeadline.isSignature(PageLine(Substring(line))) == false, "\(line)")
        }
    }

    @Test func aQuotedSentenceIsNotAHeadline() {
        #expect(PageHeadline.isHeadlineShaped(PageLine("\"$53 million a week is coming across the border in drugs.\"")) == false)
        #expect(PageHeadline.isHeadlineShaped(PageLine("“We had some issues,” exec says on Disney+ glitches")))
        #expect(PageHeadline.isHeadlineShaped(PageLine("Mayor: \"We will reopen the bridge\"")))
    }
}
