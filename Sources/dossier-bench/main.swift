// dossier-bench: release-build benchmarks, one mode per area. Each prints its figures and peak memory.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let rest = Array(arguments.dropFirst())
switch arguments.first {
case "shell":
    ShellBenchmark.run(rest)
case "load":
    LoadBenchmark.run(rest)
case "annotations":
    AnnotationBenchmark.run(count: rest.first.flatMap { Int($0) } ?? 10_000)
case "search":
    do {
        try SearchBenchmark(arguments: rest).run()
    } catch {
        FileHandle.standardError.write(Data("dossier-bench search: \(error)\n".utf8))
        exit(1)
    }
case "extract":
    exit(ExtractionBenchmark.run(rest.first ?? "../shared/data/news/bbc"))
case "figures":
    FiguresBenchmark.run(rest)
default:
    print("""
        usage: dossier-bench MODE …   (build with: swift build -c release)
          shell [DIR]          start-up, directory load, save and open (default DIR: ../shared/data/news/bbc)
          load [DIR…]          load a corpus on 1 worker and on every core (default ../shared/data/news/bbc)
          annotations [N]      listing and saving N annotations (default 10,000)
          search [--corpus DIR] [--docs N] [--queries FILE] [--rounds R] [--session PATH]
          extract [DIR]        entity, figure and quote extraction throughput, model load time
          figures [DIR]        figure extraction throughput
        """)
}
