import Foundation

// dossier-bench MODE [ARGS]; modes: extract [DIR]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "extract":
    exit(ExtractionBenchmark.run(arguments.count > 1 ? arguments[1] : "../shared/data/news/bbc"))
default:
    print("usage: dossier-bench extract [DIR]   (entity and figure extraction throughput)")
    exit(arguments.isEmpty ? 0 : 2)
}
