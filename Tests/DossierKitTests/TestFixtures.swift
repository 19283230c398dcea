import Foundation
@testable import DossierKit

/// Builders for test workspaces and temporary folders.
enum Fixtures {
    /// A workspace with every kind of content, so codec tests cover every field.
    static func richWorkspace() -> Workspace {
        var w = Workspace()
        let text = "Kazakhstan's President Kassym-Jomart Tokayev said around 98,000 Russians entered. Tokayev 🎉 中文."
        let d1 = w.add(
            DocumentDraft(title: "Kazakhstan to Ensure Safety", source: "a.txt", format: "text", sha256: "abc",
                          text: text, date: "2022-09-27", authors: ["A. Writer"]),
            analysis: DocumentAnalysis(
                entities: [
                    EntityMentionFacts(start: 0, end: 12, text: "Kazakhstan's", type: .location, canonical: "Kazakhstan"),
                    EntityMentionFacts(start: 23, end: 44, text: "Kassym-Jomart Tokayev", type: .person, canonical: "Kassym-Jomart Tokayev"),
                    EntityMentionFacts(start: 83, end: 90, text: "Tokayev", type: .person, canonical: "Kassym-Jomart Tokayev"),
                ],
                figures: [FigureFacts(start: 50, end: 63, text: "around 98,000", kind: .number, value: 98000,
                                      qualifier: .approximate, counts: "Russians entered", source: "interior ministry")],
                quotes: [QuoteFacts(parts: [TextSpan(start: 50, end: 81, text: "around 98,000 Russians entered")], kind: .indirect,
                                    cue: TextSpan(start: 45, end: 49, text: "said"),
                                    speaker: QuoteSpeaker(span: TextSpan(start: 23, end: 44, text: "Kassym-Jomart Tokayev"),
                                                          entity: "Kassym-Jomart Tokayev"))]),
            loadedAt: "2026-11-25T10:00:00Z")
        w.annotations.append(Annotation(id: w.counters.nextAnnotation(), kind: .note, target: .figure(FigureID(1)),
                                        body: "compare with \"Georgian\" data\nline two 🎉", author: "ana",
                                        created: "2026-11-25T10:01:00Z", modified: "2026-11-25T10:01:00Z"))
        w.annotations.append(Annotation(id: w.counters.nextAnnotation(), kind: .highlight,
                                        target: .span(document: d1, start: 23, end: 44, quote: "Kassym-Jomart Tokayev",
                                                      prefix: "President ", suffix: " said"),
                                        body: "", author: "ana", created: "2026-11-25T10:02:00Z", modified: "2026-11-25T10:02:00Z"))
        w.curation.append(CurationStep(op: .retype, entity: "Kazakhstan", type: .location))
        w.history = ["load a.txt", "note f1 \"compare\""]
        return w
    }

    static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    static func write(bytes: [UInt8], to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    /// The repository root (for the shipped `Sessions/`).
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }
}
