@testable import DossierKit
import Testing

struct BoilerplateLinesTests {
    @Test(arguments: [
        "Advertisement", "ADVERTISEMENT", "Share", "Read more: Ten things you missed", "Tags:", "Comments (12)",
        "Updated: 18 Nov 2019 9:38 pm", "Nov. 19, 2019", "5:50 PM", "Sign up for our newsletter", "Image 2 of 5",
        "By DANICA KIRKA and JILL LAWLESS", "By Justine Coleman - 11/18/19 11:04 PM EST", "© 2024 The Example Times",
        "(Reporting by Jane Doe; Editing by John Roe)", "Jane Doe contributed to this report.",
        "By Amy Kuperinsky | NJ Advance Media for NJ.com", "By Jill Disis, CNN Business", "By Jane Doe – updated 9 hours ago",
    ])
    func furnitureLines(line: String) {
        #expect(BoilerplateLines.isFurniture(line))
    }

    @Test(arguments: [
        "Comments made by the minister on Tuesday angered the opposition.",
        "Share prices fell 3% on Monday.",
        "Image processing is what the start-up sells.",
        "The vote is on 19 November 2019.",
        "Follow-up talks are planned for March.",
        "Why it matters",
        "By the end of the year, prices had doubled.", "By then it was too late",
        "By Friday – the deadline – the council had not decided", "By a vote of 5 – 4 the board agreed",
        "Reporting on the war has been difficult, editors say.",
        "— Robert Maguire (@RobertMaguire_) November 18, 2019",
    ])
    func articleLinesStay(line: String) {
        #expect(!BoilerplateLines.isFurniture(line))
    }

    @Test func filterKeepsParagraphBreaks() {
        let text = "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\nShare\nStill second."
        #expect(BoilerplateLines.filter(text) == "First paragraph.\n\nSecond paragraph.\nStill second.")
    }
}
