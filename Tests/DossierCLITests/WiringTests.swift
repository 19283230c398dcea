import Foundation
import Testing

/// Features that cross areas: tags filtering entity and figure listings, annotations on cards,
/// figures on entity cards.
@Suite struct WiringTests {
    static let article = """
        Kazakhstan Opens Border Centres
        Kazakhstan's President Kassym-Jomart Tokayev said on Tuesday that around 98,000 Russians had entered the country.
        """

    @Test func tagsFilterEntitiesAndFiguresAndCardsShowAnnotations() throws {
        let p = try DossierProcess(files: ["k.txt": Self.article])
        defer { p.cleanUp() }
        let r = try p.run(["-q", "-c", """
            load k.txt; tag Tokayev leaders; tag f2 border; note f2 "check this"
            entities --tag leaders --format csv; figures --tag border --format csv; figures --tag nothing
            show Tokayev --format json; show f2 --format json; show d1
            """])
        #expect(r.stderr == "")
        #expect(r.status == 0)
                #expect(r.stdout.components(separatedBy: ",Kassym-Jomart Tokayev,PER,").count == 2, "only the tagged entity is listed")
        #expect(r.stdout.contains("f2,d1,\"around 98,000\""), "only the tagged figure is listed")
        #expect(!r.stdout.contains("f1,d1,Tuesday"))
        #expect(r.stdout.contains("no figures"), "an unknown tag lists nothing: \(r.stdout)")
        #expect(r.stdout.contains(#""kind": "tag", "body": "leaders""#), "the entity card lists its tag")
        #expect(r.stdout.contains(#""kind": "note", "body": "check this""#), "the figure card lists its note")
        #expect(r.stdout.contains(#"{"id": "f2", "document": "d1", "text": "around 98,000""#), "the entity card lists figures about it: \(r.stdout)")
    }
}
