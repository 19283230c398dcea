import Foundation
import Testing
@testable import DossierKit

/// What the writer writes, the reader reads: random sequences of commands (load, note/tag/highlight
/// on every kind of target, merge/split/reject, reload after the file changed, undo/redo, drop)
/// and, after every save, the file must open, hold what the shell had, and re-save byte-identically.
@Suite struct SaveReopenPropertyTests {
    static let analyzer = TextAnalyzer(entityExtractor: StubExtractor(names: Fixture.names), figureExtractor: FigureExtractor())
    static let extraText = "Interfax said 12 trucks and 3,400 people crossed on 21 September.\nMoscow denied it. Kazakhstan counted 15% more.\nTokayev met Interfax.\n"

    @Test func randomCommandSequencesSaveFilesThatReopenIdentically() throws {
        var saves = 0
        let sequences = Fuzz.run("commands", minimum: 5) { rng in
            let folder = Fixture.folder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            var files = Fixture.writeTexts(in: folder)
            files.append(folder + "/extra.txt")
            Fixtures.write(Self.extraText, to: files[3])
            var h = ShellHarness(folder: folder)
            h.session.context.analyzer = Self.analyzer
            var log: [String] = []
            for step in 0..<Int.random(in: 4...30, using: &rng) {
                let line = Self.command(&rng, h.workspace, files: files)
                log.append(line)
                h.run(line)
                if step % 5 == 4 || Int.random(in: 0..<8, using: &rng) == 0 {
                    log.append("save s")
                    let saved = h.run("save s")
                    #expect(saved.err.isEmpty, "\(saved.err)\n\(log.joined(separator: "\n"))")
                    Self.check(folder + "/Sessions/s.json", against: h.workspace, log: log)
                    saves += 1
                }
            }
            h.session.context.file.closed()
        }
        #expect(sequences >= 5)
        #expect(saves >= 5)
    }

    static func check(_ path: String, against live: Workspace, log: [String]) {
        let trail = log.joined(separator: "\n")
        guard let data = FileManager.default.contents(atPath: path) else { Issue.record("no file\n\(trail)"); return }
        let bytes = [UInt8](data)
        do {
            let w = try SessionCodec.decode(bytes, path: path)
            var expected = live
            expected.history.removeLast() // the `save` line is added after saving
            #expect(w == expected, "the file holds what the shell had\n\(trail)")
            #expect(try SessionCodec.encode(w) == bytes, "re-saved identically\n\(trail)")
        } catch {
            Issue.record("the saved file does not open: \(error)\n\(trail)")
        }
    }

    /// One random command line against the current workspace; sometimes changes a source file first.
    static func command(_ rng: inout SplitMix64, _ w: Workspace, files: [String]) -> String {
        let docs = w.documents, entities = w.entities, figures = w.figures, annotations = w.annotations
        func pick<T>(_ list: [T]) -> T? { list.randomElement(using: &rng) }
        func target() -> String {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: return pick(docs)?.id.description ?? "d1"
            case 1: return pick(entities)?.id.description ?? "e1"
            case 2: return pick(figures)?.id.description ?? "f1"
            default:
                guard let d = pick(docs) else { return "d1:0-1" }
                let n = d.text.unicodeScalars.count
                guard n > 1 else { return "\(d.id):0-1" }
                let start = Int.random(in: 0..<(n - 1), using: &rng)
                return "\(d.id):\(start)-\(Int.random(in: (start + 1)...min(n, start + 40), using: &rng))"
            }
        }
        func quote(_ d: Document) -> String {
            let scalars = Array(d.text.unicodeScalars)
            guard scalars.count > 4 else { return "x" }
            let start = Int.random(in: 0..<(scalars.count - 3), using: &rng)
            let end = min(scalars.count, start + Int.random(in: 3...24, using: &rng))
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[start..<end])
            let text = String(s)
            return text.contains(where: { $0.isNewline || $0 == "'" }) ? "x" : "'" + text + "'"
        }
        let words = ["check", "🎉", "漢字", "\"quoted\"", "e\u{301}", "two words"]
        func body() -> String { "'" + (pick(words) ?? "x") + " \(Int.random(in: 0...99, using: &rng))'" }
        switch Int.random(in: 0..<20, using: &rng) {
        case 0, 1: return "load " + (pick(files) ?? "")
        case 2, 3: return "note \(target()) \(body())"
        case 4: return "tag \(target()) t\(Int.random(in: 0...3, using: &rng))"
        case 5: return "untag \(target()) t\(Int.random(in: 0...3, using: &rng))"
        case 6: return pick(docs).map { "highlight \($0.id) \(quote($0))" } ?? "docs"
        case 7: return "merge \(pick(entities)?.id.description ?? "e1") \(pick(entities)?.id.description ?? "e2")"
        case 8:
            guard let e = pick(entities.filter { !$0.aliases.isEmpty }) else { return "entities" }
            return "split \(e.id) '\(pick(e.aliases) ?? "")'"
        case 9: return "reject \(pick(entities)?.id.description ?? "e1")"
        case 10: return "rename \(pick(entities)?.id.description ?? "e1") 'New Name \(Int.random(in: 0...9, using: &rng))'"
        case 11: return "retype \(pick(entities)?.id.description ?? "e1") \(pick(["PER", "ORG", "LOC", "MISC"]) ?? "ORG")"
        case 12: return "entity add '\(pick(["RIA Novosti", "Astana", "Moscow", "Tokayev"]) ?? "X")' \(pick(["PER", "ORG", "LOC"]) ?? "ORG")"
        case 13:
            guard let d = pick(docs), d.source.hasPrefix("/") else { return "docs" }
            changeFile(d.source, &rng)
            return "reload \(d.id)"
        case 14: return "undo"
        case 15: return "redo"
        case 16: return "drop \(pick(docs)?.id.description ?? "d1")"
        case 17: return "delete \(pick(annotations)?.id.description ?? "a1")"
        case 18: return "edit \(pick(annotations)?.id.description ?? "a1") \(body())"
        default: return "note \(target()) \(body())"
        }
    }

    /// Changes a source file the way an edited article changes: a line removed, text inserted,
    /// the end cut, or the numbers changed.
    static func changeFile(_ path: String, _ rng: inout SplitMix64) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch Int.random(in: 0..<4, using: &rng) {
        case 0 where lines.count > 1: lines.remove(at: Int.random(in: 0..<lines.count, using: &rng))
        case 1: lines.insert("Inserted: Moscow said 7 more. Interfax agreed.", at: Int.random(in: 0...lines.count, using: &rng))
        case 2: lines = [String(text.prefix(Int.random(in: 1...max(1, text.count), using: &rng)))]
        default: lines = lines.map { $0.replacingOccurrences(of: "98,000", with: "99,500").replacingOccurrences(of: "12", with: "13") }
        }
        Fixtures.write(lines.joined(separator: "\n"), to: path)
    }
}
