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
        switch try command.execute(in: &context) {
        case .message(let s), .status(let s): return s
        case let .table(t, format): return TableRenderer.render(t, as: format ?? .table)
        case .sequence(let outputs):
            return outputs.map { output -> String in
                switch output {
                case .message(let s): s
                case let .table(t, format): TableRenderer.render(t, as: format ?? .table)
                default: ""
                }
            }.joined()
        default: return ""
        }
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
