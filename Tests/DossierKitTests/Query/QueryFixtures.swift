@testable import DossierKit

/// Small workspaces for query tests, built through the workspace's own methods.
enum QueryFixtures {
    static let texts: [(title: String, text: String, date: String?)] = [
        ("Budget sets scene for election", """
            Budget sets scene for election
            The chancellor said the budget would cut taxes. The prime minister backed him.
            Taxation of savings will rise, critics warned.
            """, "2005-03-16"),
        ("Kazakhstan border", """
            Kazakhstan border
            Kazakhstan's interior ministry said 98,000 Russians entered the country. Tokayev promised safety.
            The border with Russia stays open.
            """, "2022-09-27"),
        ("Café culture grows", """
            Café culture grows
            A new café opened in Almaty on Monday. The prime minister of Kazakhstan did not attend.
            Prices rose by 5%, the owner said.
            """, nil),
    ]

    /// A workspace holding `texts` as d1, d2, d3 (no entities or figures).
    static func workspace(_ texts: [(title: String, text: String, date: String?)] = texts) -> Workspace {
        var w = Workspace()
        for (i, t) in texts.enumerated() {
            let draft = DocumentDraft(title: t.title, source: "test\(i).txt", format: "text",
                                      sha256: "sha-\(i)", text: t.text, date: t.date)
            w.add(draft, analysis: DocumentAnalysis(), loadedAt: "2026-01-01T00:00:00Z")
        }
        return w
    }

    /// Code-point range of the first occurrence of `needle` in `text`.
    static func span(_ needle: String, in text: String) -> (start: Int, end: Int) {
        let scalars = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        for i in 0...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n {
            return (i, i + n.count)
        }
        fatalError("\(needle) not in text")
    }

    /// The standard texts with entities, figures and annotations, made with the public initializer.
    static func richWorkspace() -> Workspace {
        let base = workspace()
        let docs = base.documents
        func mention(_ doc: Int, _ needle: String) -> Mention {
            let s = span(needle, in: docs[doc].text)
            return Mention(document: docs[doc].id, start: s.start, end: s.end, text: needle)
        }
        let entities = [
            Entity(id: EntityID(1), name: "Kazakhstan", type: .location,
                   aliases: ["Kazakhstan's"], mentions: [mention(1, "Kazakhstan"), mention(1, "Kazakhstan's"), mention(2, "Kazakhstan")]),
            Entity(id: EntityID(2), name: "Kassym-Jomart Tokayev", type: .person, aliases: ["Tokayev"],
                   mentions: [mention(1, "Tokayev")]),
            Entity(id: EntityID(3), name: "Russia", type: .location, mentions: [mention(1, "Russia ")].map {
                var m = $0; m.end -= 1; m.text = "Russia"; return m
            }),
            Entity(id: EntityID(4), name: "Almaty", type: .location, mentions: [mention(2, "Almaty")]),
            Entity(id: EntityID(5), name: "Ghost", type: .misc, mentions: [mention(0, "budget")], rejected: true),
        ]
        let monday = span("Monday", in: docs[2].text)
        let figures = [
            Figure(id: FigureID(1), document: docs[1].id,
                   facts: FigureFacts(start: span("98,000", in: docs[1].text).start, end: span("98,000", in: docs[1].text).end,
                                      text: "98,000", kind: .number, value: 98000, counts: "Russians entered the country")),
            Figure(id: FigureID(2), document: docs[2].id,
                   facts: FigureFacts(start: monday.start, end: monday.end, text: "Monday", kind: .date, date: "2022-09-26")),
            Figure(id: FigureID(3), document: docs[2].id,
                   facts: FigureFacts(start: span("5%", in: docs[2].text).start, end: span("5%", in: docs[2].text).end,
                                      text: "5%", kind: .percent, value: 5)),
        ]
        let annotations = [
            Annotation(id: AnnotationID(1), kind: .tag, target: .document(docs[0].id), body: "economy",
                       author: "tester", created: "2026-01-01T00:00:00Z", modified: "2026-01-01T00:00:00Z"),
            Annotation(id: AnnotationID(2), kind: .note, target: .figure(FigureID(1)), body: "check this number",
                       author: "tester", created: "2026-01-01T00:00:00Z", modified: "2026-01-01T00:00:00Z"),
            Annotation(id: AnnotationID(3), kind: .tag, target: .entity(EntityID(4)), body: "places",
                       author: "tester", created: "2026-01-01T00:00:00Z", modified: "2026-01-01T00:00:00Z"),
        ]
        var counters = base.counters
        counters.entities = 5
        counters.figures = 3
        counters.annotations = 3
        return Workspace(documents: docs, entities: entities, figures: figures, annotations: annotations,
                         curation: [], counters: counters, history: [])
    }

    /// Runs command lines in a shell over `workspace`; returns standard output and standard error.
    static func run(_ lines: [String], workspace: Workspace = workspace()) -> (out: String, err: String, session: ShellSession) {
        let console = BufferConsole()
        var session = ShellSession(context: ShellContext(workspace: workspace), console: console)
        for line in lines { _ = session.execute(line, location: nil) }
        return (console.output, console.errors, session)
    }
}
