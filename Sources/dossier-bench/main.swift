let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "annotations":
    AnnotationBenchmark.run(count: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000)
default:
    print("usage: dossier-bench annotations [N]")
}
