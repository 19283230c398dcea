import ArgumentParser
import DossierKit
import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `dossier extract`: prints what loading would find, for files or for JSONL on standard input.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the entities and figures found in files, or in JSONL read from standard input.",
        discussion: """
            With --jsonl, reads lines {"id": …, "text": …} (or "path" instead of "text") and writes one line per input:
            {"id": …, "entities": [{"start","end","type","text","entity"}], "figures": [...]}.
            Offsets are Unicode code points, end exclusive.
            """)

    @Flag(help: "Read JSONL from standard input and write JSONL.")
    var jsonl = false

    @Argument(help: "Files to extract from (without --jsonl).")
    var files: [String] = []

    func validate() throws {
        if jsonl, !files.isEmpty { throw ValidationError("--jsonl reads standard input; give no files") }
        if !jsonl, files.isEmpty { throw ValidationError("name files to extract from, or use --jsonl") }
    }

    mutating func runExtract() -> Int32 {
        Locale.setUTF8CType()
        if jsonl { return runJSONL() }
        var failed = false
        let reader = DocumentReader()
        let plan = LoadPlanner.plan(files)
        for e in plan.errors { StandardStream.error.write("dossier extract: \(e)\n"); failed = true }
        for path in plan.files {
            do {
                let draft = try reader.read(path: path)
                let analysis = TextAnalyzer.standard.analyze(draft.text, documentDate: draft.date)
                StandardStream.output.write(ExtractionReport.render(draft: draft, analysis: analysis))
            } catch {
                StandardStream.error.write("dossier extract: \(error)\n")
                failed = true
            }
        }
        return failed ? 1 : 0
    }

    private func runJSONL() -> Int32 {
        let extractor = ExtractionJSONL()
        let input = StreamLineSource.standardInput()
        var lineNumber = 0
        var failed = false
        while true {
            let read = input.readLine(prompt: "")
            if case .end = read { break }
            lineNumber += 1
            let line: String
            switch read {
            case .line(let text): line = text
            case .tooLong(let limit):
                StandardStream.error.write("<stdin>:\(lineNumber): line longer than the \(limit / 1_000_000) MB limit\n")
                StandardStream.output.write("{\"id\": null, \"error\": \"line longer than the limit\", \"entities\": [], \"figures\": []}\n")
                failed = true
                continue
            case .interrupted, .end: continue
            }
            let (output, error) = extractor.process(line)
            if let error {
                StandardStream.error.write("<stdin>:\(lineNumber): \(error)\n")
                failed = true
            }
            StandardStream.output.write(output + "\n")
        }
        return failed ? 1 : 0
    }
}
