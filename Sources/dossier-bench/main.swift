// dossier-bench MODE [ARGS…]: benchmarks (release builds only).
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "load":
    LoadBenchmark.run(Array(arguments.dropFirst()))
default:
    print("""
        usage: dossier-bench MODE [ARGS…]
          load [DIR…]   load a corpus (default ../shared/data/news/bbc) on 1 worker and on every core
        """)
}
