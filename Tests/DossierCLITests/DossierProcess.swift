import Foundation

/// Runs the built `dossier` executable in a scratch directory and captures what it printed.
struct DossierProcess {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The `dossier` binary next to the test bundle (SwiftPM builds it because this target depends on it).
    static var binary: String {
        let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bin, bin.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("dossier").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/dossier").path
    }

    /// A fresh working directory with the given files in it.
    let directory: String

    init(files: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in files { try write(text, to: name) }
    }

    func write(_ text: String, to name: String) throws {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }

    /// Runs the binary. With `combined`, standard error goes into the same pipe as standard output
    /// (so `stdout` is the transcript a person sees, status lines in place) and `stderr` is empty.
    func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
             combined: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["XDG_STATE_HOME"] = directory + "/.state"
        env["USER"] = "tester"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = combined ? output : errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        if combined { try errors.fileHandleForWriting.close() }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: directory) }
}

/// Two short articles used by the end-to-end tests.
enum Articles {
    static let border = """
        # Queues at the Border

        Traffic at the crossing stretched for 20 kilometres on Wednesday.
        Officials said the checkpoint was at the limit of its capacity.
        """
    static let grain = """
        Grain Exports Rise
        Kazakhstan could export 10 million tonnes of grain this season.
        """
}
