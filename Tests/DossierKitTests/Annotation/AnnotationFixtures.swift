import Foundation
@testable import DossierKit

/// Finds a fixed list of names as whole words: a stand-in for the real tagger in tests.
struct StubExtractor: EntityExtracting {
    var names: [(String, EntityType)]
    func entities(in text: String) -> [EntityMentionFacts] {
        let t = CodePointText(text)
        return names.flatMap { name, type in
            t.wordOccurrences(of: name).map {
                EntityMentionFacts(start: $0, end: $0 + name.unicodeScalars.count, text: name, type: type, canonical: name)
            }
        }.sorted { $0.start < $1.start }
    }
}

enum Fixture {
    static let names: [(String, EntityType)] = [
        ("Kazakhstan", .location), ("Tokayev", .person), ("Kassym-Jomart Tokayev", .person),
        ("Russia", .location), ("Moscow", .location), ("Interfax", .organization),
    ]
    static let analyzer = TextAnalyzer(entityExtractor: StubExtractor(names: names))

    static let texts = [
        "Kazakhstan said more than 98,000 Russians entered since Moscow announced mobilization. Tokayev spoke. Kassym-Jomart Tokayev said Kazakhstan would help. Interfax reported it; RIA Novosti too.",
        "Tokayev met officials in Astana. Russia and Kazakhstan share a long border. 🎉 RIA Novosti quoted Interfax.",
        "A third text about Moscow, Russia and 漢字 with combining e\u{301} marks. Interfax and Tokayev appear.",
    ]

    /// A fresh temporary folder.
    static func folder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ann-" + UUID().uuidString).path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes the texts as files in `folder`; returns their paths.
    static func writeTexts(in folder: String) -> [String] {
        texts.enumerated().map { i, text in
            let path = folder + "/doc\(i + 1).txt"
            FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            return path
        }
    }

    static func draft(_ text: String, source: String = "mem") -> DocumentDraft {
        DocumentDraft(title: String(text.prefix(20)), source: source, format: "text", sha256: SHA256Digest.hex(Array(text.utf8)), text: text)
    }

    /// A workspace with the fixture texts loaded through the stub extractor.
    static func workspace() -> Workspace {
        var w = Workspace()
        for (i, text) in texts.enumerated() {
            w.add(draft(text, source: "doc\(i + 1).txt"), analysis: analyzer.analyze(text), loadedAt: "2026-01-01T00:00:00Z")
        }
        return w
    }
}

/// Runs shell lines against a context and collects what they print.
struct ShellHarness {
    var session: ShellSession
    let console = BufferConsole()

    init(workspace: Workspace = Workspace(), folder: String = Fixture.folder()) {
        let context = ShellContext(workspace: workspace, store: SessionStore(directory: folder + "/Sessions"),
                                   analyzer: Fixture.analyzer)
        session = ShellSession(context: context, console: console)
    }

    /// Runs `lines`; returns (standard output, standard error) written by them only.
    @discardableResult
    mutating func run(_ lines: String) -> (out: String, err: String) {
        let (o, e) = (console.output.count, console.errors.count)
        _ = session.runScript(StringLineSource(lines), name: "test", bail: false)
        return (String(console.output.dropFirst(o)), String(console.errors.dropFirst(e)))
    }

    var workspace: Workspace { session.context.workspace }
}
