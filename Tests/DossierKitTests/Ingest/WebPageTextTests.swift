@testable import DossierKit
import Testing

/// The classifier of web pages copied as text, on short crafted pages.
struct WebPageTextTests {
    static let article = """
        The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its piers.
        Residents who cross it every day said they had expected the decision for months, but the timing still surprised them.
        "We will reopen it as soon as it is safe, and not a day later," the mayor told reporters outside the town hall.
        """

    static let after = """
        The engineers' report, published on Wednesday, said the cracks had grown by a third since the last inspection in the spring.
        A temporary footbridge will be built beside it so that pupils of the two schools on the far bank can still walk to their classes.
        """

    static let page = """
        Skip to main content
        Home
        News
        Sport
        Weather
        Sign in
        Subscribe

        Council Closes Old Bridge After Engineers Find Cracks

        By Jane Doe
        November 19, 2019 9:45 am

        \(article.split(separator: "\n").joined(separator: "\n\n"))

        Share this article
        Related stories
        Mayor Promises New Bridge By The End Of The Decade And Asks For Patience From Drivers
        Comments
        Privacy Policy
        Terms of Use
        © 2019 The Example Gazette
        """

    @Test func keepsTheArticleAndTitlesItByItsHeadline() throws {
        let page = try #require(WebPageText.extract(Self.page))
        #expect(page.title == "Council Closes Old Bridge After Engineers Find Cracks")
        #expect(page.text == Self.article.split(separator: "\n").joined(separator: "\n\n"))
        #expect(page.setAside.contains("Skip to main content"))
        #expect(page.setAside.contains("By Jane Doe"))
        #expect(page.setAside.contains("© 2019 The Example Gazette"))
        #expect(page.setAside.count == 17)
    }

    @Test func aParagraphEndingInAColonJustBeforeTheLastIsNoListIntro() throws {
        let article = Self.article + "\nIn a statement published on its website on Wednesday evening, the council said the following about the works:\n"
            + "\"The bridge will stay closed to all traffic until the engineers are sure that it is safe for everyone who uses it.\""
        let page = try #require(WebPageText.extract("Menu\nSign in\n\nOld Bridge Closes\n\n" + article + "\n\nShare this article\nPrivacy Policy"))
        #expect(page.text == article)
    }

    @Test func anArticleWithoutFurnitureIsNotAPage() {
        #expect(WebPageText.extract("Bridge closed\n\n" + Self.article) == nil)
        #expect(WebPageText.extract(Self.article) == nil)
    }

    @Test func oneFurnitureWordIsNotEnoughToCallItAPage() {
        #expect(WebPageText.extract("Bridge closed\n\nShare prices\n\n" + Self.article) == nil)
    }

