import Testing
@testable import DossierKit

/// A document built from a text and the names in it: each (name, type, canonical) becomes a mention
/// at the name's first occurrence at or after the previous one.
struct NamedText {
    var text: String
    var names: [(String, EntityType, String?)]

    var facts: [EntityMentionFacts] {
        let scalars = Array(text.unicodeScalars)
        var from = 0
        return names.map { name, type, canonical in
            let n = Array(name.unicodeScalars)
            var k = from
            while k + n.count <= scalars.count, Array(scalars[k..<(k + n.count)]) != n { k += 1 }
            from = k + n.count
            return EntityMentionFacts(start: k, end: k + n.count, text: name, type: type, canonical: canonical ?? name)
        }
    }
}

func workspace(_ docs: [NamedText]) -> Workspace {
    var w = Workspace()
    for (n, d) in docs.enumerated() {
        let draft = DocumentDraft(title: "t\(n)", source: "t\(n).txt", format: "text", sha256: "\(n)", text: d.text)
        w.add(draft, analysis: DocumentAnalysis(entities: d.facts), loadedAt: "2026-01-01T00:00:00Z")
    }
    return w
}

@Suite struct EntityIdentityTests {
    @Test func oneEntityPerNameTypedByMajorityWithMentionTypesKept() throws {
        let w = workspace([
            NamedText(text: "Labour won. Labour said.", names: [("Labour", .organization, nil), ("Labour", .organization, nil)]),
            NamedText(text: "In Labour towns.", names: [("Labour", .location, nil)]),
        ])
        let labour = try #require(w.entities.first { $0.name == "Labour" })
        #expect(w.entities.count == 1)
        #expect(labour.type == .organization)
        #expect(labour.mentions.map { labour.type(of: $0) } == [.organization, .organization, .location])
        #expect(labour.mentions.map(\.type) == [nil, nil, .location])
    }

    @Test func majorityChangesTheTypeAndMentionsKeepTheirs() throws {
        let w = workspace([
            NamedText(text: "Chelsea scored.", names: [("Chelsea", .person, nil)]),
            NamedText(text: "Chelsea won. Chelsea lost.", names: [("Chelsea", .organization, nil), ("Chelsea", .organization, nil)]),
        ])
        let chelsea = try #require(w.entities.first)
        #expect(chelsea.type == .organization)
        #expect(chelsea.mentions.map { chelsea.type(of: $0) } == [.person, .organization, .organization])
    }

    @Test func rolesAreKeptOnMentions() throws {
        var found = NamedText(text: "Interior Minister Wolfgang Peschorn said.", names: [("Wolfgang Peschorn", .person, nil)]).facts
        found[0].role = "Interior Minister"
        var w = Workspace()
        w.add(DocumentDraft(title: "t", source: "t", format: "text", sha256: "1", text: "Interior Minister Wolfgang Peschorn said."),
              analysis: DocumentAnalysis(entities: found), loadedAt: "2026-01-01T00:00:00Z")
        #expect(w.entities[0].mentions[0].role == "Interior Minister")
        #expect(EntityEvidence(entity: w.entities[0], workspace: w).roles == ["Interior Minister ×1"])
    }
}

@Suite struct CrossDocumentLinkTests {
    let gordon = NamedText(text: "Chancellor Gordon Brown spoke for Labour.", names: [("Gordon Brown", .person, nil), ("Labour", .organization, nil)])

    func entity(_ name: String, _ w: Workspace) -> Entity? { w.entities.first { $0.name == name } }

    @Test func loneSurnameWithSharedContextJoinsAndSaysWhy() throws {
        let w = workspace([gordon, NamedText(text: "Labour backed Brown on tax.", names: [("Labour", .organization, nil), ("Brown", .person, nil)])])
        let brown = try #require(entity("Gordon Brown", w))
        #expect(brown.documents.count == 2)
        #expect(entity("Brown", w) == nil)
        #expect(brown.links == [EntityLink(document: DocumentID(2), name: "Brown", reason: "the only person named Brown; shares Labour")])
        #expect(EntityEvidence(entity: brown, workspace: w).reasons == ["'Brown' in d2: the only person named Brown; shares Labour"])
    }

    @Test func aDifferentFirstNameInTheDocumentKeepsThemApart() throws {
        let football = NamedText(text: "Labour fan Wes Brown was injured. Brown will miss the game.",
                                 names: [("Labour", .organization, nil), ("Brown", .person, nil), ("Brown", .person, nil)])
        let w = workspace([gordon, football])
        #expect(try #require(entity("Gordon Brown", w)).documents.count == 1)
        let lone = try #require(entity("Brown", w))
        #expect(lone.mentions.count == 2)
        #expect(EntityEvidence(entity: lone, workspace: w).guesses.count == 1)
    }

    @Test func aCompanyWithTheSurnameKeepsThemApart() throws {
        let firm = NamedText(text: "Labour and Brown and Williamson. Brown said.",
                             names: [("Labour", .organization, nil), ("Brown and Williamson", .organization, nil), ("Brown", .person, nil)])
        let w = workspace([gordon, firm])
        #expect(try #require(entity("Gordon Brown", w)).documents.count == 1)
        #expect(entity("Brown", w) != nil)
    }

