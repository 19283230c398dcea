import Foundation
import Testing
@testable import DossierKit

@Suite struct LoadPlannerTests {
    @Test func expandsDirectoriesGlobsAndFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub/.hidden", withIntermediateDirectories: true)
        for f in ["b.txt", "a.md", "sub/c.TXT", "sub/.hidden/x.txt", "image.png", "notes.text"] { Fixtures.write("x", to: dir + "/" + f) }
        #expect(LoadPlanner.plan([dir]).files == [dir + "/a.md", dir + "/b.txt", dir + "/notes.text", dir + "/sub/c.TXT"])
        #expect(LoadPlanner.plan([dir + "/*.txt"]).files == [dir + "/b.txt"])
        #expect(LoadPlanner.plan([dir + "/b.txt", dir + "/b.txt"]).files == [dir + "/b.txt"])
        #expect(LoadPlanner.plan([dir + "/image.png"]).files == [dir + "/image.png"], "a named file is tried whatever its extension")
    }

    @Test func reportsWhatMatchesNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Fixtures.write("x", to: dir + "/image.png")
        let plan = LoadPlanner.plan([dir + "/nope.txt", dir + "/*.md", dir])
        #expect(plan.files.isEmpty)
        #expect(plan.errors == [.notFound(dir + "/nope.txt"), .noMatch(dir + "/*.md"), .noSupportedFiles(dir)])
    }
}
