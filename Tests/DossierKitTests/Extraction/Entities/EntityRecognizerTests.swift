import Testing
@testable import DossierKit

@Suite struct EntityRecognizerTests {
    let recognizer = EntityRecognizer()

    @Test func shippedModelLoads() throws {
        let model = try TaggerModel.shipped.get()
        #expect(model.passes.allSatisfy { $0.rowMask > 0 })
        #expect(model.gazetteer.demonyms["kazakh"] == "Kazakhstan")
    }

    @Test func tagsAKnownSentence() {
        let text = "Kazakhstan's President Kassym-Jomart Tokayev met Vladimir Putin in Moscow on Monday, TASS reported."
        let found = recognizer.entities(in: text)
        let pairs = found.map { "\($0.text)/\($0.type.rawValue)" }
        #expect(pairs.contains("Kazakhstan/LOC"))
        #expect(pairs.contains("Kassym-Jomart Tokayev/PER"))
        #expect(pairs.contains("Vladimir Putin/PER"))
        #expect(pairs.contains("Moscow/LOC"))
        #expect(!pairs.contains { $0.hasPrefix("Monday") })
    }

    /// A Title Case headline's ordinary words ("Lengthen", "Resumes") are not names when the body
    /// never capitalises them; names the body confirms stay.
    @Test func titleCaseHeadlineWordsAreReadInSentenceCase() {
        let text = """
            Queues Lengthen at Kazakhstan Border as Pipeline Resumes
            Traffic at the border stretched for kilometres on Wednesday.
            Officials in Kazakhstan said the checkpoint was full.
            The pipeline resumed loadings on Thursday, its operator said.
            """
        let names = recognizer.entities(in: text).map(\.text)
        #expect(!names.contains { $0.contains("Lengthen") || $0.contains("Resumes") }, "\(names)")
        #expect(names.filter { $0 == "Kazakhstan" }.count == 2)
    }

    @Test func laterSurnameResolvesToFullName() {
        let text = "German Chancellor Angela Merkel spoke on Tuesday.\n\"We will help,\" Merkel said."
        let found = recognizer.entities(in: text)
        #expect(found.filter { $0.text == "Merkel" }.allSatisfy { $0.canonical == "Angela Merkel" })
        #expect(found.contains { $0.text == "Merkel" })
    }

    static func spansAreExact(_ text: String, _ found: [EntityMentionFacts]) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return found.allSatisfy { m in
            guard m.start >= 0, m.start < m.end, m.end <= scalars.count else { return false }
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[m.start..<m.end])
            return s == m.text
        }
    }

    @Test(arguments: [
        "", " ", "\n\n\n", "...!!!???", "no capitals at all in this text",
        "BREAKING: KAZAKHSTAN SAYS RUSSIANS WELCOME AS PUTIN ORDERS MOBILISATION IN MOSCOW",
        "Президент Казахстана Касым-Жомарт Токаев заявил, что Казахстан поможет.",
        "東京都の小池百合子知事は記者会見で述べた。", "Émile Zola 👍🏽 met the Café de Flore owner 👨\u{200D}👩\u{200D}👧 in Paris",
        String(repeating: "Angela Merkel visited Paris and Berlin ", count: 3000),
    ])
    func badInputNeverBreaksOffsets(text: String) {
        #expect(Self.spansAreExact(text, recognizer.entities(in: text)))
    }

    @Test func randomUnicodeSpansMatchText() {
        var rng = SplitMix(seed: 7)
        let pool: [Unicode.Scalar] = Array("AaBbKkZz .,'’-\n\"é東京👍🏽\u{301}\u{200D}Ü1".unicodeScalars) + ["\u{1F600}", "\u{0}", "\u{2029}"]
        for _ in 0..<300 {
            var text = ""
            let n = Int(rng.next() % 80)
            for _ in 0..<n {
                if rng.next() % 4 == 0 {
                    text += ["Paris", "Tokayev", "U.S.", "Kazakh", "IBM", "New York"].randomElement(using: &rng)!
                } else {
                    text.unicodeScalars.append(pool.randomElement(using: &rng)!)
                }
            }
            #expect(Self.spansAreExact(text, recognizer.entities(in: text)), "\(text.debugDescription)")
        }
    }
}
