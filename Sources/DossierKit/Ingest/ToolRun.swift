import Foundation

/// Runs an external converter on bytes: writes them to a private temporary file, runs
/// `tool ARGS FILE -`, and returns its standard output and exit status.
enum ToolRun {
    struct Result {
        var status: Int32
        var output: [UInt8]
    }

    static func run(_ tool: String, arguments: [String], input: [UInt8], suffix: String) throws -> Result {
        let dir = FileManager.default.temporaryDirectory
        let file = dir.appendingPathComponent("dossier-\(UUID().uuidString)\(suffix)")
        try Data(input).write(to: file, options: [.atomic])
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments + [file.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: [UInt8](data))
    }
}

/// Finds an executable on `$PATH`.
enum ExecutableSearch {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
