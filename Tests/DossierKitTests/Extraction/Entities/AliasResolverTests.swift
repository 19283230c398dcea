import Testing
@testable import DossierKit

@Suite struct AliasResolverTests {
    let resolver = AliasResolver(gazetteer: Gazetteer(tsv: "demonym\tKazakh\tKazakhstan\ncountry\tU.S.\tUnited States\n"))

    func m(_ text: String, _ type: EntityType) -> AliasResolver.Mention {
        AliasResolver.Mention(start: 0, end: text.unicodeScalars.count, text: text, type: type)
    }

    @Test func surnameJoinsFullName() {
        let r = resolver.resolve([m("Kassym-Jomart Tokayev", .person), m("Tokayev", .person)])
        #expect(r.map(\.canonical) == ["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"])
    }

    @Test func surnameBeforeFullNameJoinsToo() {
        let r = resolver.resolve([m("Tokayev", .person), m("Kassym-Jomart Tokayev", .person)])
        #expect(r[0].canonical == "Kassym-Jomart Tokayev")
    }

    @Test func demonymJoinsPlaceButKeepsItsTag() {
        let r = resolver.resolve([m("Kazakhstan", .location), m("Kazakh", .misc)])
        #expect(r[1].canonical == "Kazakhstan")
        #expect(r[1].type == .location)
        #expect(r[1].mentionType == .misc)
        #expect(r[0].mentionType == nil)
    }

    @Test func possessiveAndCountryNames() {
        let r = resolver.resolve([m("Kazakhstan's", .location), m("U.S.", .location)])
        #expect(r[0].canonical == "Kazakhstan")
        #expect(r[0].text == "Kazakhstan's")
        #expect(r[1].canonical == "United States")
    }

    @Test func acronymJoinsLongName() {
        let r = resolver.resolve([m("European Central Bank", .organization), m("ECB", .organization), m("IMF", .organization)])
        #expect(r[1].canonical == "European Central Bank")
        #expect(r[2].canonical == "IMF")
    }

    @Test func headlineCapitalsTakeOrdinarySpelling() {
        let r = resolver.resolve([m("KAZAKHSTAN", .location), m("Kazakhstan", .location)])
        #expect(r[0].canonical == "Kazakhstan")
    }

    @Test func theIsDroppedFromCanonical() {
        #expect(resolver.resolve([m("The Moscow Times", .organization)])[0].canonical == "Moscow Times")
    }
}
