import DossierKit
import Foundation

// dossier-train-ner: trains the entity tagger on CoNLL-2003 and writes the shipped weights.
// Usage: dossier-train-ner [--train FILE[,FILE…]] [--dev FILE] [--epochs N] [--bits B] [--passes 1|2] [--seeds N] [--out FILE]
var options: [String: String] = [
    "--train": "../shared/data/ner/eng.train", "--dev": "../shared/data/ner/eng.testa",
    "--epochs": "12", "--bits": "18", "--passes": "1", "--seeds": "1", "--out": "Sources/DossierKit/Resources/ner-model.bin",
    "--gazetteers": "Sources/DossierKit/Resources/gazetteers.tsv",
    "--clusters": "Sources/DossierKit/Resources/word-clusters.tsv",
    "--glove": "Sources/DossierKit/Resources/glove-clusters.tsv",
    "--gazetteers-large": "Sources/DossierKit/Resources/gazetteers-large.tsv",
    "--dropout": "0",
]
var args = CommandLine.arguments.dropFirst()
while let key = args.popFirst() {
    guard options[key] != nil, let value = args.popFirst() else {
        FileHandle.standardError.write(Data("usage: dossier-train-ner [--train F] [--dev F] [--epochs N] [--bits B] [--passes 1|2] [--seeds N] [--out F] [--gazetteers F] [--clusters F] [--glove F] [--gazetteers-large F] (\"\" for none) [--dropout P]\n".utf8))
        exit(2)
    }
    options[key] = value
}
do {
    let gazetteerText = try String(contentsOfFile: options["--gazetteers"]!, encoding: .utf8)
    let largeGazetteerText = options["--gazetteers-large"]!.isEmpty ? "" : try String(contentsOfFile: options["--gazetteers-large"]!, encoding: .utf8)
    // --train takes one file or several separated by commas (the shipped model: train and dev)
    let trainFiles = options["--train"]!.split(separator: ",").map(String.init)
    var train = try ConllCorpus(path: trainFiles.first ?? "")
    for file in trainFiles.dropFirst() { train.documents += try ConllCorpus(path: file).documents }
    let dev = options["--dev"]!.isEmpty ? nil : try ConllCorpus(path: options["--dev"]!)
    let clusterText = try String(contentsOfFile: options["--clusters"]!, encoding: .utf8)
    let gloveText = options["--glove"]!.isEmpty ? "" : try String(contentsOfFile: options["--glove"]!, encoding: .utf8)
    var trainer = PerceptronTrainer(gazetteer: Gazetteer(tsv: gazetteerText, large: largeGazetteerText), clusters: WordClusters(tsv: clusterText, largeTSV: gloveText),
                                    bits: Int(options["--bits"]!) ?? 18)
    trainer.seeds = Int(options["--seeds"]!) ?? 1
    trainer.wordDropout = Double(options["--dropout"]!) ?? 0
    let data = trainer.train(train, dev: dev, epochs: Int(options["--epochs"]!) ?? 12,
                             passes: Int(options["--passes"]!) ?? 1) { print($0) }
    try data.write(to: URL(fileURLWithPath: options["--out"]!))
    print("wrote \(options["--out"]!) (\(data.count) bytes)")
} catch {
    FileHandle.standardError.write(Data("dossier-train-ner: \(error)\n".utf8))
    exit(1)
}
