import Testing
@testable import DossierKit

@Suite struct CommandRegistryTests {
    let registry = CommandRegistry.standard

    @Test func namesAreUnique() {
        let names = registry.allNames
        #expect(Set(names).count == names.count)
    }

    @Test func everyCommandHasHelpAndAGroup() {
        for type in registry.commands {
            #expect(!type.configuration.abstract.isEmpty, "\(type.name) has no abstract")
            #expect(type.helpMessage(columns: 80).contains("USAGE:"))
        }
    }

    @Test func findsByAlias() {
        #expect(registry.lookup("exit")?.name == "quit")
        #expect(registry.lookup("DOCS")?.name == "docs")
        #expect(registry.lookup("nosuch") == nil)
    }

    @Test(arguments: [("lod", "load"), ("dcos", "docs"), ("sav", "save"), ("hlep", "help"), ("sessons", "sessions")])
    func suggestsNearestName(typo: String, expected: String) {
        #expect(registry.suggestion(for: typo) == expected)
    }

    @Test func noSuggestionForNonsense() {
        #expect(registry.suggestion(for: "xyzzyplugh") == nil)
    }

    @Test func unknownCommandErrorSuggests() {
        #expect(throws: ShellError.unknownCommand("lod", suggestion: "load")) { try registry.parse(["lod", "x"]) }
    }

    @Test func wrongArgumentsGiveAUsageLine() throws {
        do {
            _ = try registry.parse(["docs", "--bogus"])
            Issue.record("expected a usage error")
        } catch let error as ShellError {
            #expect(error.description == "docs: unknown option '--bogus' (usage: docs [--tag <tag>] [--format <format>] [--limit <limit>])")
        }
    }

    @Test func helpFlagReturnsHelpText() throws {
        guard case .help(let text) = try registry.parse(["load", "--help"]) else {
            Issue.record("expected help"); return
        }
        #expect(text.contains("Load documents"))
    }
}
