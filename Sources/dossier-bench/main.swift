// dossier-bench: release-build benchmarks, one mode per area. Each prints its figures and peak memory.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let rest = Array(arguments.dropFirst())
switch arguments.first {
case "shell":
    ShellBenchmark.run(rest)
case "startup":
    ShellBenchmark.startUp(ShellBenchmark.dossierBinary)
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
case "linear":
    LinearBenchmark.run(rest)
case "export":
    ExportBenchmark.run(rest)
case "journal":
    JournalBenchmark.run(rest)
case "sessions":
    SessionsBenchmark.run(rest)
default:
    print("""
        usage: dossier-bench MODE …   (build with: swift build -c release)
          shell [DIR]          start-up, directory load, save and open (default DIR: ../shared/data/news/bbc)
          startup              start-up alone: median of 30 runs of the dossier built beside it, dossier -c quit
          load [--compare-whole] [DIR…]  load a corpus on 1 worker and on every core (default ../shared/data/news/bbc);
                               --compare-whole also times load --whole (no web-page detection)
          annotations [N]      listing and saving N annotations (default 10,000)
          search [--corpus DIR] [--docs N] [--queries FILE] [--rounds R] [--session PATH]
          extract [DIR]        entity, figure and quote extraction throughput, model load time
          figures [DIR]        figure extraction throughput
          linear [N]           inputs that were quadratic (Markdown, HTML attributes, search hits, long
                               tag lists, curation re-apply) at N, 10×N, 100×N (default N 1,000)
          export [DIR]         chart data, network (GEXF, GraphML) and reports (HTML, Markdown)
          journal [DIR]        cost of the journal of unsaved changes on loads and small changes; recovery time
          sessions [--corpus DIR] [--copies 1,4,9] [--runs N] [--keep DIR]
                               open, open + search, save, size and peak RSS of sessions of the corpus copied
                               1×/4×/9×, beside Python's json.load of the same files
        """)
}
