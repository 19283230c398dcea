@testable import DossierKit
import Testing

struct HTMLMetadataTests {
    static func metadata(_ html: String) -> HTMLMetadata {
        HTMLArticle.read(Array(html.utf8), source: "m.html").metadata
    }

    @Test func openGraphAndMetaTags() {
        let m = Self.metadata(HTMLFixtures.page(head: """
            <meta property="og:title" content="Floods force evacuations">
            <meta property="og:site_name" content="The Example Times">
            <meta name="author" content="Jane Doe and John Roe">
            <meta property="article:published_time" content="2019-11-19T08:03:00+00:00">
            <link rel="canonical" href="https://example.org/floods">
            """, body: ""))
        #expect(m.title == "Floods force evacuations")
        #expect(m.siteName == "The Example Times")
        #expect(m.authors == ["Jane Doe", "John Roe"])
        #expect(m.date == "2019-11-19")
        #expect(m.url == "https://example.org/floods")
        #expect(m.language == "en")
    }

    @Test func jsonLDNewsArticle() {
        let m = Self.metadata(HTMLFixtures.page(head: """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "ignored"},
              {"@type": "NewsArticle", "headline": "Storm season ends", "datePublished": "2021-03-04T10:00:00Z",
               "author": [{"@type": "Person", "name": "Ada Lovelace"}, {"@type": "Person", "name": "Alan Turing"}],
               "publisher": {"@type": "Organization", "name": "Daily Planet"}, "inLanguage": "en-US",
               "url": "https://planet.example/storm"}]}
            </script>
            """, body: ""))
        #expect(m.title == "Storm season ends")
        #expect(m.authors == ["Ada Lovelace", "Alan Turing"])
        #expect(m.date == "2021-03-04")
        #expect(m.siteName == "Daily Planet")
        #expect(m.url == "https://planet.example/storm")
    }

    @Test func visibleBylineAndTimeElement() {
        let m = Self.metadata(HTMLFixtures.page(head: "<title>Page title</title>", body: """
            <h1>Visible headline</h1><p class="byline">By Grace Hopper</p><time datetime="2020-02-29">29 February</time>
            """))
        #expect(m.title == "Visible headline")
        #expect(m.authors == ["Grace Hopper"])
        #expect(m.date == "2020-02-29")
    }

    @Test(arguments: [
        "<meta itemprop=\"datePublished dateCreated\" content=\"2019-11-19T11:00:09.000Z\">",
        "<meta name=\"sn-post-date\" content=\"2019/11/19\">",
        "<script type=\"application/ld+json\">{\"@type\": \"VideoObject\", \"datePublished\": \"2019-11-19\"}</script>",
    ])
    func lessCommonDateSources(head: String) {
        #expect(Self.metadata(HTMLFixtures.page(head: head, body: "")).date == "2019-11-19")
    }

    @Test func brokenJSONLDIsIgnored() {
        let m = Self.metadata(HTMLFixtures.page(head: "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script><title>T</title>", body: ""))
        #expect(m.title == "T")
    }

    @Test(arguments: [
        ("2019-11-19T08:03:00Z", "2019-11-19"), ("20191119", "2019-11-19"), ("Nov. 19, 2019", "2019-11-19"),
        ("Tuesday 19 November 2019 08.03 GMT", "2019-11-19"), ("2019/11/19", "2019-11-19"),
        ("yesterday", nil), ("2019-13-45", nil),
    ] as [(String, String?)])
    func publicationDates(text: String, expected: String?) {
        #expect(PublicationDate.normalize(text) == expected)
    }
}