    @Test func aLoneSurnameWithNoSharedContextIsOnlyAGuess() throws {
        let politics = NamedText(text: "Patricia Hewitt of Labour spoke.", names: [("Patricia Hewitt", .person, nil), ("Labour", .organization, nil)])
        let tennis = NamedText(text: "Hewitt won the Australian Open.", names: [("Hewitt", .person, nil), ("Australian Open", .misc, nil)])
        let w = workspace([politics, tennis])
        let lone = try #require(entity("Hewitt", w))
        #expect(try #require(entity("Patricia Hewitt", w)).documents.count == 1)
        let guesses = EntityEvidence(entity: lone, workspace: w).guesses
        #expect(guesses.count == 1)
        #expect(guesses[0].hasPrefix("Patricia Hewitt (e1)?"))
    }

    @Test func twoPeopleWithTheSurnameMeansNoLink() throws {
        let wes = NamedText(text: "Wes Brown of Labour.", names: [("Wes Brown", .person, nil), ("Labour", .organization, nil)])
        let lone = NamedText(text: "Labour: Brown said.", names: [("Labour", .organization, nil), ("Brown", .person, nil)])
        let w = workspace([gordon, wes, lone])
        #expect(entity("Brown", w)?.documents == [DocumentID(3)])
        #expect(entity("Gordon Brown", w)?.documents == [DocumentID(1)])
    }

    @Test func aTitleOfNobilityIsAnotherPerson() throws {
        let clarke = NamedText(text: "Charles Clarke of Labour.", names: [("Charles Clarke", .person, nil), ("Labour", .organization, nil)])
        let prince = NamedText(text: "Labour met Prince Charles today.", names: [("Labour", .organization, nil), ("Charles", .person, nil)])
        let w = workspace([clarke, prince])
        #expect(entity("Charles", w) != nil)
        #expect(entity("Charles Clarke", w)?.documents.count == 1)
    }

    @Test func aFullNameLoadedLaterLinksEarlierSurnames() throws {
        let straw = NamedText(text: "Labour said Straw was right.", names: [("Labour", .organization, nil), ("Straw", .person, nil)])
        let jack = NamedText(text: "Jack Straw of Labour.", names: [("Jack Straw", .person, nil), ("Labour", .organization, nil)])
        let w = workspace([straw, jack])
        #expect(entity("Straw", w) == nil)
        let full = try #require(entity("Jack Straw", w))
        #expect(full.documents == [DocumentID(1), DocumentID(2)])
        #expect(full.links?.first?.document == DocumentID(1))
    }

    @Test func aSecondPersonWithTheSurnameUndoesEarlierLinks() throws {
        let lone = NamedText(text: "Labour backed Brown on tax.", names: [("Labour", .organization, nil), ("Brown", .person, nil)])
        let wes = NamedText(text: "Wes Brown of Labour.", names: [("Wes Brown", .person, nil), ("Labour", .organization, nil)])
        let w = workspace([gordon, lone, wes])
        let full = try #require(entity("Gordon Brown", w))
        #expect(full.documents == [DocumentID(1)])
        #expect(full.links == nil)
        #expect(entity("Brown", w)?.documents == [DocumentID(2)])
        #expect(entity("Wes Brown", w)?.documents == [DocumentID(3)])
    }

    @Test func anAliasOfAPersonDoesNotPullInLoneSurnames() throws {
        let inDoc = NamedText(text: "Gordon Brown and Labour. Brown said.",
                              names: [("Gordon Brown", .person, nil), ("Labour", .organization, nil), ("Brown", .person, "Gordon Brown")])
        let tennis = NamedText(text: "Brown won at Wimbledon.", names: [("Brown", .person, nil), ("Wimbledon", .location, nil)])
        let w = workspace([inDoc, tennis])
        #expect(entity("Gordon Brown", w)?.documents == [DocumentID(1)])
        #expect(entity("Brown", w)?.documents == [DocumentID(2)])
    }
}

@Suite struct SurnameTypeTests {
    @Test func aWordThatNamesAnOrganisationMoreOftenIsNoSurname() throws {
        let slip = NamedText(text: "John Reid and Labour met Blair.",
                             names: [("John Reid and Labour", .person, nil), ("Blair", .person, nil)])
        let party = NamedText(text: "Labour won. Labour gained. Blair said.", names: [("Labour", .organization, nil), ("Labour", .organization, nil),
                                                                                       ("Blair", .person, nil)])
        let lone = NamedText(text: "Labour said Blair erred.", names: [("Labour", .person, nil), ("Blair", .person, nil)])
        let w = workspace([slip, party, lone])
        let labour = try #require(w.entities.first { $0.name == "Labour" })
        #expect(labour.mentions.count == 3)
        #expect(labour.type == .organization)
        #expect(w.entities.first { $0.name == "John Reid and Labour" }?.mentions.count == 1)
    }
}
