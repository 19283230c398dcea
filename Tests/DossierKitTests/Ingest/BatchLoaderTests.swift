@testable import DossierKit
import Foundation
import Testing

/// A folder of small files for batch tests, removed afterwards.
struct TemporaryFolder: ~Copyable {
    let path: String

    init(files: [String: [UInt8]]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

struct BatchLoaderTests {
    static func textFiles(_ n: Int) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for i in 0..<n { files[String(format: "doc%03d.txt", i)] = Array("Headline \(i)\n\nBody of document \(i).\n".utf8) }
        return files
    }

    @Test func parallelResultsComeBackInInputOrder() throws {
        let folder = try TemporaryFolder(files: Self.textFiles(60))
        let items = LoadPlanner.plan([folder.path]).files.map(LoadItem.file)
        var titles: [String] = []
        var indices: [Int] = []
        let handed = BatchLoader(workers: 4, window: 8).run(items, interruption: Interruption()) { i, result in
            indices.append(i)
            titles.append((try? result.get().draft.title) ?? "failed")
            return true
        }
        #expect(handed == 60)
        #expect(indices == Array(0..<60))
        #expect(titles == (0..<60).map { "Headline \($0)" })
    }

    @Test func badFilesFailAloneAndTheBatchGoesOn() throws {
        var files = Self.textFiles(3)
        files["empty.txt"] = Array("  \n".utf8)
        files["binary.txt"] = [0x00, 0x01, 0x02]
        files["nothing.html"] = Array("<html><body><nav>Home</nav></body></html>".utf8)
        files["broken.pdf"] = Array("not a pdf".utf8)
        let folder = try TemporaryFolder(files: files)
        let items = LoadPlanner.plan([folder.path]).files.map(LoadItem.file)
        var failures: [String] = []
        var loaded = 0
        BatchLoader(workers: 2).run(items, interruption: Interruption()) { _, result in
            switch result {
            case .success: loaded += 1
            case .failure(let e): failures.append(e.description)
            }
            return true
        }
        #expect(loaded == 3)
        #expect(failures.count == 4)
        #expect(failures.allSatisfy { $0.hasPrefix(folder.path) })
    }

    @Test func anInterruptionStopsTheBatch() throws {
        let folder = try TemporaryFolder(files: Self.textFiles(20))
        let items = LoadPlanner.plan([folder.path]).files.map(LoadItem.file)
        let interruption = Interruption()
        var seen = 0
        let handed = BatchLoader(workers: 2, window: 4).run(items, interruption: interruption) { _, _ in
            seen += 1
            if seen == 5 { interruption.request() }
            return true
        }
        #expect(handed == 5)
        #expect(seen == 5)
    }
}
