import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "annotations":
    AnnotationBenchmark.run(count: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000)
case "search":
    do {
        try SearchBenchmark(arguments: Array(arguments.dropFirst())).run()
    } catch {
        FileHandle.standardError.write(Data("dossier-bench search: \(error)\n".utf8))
        exit(1)
    }
default:
    print("""
        usage: dossier-bench MODE …
          annotations [N]
          search [--corpus DIR] [--docs N] [--queries FILE] [--rounds R] [--session PATH]
        """)
}
