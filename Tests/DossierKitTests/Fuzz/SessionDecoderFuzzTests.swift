import Foundation
import Testing
@testable import DossierKit

/// Fuzzes the session decoder with mutated real sessions (byte-level and structural): a bad file
/// is refused with one line; a file that is accepted opens, lists and re-saves without a trap.
@Suite struct SessionDecoderFuzzTests {
    static func seeds() throws -> [[UInt8]] {
        let example = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.repositoryRoot + "/Sessions/example.json")))
        return [example, try SessionCodec.encode(Fixtures.richWorkspace())]
    }

    static var extremes: [Any] { [-1, 0, 1, Int.max, Int.min, Int(Int32.max), 9_007_199_254_740_993, 1e308, -1e308, 0.5,
                                  "", "x", "d1", "e1", "f1", "a1", "d999", "🎉" + String(repeating: "é", count: 50),
                                  NSNull(), true, [Any](), [String: Any]()] }

    /// Changes one value deep inside parsed JSON: an extreme value, a removed key, a duplicated or
    /// dropped list element.
    static func mutateStructure(_ value: Any, _ rng: inout SplitMix64, depth: Int = 0) -> Any {
        if var dict = value as? [String: Any], !dict.isEmpty {
            let key = dict.keys.sorted().randomElement(using: &rng)!
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: dict.removeValue(forKey: key)
            case 1: dict[key] = extremes.randomElement(using: &rng)!
            default: dict[key] = mutateStructure(dict[key]!, &rng, depth: depth + 1)
            }
            return dict
        }
        if var list = value as? [Any], !list.isEmpty {
            let i = Int.random(in: 0..<list.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: list.remove(at: i)
            case 1: list.append(list[i])
            case 2: list.swapAt(i, Int.random(in: 0..<list.count, using: &rng))
            default: list[i] = mutateStructure(list[i], &rng, depth: depth + 1)
            }
            return list
        }
        return extremes.randomElement(using: &rng)!
    }

    @Test func mutatedSessions() throws {
        let seeds = try Self.seeds()
        let parsed = try seeds.map { try JSONSerialization.jsonObject(with: Data($0)) }
        var accepted = 0
        let n = Fuzz.run("session") { rng in
            let k = Int.random(in: 0..<seeds.count, using: &rng)
            let bytes: [UInt8]
            if Bool.random(using: &rng) {
                bytes = Fuzz.mutate(seeds[k], &rng)
            } else {
                var value = parsed[k]
                for _ in 0..<Int.random(in: 1...3, using: &rng) { value = Self.mutateStructure(value, &rng) }
                guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) else { return }
                bytes = [UInt8](data)
            }
            do {
                let w = try SessionCodec.decode(bytes, path: "s.json")
                accepted += 1
                let again = try SessionCodec.encode(w)
                #expect(try SessionCodec.decode(again, path: "s.json") == w)
                try Self.exercise(w)
            } catch let error as SessionError {
                #expect(!error.description.contains("\n"), "one line: \(error)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(n >= 20)
        #expect(accepted > 0, "some mutated sessions are still valid, so commands run on them")
    }

    /// Commands that read every part of an accepted session.
    static func exercise(_ w: Workspace) throws {
        let console = BufferConsole()
        var session = ShellSession(context: ShellContext(workspace: w, analyzer: Fixture.analyzer), console: console)
        for line in ["docs", "entities", "figures", "annotations", "annotations --format json", "tags", "history",
                     "timeline", "show d1", "show e1", "show f1", "show a1", "mentions e1", "read d1"] {
            _ = session.execute(line, location: nil)
        }
    }
}