    @Test func theFirstRichStretchWinsOverLaterComments() throws {
        let comments = (1...4).map { "reader\($0)\n2 days ago at 07:5\($0) am\nI think this is the right decision, and I have said so for years to anyone who would listen to me." }
        let text = "Menu\nSign in\n\nOld Bridge Closes\n\n" + Self.article + "\n\nComments\n" + comments.joined(separator: "\n")
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == Self.article)
        #expect(page.title == "Old Bridge Closes")
    }

    @Test func aLongerCommentThreadAfterTheArticleIsNotTheArticle() throws {
        let comment = "I think the council should have closed it years ago, and I said so at every meeting I went to, but nobody listened to the people who live next to it."
        let thread = (1...6).map { "reader\($0)\n\(comment) Reader \($0) agrees with that entirely and would add that the engineers had warned them often enough." }
        let article = Self.article + "\nThe engineers' report, published on Wednesday, said the cracks had grown by a third since the last inspection in the spring.\nA temporary footbridge will be built beside it so that pupils of the two schools on the far bank can still walk to their classes."
        let text = "Menu\nSign in\n\nOld Bridge Closes\n\n" + article + "\n\nTags: bridges\n12 Comments\n" + thread.joined(separator: "\n")
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == article)
    }

    @Test func aBoxOfRelatedLinksInsideTheArticleDoesNotEndIt() throws {
        let box = "Related\nMayor Promises New Bridge by 2030\nWhy Old Bridges Crack"
        let text = "Menu\nSign in\n\nOld Bridge Closes\n\n" + Self.article + "\n\n" + box + "\n\n" + Self.after + "\n\nShare this article\nPrivacy Policy"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == Self.article + "\n\n" + Self.after)
        #expect(page.setAside.contains("Why Old Bridges Crack"))
    }

    @Test func aBoxThatClosesTheArticleStillEndsIt() throws {
        let box = "Sign up for our newsletter\nMayor Promises New Bridge by 2030"
        let text = "Menu\nSign in\n\nOld Bridge Closes\n\n" + Self.article + "\n\n" + box + "\n\n" + Self.after + "\n\nShare this article\nPrivacy Policy"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == Self.article)
        let long = "Related\n" + (1...6).map { "Teaser Headline Number \($0)" }.joined(separator: "\n")
        let longBox = try #require(WebPageText.extract("Menu\nSign in\n\nOld Bridge Closes\n\n" + Self.article + "\n\n" + long + "\n\n" + Self.after))
        #expect(longBox.text == Self.article)
    }

    @Test func anAuthorsBoxClosesTheArticle() throws {
        let bio = "Jane Doe has covered the town council for the Example Gazette since 2009, and before that she reported on schools, roads, bridges and the county courts for twenty years in three other towns of the region. She grew up on the far bank of the river and crossed the old bridge to school every morning, which is why she has followed its long decline more closely than anyone. Her book on the history of the town's bridges came out last year, and a second one, on its ferries and fords, is on the way. She lives in the old town with her husband, two children and a dog named after the bridge."
        let article = Self.article + "\n" + Self.after
        let text = "Menu\nSign in\n\nOld Bridge Closes\n\n" + article + "\n\nAbout Jane Doe\n" + bio + "\n\nPrivacy Policy"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == article)
        #expect(page.setAside.contains(bio))
        #expect(PageLine.isAboutHeading("Über Moritz Bachmann"))
        #expect(PageLine.isAboutHeading("Sobre o Blog"))
        #expect(!PageLine.isAboutHeading("About the study"))
        #expect(!PageLine.isAboutHeading("About 200 People Came."))
    }

    @Test func aCaptionEndingInItsCreditIsFurniture() {
        #expect(PageLine("The protests kicked off in June and have strengthened in size (Image: GETTY )").isMediaCredit)
        #expect(PageLine("More than 4,000 people are expected to receive notice in coming weeks (Credit: iStock)").kind == .bad)
        #expect(!PageLine("The protests kicked off in June and have strengthened in size since the summer.").isMediaCredit)
    }

    @Test func aLongCaptionEndingInItsCreditIsFurniture() {
        let caption = "Braun's Ithaca Holdings acquired Big Machine Label Group, home to Swift's first six albums, including the Grammy winners for album of the year, 2008's Fearless and 2014's 1989, in a deal said to be worth $300 million. (Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)"
        #expect(caption.count > 240)
        #expect(PageLine(Substring(caption)).kind == .bad)
        #expect(PageLine("A man rides on a donkey in the Palestinian village of Kifl Hares opposite the Israeli settlement of Revava on November 19, 2019, a day after the announcement. Jaafar Ashtiyeh / AFP").kind == .bad)
        #expect(PageLine("The council said the cracks (photographed by its engineers in the spring) had grown by a third since the last inspection of the bridge.").kind == .good)
    }

    @Test func aCaptionRepeatingAParagraphWithOtherQuoteMarksIsARepeat() throws {
        let lead = "The council's engineers said on Tuesday that the old bridge was no longer safe for cars and buses."
        let caption = lead.replacingOccurrences(of: "'", with: "\u{2019}")
        var keep = [true, true]
        WebPageText.dropRepeats([PageLine(Substring(lead)), PageLine(Substring(caption))], &keep)
        #expect(keep == [true, false])
    }

    @Test func aTableWeighsAsMuchAsProseOfItsLength() throws {
        let rows = (1...12).map { "\($0) Driver Number\($0) \(5000 - 100 * $0) \($0 % 4) \($0 % 3) \(20 - $0)" }.joined(separator: "\n")
        let intro = "This page always shows the drivers' standings after the last race of the season."
        let teasers = (1...5).map { "Click on the picture above to see the dates, tracks and times of every race of the season \($0)." }.joined(separator: "\n")
        let text = "Menu\nSign in\n\nStandings\n\n" + intro + "\n" + rows + "\n\nShare this on WhatsApp\nTags\n" + teasers + "\n\nPrivacy Policy"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == intro + "\n" + rows)
    }

    @Test func aSentenceNamingATitleIsNotATitleCaseTeaser() {
        #expect(PageLine("This meal plan works for both 80 Day Obsession and A Little More Obsessed, so there is no need to figure out a whole new meal prep.").kind == .good)
        #expect(PageLine("There's No Place Like A Michigan Cider Mill. Here's A Look At Some Metro-Detroit Favorites Fall has officially arrived.").kind == .bad)
        #expect(PageLine("Council Closes Old Bridge After Engineers Find Cracks In The Piers Of The Town's Oldest Crossing").kind == .bad)
    }

    @Test func aBoxOfTeasersInsideTheArticleGoes() throws {
        let rest = """
            The bridge was built in 1887 and has carried cars since the 1920s, when its wooden deck was replaced with one of steel and concrete.
            Engineers who inspected it in the spring had warned that the piers were older than the deck and that they had never been repaired.
            The council has asked the county for money to rebuild them, but a decision is not expected before the budget is voted on in March.
            Until then, drivers will have to take the ring road, which adds about twenty minutes to a trip from the far bank to the town centre.
            """
        let box = "Most read in world news\nSHOCK RESULT\nMayor Loses Seat In Landslide Vote After Bridge Row\nTIME TRAVELLER\nWoman spotted in a photo from 1890 says she has never been there"
        let article = Self.article + "\n" + Self.after + "\n" + rest
        let more = (1...6).map { "On day \($0) of the closure, traffic on the ring road was \($0 * 10) per cent heavier than usual, and the buses ran \($0 * 3) minutes late, the council said in its daily note." }.joined(separator: "\n")
        let text = "Menu\nSign in\n\nOld Bridge Closes\n\n" + article + "\n" + box + "\n" + more + "\n\nPrivacy Policy\nTerms of Use"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == article + "\n\n" + more)
        #expect(page.setAside.contains("Woman spotted in a photo from 1890 says she has never been there"))
    }

    @Test func aBarrierInsideTheArticleWithNoTwoParagraphsAfterItClosesIt() throws {
        let article = Self.article + "\n" + Self.after
        let long = (1...4).map { "On day \($0) of the closure, traffic on the ring road was \($0 * 10) per cent heavier than usual, and the buses ran \($0 * 3) minutes late, the council said in its daily note." }.joined(separator: "\n")
        let teasers = (1...6).map { "» Column \($0)\nClick on the picture above and see what our columnist number \($0) wrote this week about the season, the teams, the drivers and the races still to come." }.joined(separator: "\n")
        let text = "Menu\nSign in\n\nOld Bridge Closes\n\n" + article + "\n" + long + "\nShare this on WhatsApp\n" + teasers + "\n\nPrivacy Policy"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == article + "\n" + long)
    }

    @Test func teaserHeadingsOfOtherLanguagesAreBarriers() {
        #expect(PageLine("Você pode gostar...").kind == .barrier)
        #expect(PageLine("Te puede interesar").kind == .barrier)
        #expect(PageLine("Baca juga").kind == .barrier)
        #expect(PageLine("Вам также может быть интересно").kind == .barrier)
        #expect(PageLine("Você pode gostar de saber que a ponte foi reaberta ontem à tarde pelo prefeito da cidade.").kind != .barrier)
    }

    @Test func aSentenceNamingAFurnitureWordIsNotABarrier() {
        #expect(PageLine("A spokesperson for the council declined to comment.").kind != .barrier)
        #expect(PageLine("34 Comments").kind == .barrier)
        #expect(PageLine("34 Comments").isCommentHeading)
    }

    @Test func excerptsCutShortByAnEllipsisAreTeasers() throws {
        let teasers = (1...3).map { "Story \($0) about something else NEW DELHI: The minister said on Wednesday that the plan would go ahead despite the protests of the..." }
        let text = "Menu\nSign in\nSubscribe\n\n" + teasers.joined(separator: "\n") + "\n\nOld Bridge Closes\nNovember 19, 2019 9:45 am\n\n" + Self.article
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == Self.article)
        #expect(page.title == "Old Bridge Closes")
    }

    @Test func aListTheArticleAnnouncesIsKeptWhole() throws {
        let list = "The closures, by date:\nJune 9 -- North Street, Riverton, from 9 am\nJune 14 -- Mill Lane and the Old Quay (formerly the Ferry Road), Riverton and Westbank\nJune 20 -- Bridge Street, Westbank\nJuly 2 -- Station Road, Riverton"
        let text = "Menu\nSign in\nSubscribe\n\nOld Bridge Closes\n\n" + Self.article + "\n" + list + "\nFacebook\nTwitter\nPrivacy Policy\n© 2019 The Example Gazette\nFacebook\nTwitter"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == Self.article + "\n" + list)
    }

    @Test func aTableInsideTheArticleIsKept() throws {
        let table = "Player Snaps Pct Tackles\nJoe Schobert 71 100% 12\nMack Wilson 70 99% 8\nSheldon Richardson 58 82% 4\nLarry Ogunjobi 52 73% 3\nOlivier Vernon 49 69% 2"
        let text = "Menu\nSign in\nSubscribe\n\nOld Bridge Closes\n\n" + Self.article + "\n" + table + "\n" + Self.after
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == Self.article + "\n" + table + "\n" + Self.after)
    }

    @Test func onlyTheOneLineUnderTheHeadlineJoinsTheArticle() throws {
        let head = "Menu\nSign in\nSubscribe\n\nOld Bridge Closes\n"
        let caption = "The old bridge at dawn. Jane Roe / Gazette"
        let one = try #require(WebPageText.extract(head + caption + "\n" + Self.article))
        #expect(one.text == caption + "\n" + Self.article)
        let two = try #require(WebPageText.extract(head + "Gazette staff\n" + caption + "\n" + Self.article))
        #expect(two.text == Self.article)
    }

    @Test func aHeadlineThatADateFollowsMayEndInAFullStop() throws {
        let text = "Menu\nSign in\nSubscribe\n\nThe Bridge Closes. Drivers Wait.\n13/06/2019 Jane Doe\n\n" + Self.article
        let page = try #require(WebPageText.extract(text))
        #expect(page.title == "The Bridge Closes. Drivers Wait.")
        #expect(page.text == Self.article)
    }

    @Test func headlinesMayNameOneFurnitureWordButAreNeverAddresses() {
        #expect(PageHeadline.isHeadlineShaped(PageLine("Why My Friend Became a Grocery Store on Instagram")))
        #expect(PageHeadline.isHeadlineShaped(PageLine("Follow us on Instagram")) == false)
        #expect(PageHeadline.isHeadlineShaped(PageLine("https://www.example.com/articles/bridge-closes-1234")) == false)
        #expect(PageHeadline.isHeadlineShaped(PageLine("先日、不正に改造したiPhoneを販売したとして男性が逮捕されました。")) == false)
    }

    @Test func aCJKHeadlineIsFoundByTheCharactersItSharesWithTheArticle() throws {
        let article = "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。\n報道によると、今回販売されたのは、部品を交換して改造したiPhoneで、商標法違反に当たるとされました。"
        let page = try #require(WebPageText.extract("MENU\nHOME\nログイン\n検索\n\n商品の改造が商標法違反に！？\nby 特許事務所 ／ 2019\n\n" + article))
        #expect(page.title == "商品の改造が商標法違反に！？")
        #expect(page.text == article)
    }

    @Test func aBylineIsNotAHeadline() {
        #expect(PageHeadline.isHeadlineShaped(PageLine("By Jane Doe | Gazette Media for the Example Gazette")) == false)
        #expect(PageHeadline.isHeadlineShaped(PageLine("By the numbers: the bridge in ten charts")))
    }

    @Test func aLineRepeatedInsideTheArticleIsKeptOnce() throws {
        let lines = Self.article.split(separator: "\n")
        let repeated = Self.article + "\n" + lines[0] + "\n" + lines[1].prefix(40) + "..."
        let page = try #require(WebPageText.extract("Menu\nSign in\nSubscribe\n\nOld Bridge Closes\n\n" + repeated))
        #expect(page.text == Self.article)
    }

    @Test(arguments: [
        ("Home", PageLine.Kind.short),
        ("Sign up for our newsletter", .barrier),
        ("Comments", .barrier),
        ("Nov. 19, 2019 8:03 am ET", .bad),
        ("Mayor Promises New Bridge By The End Of The Decade And Asks For Patience From Drivers", .bad),
        ("This website uses cookies to improve your experience while you navigate through the website and share it.", .bad),
        ("The council voted on Tuesday to close the old bridge to cars after engineers found cracks in its piers.", .good),
        ("After hitting “Takin’ It To the Streets,” the singer told the audience that the band should go on the road.", .good),
        ("Yes this is real and yes the state spent nearly half a million dollars on it, as people on Twitter noted https://t.co/Nc0", .good),
        ("Wichita West senior David Garcia finished second in the 50 yard freestyle at the state meet.", .good),
        ("先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。", .good),
        ("—", .empty),
        ("Written by Rachael Link, MS, RD on November 14, 2019", .bad),
        ("Louise Matsakis", .bad),
        ("Taylor Swift performs onstage during the 2019 American Music Awards (Photo by Kevin Mazur/Getty Images)", .bad),
        ("Kristi Noem speaks at the White House. Alex Wong/AP", .bad),
    ])
    func linesAreClassified(line: String, kind: PageLine.Kind) {
        #expect(PageLine(Substring(line)).kind == kind)
    }

    @Test func theReaderSetsFurnitureAsideUnlessAskedToKeepEverything() throws {
        let bytes = Array(Self.page.utf8)
        let format = try #require(DocumentReader.format(named: "text"))
        let draft = try DocumentReader().draft(bytes: bytes, source: "page.txt", format: format)
        #expect(draft.title == "Council Closes Old Bridge After Engineers Find Cracks")
        #expect(!draft.text.contains("Subscribe"))
        #expect(draft.setAside?.contains("Subscribe") == true)
        let whole = try DocumentReader(keepWhole: true).draft(bytes: bytes, source: "page.txt", format: format)
        #expect(whole.text == Self.page)
        #expect(whole.setAside == nil)
        #expect(whole.title == "Skip to main content")
    }

    @Test func markdownPagesAreReadTheSameWay() throws {
        let md = Self.page.replacingOccurrences(of: "Council Closes", with: "# Council Closes")
        let format = try #require(DocumentReader.format(named: "markdown"))
        let draft = try DocumentReader().draft(bytes: Array(md.utf8), source: "page.md", format: format)
        #expect(draft.title == "Council Closes Old Bridge After Engineers Find Cracks")
        #expect(draft.text == Self.article.split(separator: "\n").joined(separator: "\n\n"))
    }

    @Test func photoCreditsAreSetAsideInAnyLanguage() {
        for line in ["Trump asked voters in Louisiana for a big win. Credit... Doug Mills/The New York Times",
                     "Home Depot stock fell after the report. Photograph by Robyn Beck/AFP/Getty Images",
                     "© John Brecher Needle poking skin during a flu shot at a community health centre",
                     "личный архив Андрея Рудькова", "Foto: Jane Doe", "New York State Sex Offender Registry via AP",
                     "More than 4,000 people are expected to receive notice in coming weeks (Credit: iStock)"] {
            #expect(PageLine(Substring(line)).isMediaCredit, "\(line)")
        }
        for line in ["The band AC/DC played in Sydney on Friday.", "The ratio rose to 3/4 in the second quarter",
                     "He moved from Chicago to Austin/Texas after the sale of the company he had built in 20 years."] {
            #expect(PageLine(Substring(line)).isMediaCredit == false, "\(line)")
        }
    }

    @Test func theAuthorBoxHeadingClosesTheArticle() {
        for line in ["About Jane Doe", "Sobre Carlos Nadalim", "Über Anna Bachmann"] {
            #expect(PageLine(Substring(line)).kind == .barrier, "\(line)")
        }
        for line in ["About the bridge", "About 400 people came", "Sobre la mesa"] {
            #expect(PageLine(Substring(line)).kind != .barrier, "\(line)")
        }
    }
}
