import Testing
@testable import DossierKit

/// `SpeakerIndex` (built once, looked up per quote) gives exactly `Workspace.speakerEntity(of:)`.
@Suite struct SpeakerIndexTests {
    func agree(_ w: Workspace) -> Bool {
        let index = SpeakerIndex(w)
        return w.quotes.allSatisfy { index.entity(of: $0)?.id == w.speakerEntity(of: $0)?.id }
    }

    @Test func sameAnswerAsTheWorkspaceOnTheExampleSession() throws {
        let w = try SessionStore().load(Fixtures.repositoryRoot + "/Sessions/example.json")
        #expect(w.quotes.contains { w.speakerEntity(of: $0) != nil }, "the example has resolved speakers")
        #expect(agree(w))
    }

    @Test func sameAnswerWhenNamesCollideAndEntitiesAreRejected() throws {
        var w = try SessionStore().load(Fixtures.repositoryRoot + "/Sessions/example.json")
        let names = w.entities.map(\.name)
        // Every entity also goes by the next one's name (upper case): aliases now compete with names
        // and with each other, across types.
        for i in w.entities.indices { w.entities[i].aliases.append(names[(i + 1) % names.count].uppercased()) }
        #expect(agree(w))
        // Rejecting the entities speakers resolve to hands their quotes to aliases, or to no one.
        let resolved = Set(w.quotes.compactMap { w.speakerEntity(of: $0)?.id })
        for i in w.entities.indices where resolved.contains(w.entities[i].id) { w.entities[i].rejected = true }
        #expect(agree(w))
        #expect(w.quotes.contains { w.speakerEntity(of: $0) != nil })
        let speaker = try #require(w.quotes.compactMap { w.speakerEntity(of: $0) }.first)
        #expect(w.quotes(by: speaker).allSatisfy { w.speakerEntity(of: $0)?.id == speaker.id })
    }
}
