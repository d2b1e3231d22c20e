// swift-tools-version: 6.0
import Foundation
import PackageDescription

// libFuzzer targets for Petrograd, kept out of the root package so that `swift build` and `swift test`
// never see them. Build and run them with `Fuzz/run` (docs/fuzzing.md): every target, the root
// package's included, is compiled with `-sanitize=fuzzer,address`.

// A package that depends on another by path names it by its folder's name, which is whatever the clone
// was called (`petrograd`, `wt-fuzz`, …).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "petrograd-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // What both fuzzers share: splitting an input into files, finding the bundled scenarios.
        .target(name: "FuzzSupport", dependencies: [.product(name: "PetrogradCore", package: root)]),

        // Bytes → scenario files → compile and check → render diagnostics → bounded exploration and play.
        .executableTarget(
            name: "FuzzScenario",
            dependencies: [
                "FuzzSupport",
                .product(name: "PetrogradCore", package: root),
                .product(name: "PetrogradConsole", package: root),
            ]
        ),

        // Bytes → save document → restore in march-1917 → one move → save again → compare.
        .executableTarget(
            name: "FuzzSave",
            dependencies: ["FuzzSupport", .product(name: "PetrogradCore", package: root)]
        ),

        // Bytes → compiled-scenario cache file → read (checksum verified, then ignored) → write → read again.
        .executableTarget(
            name: "FuzzCache",
            dependencies: [.product(name: "PetrogradCore", package: root)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
