/// Small pages written for these tests: an article inside the usual furniture, and metadata variants.
enum HTMLFixtures {
    static let articleParagraphs = [
        "The river rose by two metres overnight, forcing the evacuation of three villages near the border, officials said on Tuesday.",
        "Rescue teams, supported by volunteers from neighbouring towns, worked through the night to move families, livestock and equipment to higher ground.",
        "The regional governor, speaking at a press conference in the capital, said the damage would take months to repair and promised emergency funds.",
        "Meteorologists expect more rain later in the week, although the heaviest storms are forecast to pass further east, sparing the worst-hit valleys.",
    ]

    /// Phrases from the furniture around the article; none may reach the extracted text.
    static let furniture = [
        "Home", "Subscribe to our newsletter", "We use cookies", "Share on Facebook", "Donate today",
        "Leave a comment", "Read more", "Ten things you missed", "All rights reserved", "is a reporter who covers",
    ]

    static let boilerplatePage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>Floods force evacuations | The Example Times</title></head>
        <body>
        <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
        <li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="page-wrapper">
          <main>
            <article class="story">
              <h1>Floods force evacuations</h1>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
              <div class="story-body">
                \(articleParagraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
              </div>
              <aside class="newsletter-signup"><h3>Subscribe to our newsletter</h3><p>Get the news every morning, free, in your inbox.</p></aside>
              <div class="article-author-bio"><p>Jane Doe is a reporter who covers floods, storms and the weather for the Example Times.</p></div>
              <div class="donation-appeal"><p>Donate today to support independent journalism, because it matters to all of us.</p></div>
            </article>
            <section class="related-stories"><h2>Read more</h2><ul>
              <li><a href="/a">Ten things you missed this week in politics and beyond</a></li>
              <li><a href="/b">Why the weather keeps getting stranger, explained</a></li>
              <li><a href="/c">The best photographs of the year so far, chosen</a></li></ul></section>
            <section id="comments"><h2>Leave a comment</h2><p>Great article, thanks for writing it, I learned a lot today.</p></section>
          </main>
        </div>
        <footer><p>© 2024 The Example Times. All rights reserved.</p></footer>
        </body></html>
        """

    static func page(head: String, body: String) -> String {
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)"
            + "<article>\(articleParagraphs.map { "<p>\($0)</p>" }.joined())</article></body></html>"
    }
}
