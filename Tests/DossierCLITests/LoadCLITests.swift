import Foundation
import Testing

/// End-to-end: the built `dossier` binary loading from standard input.
struct LoadCLITests {
    /// The built executable beside the test bundle, when it exists.
    static var binary: String? {
        let dir = Bundle.main.bundlePath.isEmpty ? "." : Bundle.main.bundleURL.deletingLastPathComponent().path
        let candidates = [dir + "/dossier", FileManager.default.currentDirectoryPath + "/.build/debug/dossier"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func loadDashReadsTheDocumentFromStandardInput() throws {
        guard let binary = Self.binary else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["-c", "load -; docs --format csv"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("Piped headline\n\nThe body of a piped document.\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Piped headline"))
        #expect(text.contains("stdin"))
    }
}
