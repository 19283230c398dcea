let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "figures": FiguresBenchmark.run(Array(arguments.dropFirst()))
default: print("usage: dossier-bench figures [DIR]")
}
