import Testing
@testable import DossierKit

@Suite struct EntityCommandsTests {
    func workspace() -> Workspace {
        var w = Workspace()
        let text1 = "German Chancellor Angela Merkel spoke in Berlin. Later Merkel met Vladimir Putin."
        let text2 = "On Monday, Chancellor Merkel said she visited Berlin."
        for (n, text) in [text1, text2].enumerated() {
            let draft = DocumentDraft(title: "t\(n)", source: "t\(n).txt", format: "text", sha256: "\(n)", text: text)
            w.add(draft, analysis: TextAnalyzer.standard.analyze(text), loadedAt: "2026-01-01T00:00:00Z")
        }
        return w
    }

    func run(_ line: String, _ w: Workspace) throws -> String {
        var context = ShellContext(workspace: w)
        let split = try CommandLineSplitter.split(line)
        guard case .run(var command) = try CommandRegistry.standard.parse(split[0].words) else { return "" }
        context.rawArguments = split[0].rawArguments
        return renderedText(of: try command.execute(in: &context))
    }

    @Test func oneEntityAcrossDocuments() throws {
        let w = workspace()
        let merkel = try #require(w.visibleEntities.first { $0.name == "Angela Merkel" })
        #expect(merkel.type == .person)
        #expect(merkel.documents.count == 2)
        #expect(merkel.aliases.contains("Merkel"))
    }

    @Test func entitiesFiltersAndCards() throws {
        let w = workspace()
        let people = try run("entities --type PER --format csv", w)
        #expect(people.contains("Angela Merkel"))
        #expect(!people.contains("Berlin"))
        #expect(!(try run("entities --doc d2 --format csv", w)).contains("Putin"))
        #expect(!(try run("entities --min-mentions 3 --format csv", w)).contains("Putin"))
        let card = try run("show Merkel", w)
        #expect(card.contains("[Merkel]"))
        #expect(card.contains("Vladimir Putin"))
        #expect(try run("mentions Merkel --format csv", w).contains("d2"))
        #expect(throws: (any Error).self) { try run("entities --type XYZ", w) }
    }
}

@Suite struct EntityIdentityCommandsTests {
    func workspace() -> Workspace {
        DossierKitTests.workspace([
            NamedText(text: "Gordon Brown of Labour met Blair.", names: [("Gordon Brown", .person, nil), ("Labour", .organization, nil),
                                                                         ("Blair", .person, nil)]),
            NamedText(text: "Labour said Brown and Blair agreed. Blair smiled.", names: [("Labour", .organization, nil), ("Brown", .person, nil),
                                                                                         ("Blair", .person, nil), ("Blair", .person, nil)]),
            NamedText(text: "Blair Athol is in Scotland.", names: [("Blair Athol", .location, nil), ("Scotland", .location, nil)]),
        ])
    }

    func run(_ line: String, _ w: inout Workspace) throws -> String {
        var context = ShellContext(workspace: w)
        let split = try CommandLineSplitter.split(line)
        guard case .run(var command) = try CommandRegistry.standard.parse(split[0].words) else { return "" }
        context.rawArguments = split[0].rawArguments
        defer { w = context.workspace }
        return renderedText(of: try command.execute(in: &context))
    }


    @Test func showPicksTheMostMentionedAndListsTheOthers() throws {
        var w = workspace()
        let card = try run("show Blair", &w)
        #expect(card.contains("name       Blair\n"))
        #expect(card.contains("others     e4 Blair Athol (LOC, 1 mention)"))
    }

    @Test func theCardSaysWhyMentionsWereMerged() throws {
        var w = workspace()
        let card = try run("show e1", &w)
        #expect(card.contains("merged     'Brown' in d2: the only person named Brown; shares Labour"))
    }

    @Test func unaliasSplitsALinkedSurnameOff() throws {
        var w = workspace()
        let message = try run("unalias e1 Brown", &w)
        #expect(message == "unalias: 'Brown' left e1 Gordon Brown; now e6 Brown (PER, 1 mention)")
        #expect(w.entities.first { $0.name == "Gordon Brown" }?.links == nil)
        #expect(w.entities.first { $0.name == "Brown" }?.documents == [DocumentID(2)])
        #expect(throws: (any Error).self) { try run("unalias e1 Smith", &w) }
    }

    @Test func unaliasDropRejectsTheMentions() throws {
        var w = workspace()
        #expect(try run("unalias e1 Brown --drop", &w) == "unalias: dropped 'Brown' from e1 Gordon Brown (1 mention rejected)")
        #expect(w.visibleEntities.first { $0.name == "Brown" } == nil)
        #expect(w.entity(EntityID(1))?.mentions.count == 1)
    }

    @Test func mentionsListTypeAndRole() throws {
        var w = DossierKitTests.workspace([
            NamedText(text: "Labour won.", names: [("Labour", .organization, nil)]),
            NamedText(text: "Labour won.", names: [("Labour", .organization, nil)]),
            NamedText(text: "In Labour.", names: [("Labour", .location, nil)]),
        ])
        let csv = try run("mentions Labour --format csv", &w)
        #expect(csv.contains("d3,3,9,Labour,LOC,,"))
        #expect(csv.contains("d1,0,6,Labour,ORG,,"))
    }
}

/// The text a command's output renders to, as a table-format run prints it.
private func renderedText(of output: CommandOutput) -> String {
    switch output {
    case .message(let s), .status(let s): s
    case let .table(t, format): TableRenderer.render(t, as: format ?? .table)
    case .sequence(let outputs): outputs.map(renderedText(of:)).joined()
    default: ""
    }
}
