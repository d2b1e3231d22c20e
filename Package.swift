// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "petrograd",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "petrograd", targets: ["petrograd"]),
        // For the fuzz package in Fuzz/, which depends on this one by path.
        .library(name: "PetrogradCore", targets: ["PetrogradCore"]),
        .library(name: "PetrogradConsole", targets: ["PetrogradConsole"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The core: scenario language, checked model, simulation and analysis. No I/O beyond reading
        // files it is asked to read; no terminal.
        .target(name: "PetrogradCore"),

        // libedit, reached through a module map and a shim of fixed-signature inline functions.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),

        // The console: line reading (libedit or plain), layout by display width, the REPL.
        .target(name: "PetrogradConsole", dependencies: ["PetrogradCore", "CEditLine"]),

        // One file per subcommand, `package` access so tests run commands in-process.
        .target(
            name: "PetrogradCommands",
            dependencies: [
                "PetrogradCore",
                "PetrogradConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The executable: a few lines.
        .executableTarget(name: "petrograd", dependencies: ["PetrogradCommands"]),

        // Tests: one target per library.
        .testTarget(
            name: "PetrogradCoreTests",
            dependencies: ["PetrogradCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PetrogradConsoleTests", dependencies: ["PetrogradConsole"]),
        .testTarget(
            name: "PetrogradCommandsTests",
            dependencies: ["PetrogradCommands", "PetrogradCore", "PetrogradConsole"],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
