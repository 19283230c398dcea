import Testing
@testable import DossierKit

@Suite struct PlaceholderCLITests {
    @Test func registryHasCommands() { #expect(!CommandRegistry.standard.commands.isEmpty) }
}
