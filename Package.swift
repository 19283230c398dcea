// swift-tools-version: 6.1
import PackageDescription

// Release builds link the Swift runtime and Foundation statically, as `--static-swift-stdlib`
// does: the shell then starts in about 17 ms instead of 27 (most of the difference is the
// dynamic loader looking up symbols in libswiftCore and Foundation). Compiling with the flag too
// makes the modules ask for the static libraries in the order the linker needs. Debug builds and
// the test bundles stay dynamic. (Nothing imports FoundationNetworking: it would bring libcurl and
// its two dozen libraries into every start; URLFetcher runs the curl program instead.)
let staticStdlib: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
let staticStdlibLink: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "DossierKit",
            dependencies: [
                "CCrypto", "CSQLite", "CLibXML2",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources/ner-model.bin"), .copy("Resources/gazetteers.tsv"),
                        .copy("Resources/word-clusters.tsv"), .copy("Resources/glove-clusters.tsv"),
                        .copy("Resources/gazetteers-large.tsv"), .copy("Resources/first-name-genders.tsv"),
                        .copy("Resources/stopwords.tsv")],
            swiftSettings: staticStdlib),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticStdlib, linkerSettings: staticStdlibLink),
        .executableTarget(
            name: "dossier-train-ner",
            dependencies: ["DossierKit"],
            swiftSettings: staticStdlib, linkerSettings: staticStdlibLink),
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierKit"],
            swiftSettings: staticStdlib, linkerSettings: staticStdlibLink),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierCLITests", dependencies: ["DossierKit", "dossier"]),
    ],
    swiftLanguageModes: [.v6]
)
