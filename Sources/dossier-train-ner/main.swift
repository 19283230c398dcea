import DossierKit
import Foundation

// dossier-train-ner: trains the entity tagger on CoNLL-2003 and writes the shipped weights.
// Usage: dossier-train-ner [--train FILE] [--dev FILE] [--epochs N] [--bits B] [--passes 1|2] [--seeds N] [--out FILE]
var options: [String: String] = [
    "--train": "../shared/data/ner/eng.train", "--dev": "../shared/data/ner/eng.testa",
    "--epochs": "12", "--bits": "18", "--passes": "1", "--seeds": "1", "--out": "Sources/DossierKit/Resources/ner-model.bin",
    "--gazetteers": "Sources/DossierKit/Resources/gazetteers.tsv",
    "--clusters": "Sources/DossierKit/Resources/word-clusters.tsv",
]
var args = CommandLine.arguments.dropFirst()
while let key = args.popFirst() {
    guard options[key] != nil, let value = args.popFirst() else {
        FileHandle.standardError.write(Data("usage: dossier-train-ner [--train F] [--dev F] [--epochs N] [--bits B] [--passes 1|2] [--seeds N] [--out F] [--gazetteers F] [--clusters F]\n".utf8))
        exit(2)
    }
    options[key] = value
}
do {
    let gazetteerText = try String(contentsOfFile: options["--gazetteers"]!, encoding: .utf8)
    let train = try ConllCorpus(path: options["--train"]!)
    let dev = options["--dev"]!.isEmpty ? nil : try ConllCorpus(path: options["--dev"]!)
    let clusterText = try String(contentsOfFile: options["--clusters"]!, encoding: .utf8)
    var trainer = PerceptronTrainer(gazetteer: Gazetteer(tsv: gazetteerText), clusters: WordClusters(tsv: clusterText), bits: Int(options["--bits"]!) ?? 18)
    trainer.seeds = Int(options["--seeds"]!) ?? 1
    let data = trainer.train(train, dev: dev, epochs: Int(options["--epochs"]!) ?? 12,
                             passes: Int(options["--passes"]!) ?? 1) { print($0) }
    try data.write(to: URL(fileURLWithPath: options["--out"]!))
    print("wrote \(options["--out"]!) (\(data.count) bytes)")
} catch {
    FileHandle.standardError.write(Data("dossier-train-ner: \(error)\n".utf8))
    exit(1)
}
