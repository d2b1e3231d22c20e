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
        // The classroom: a server on SwiftNIO through Hummingbird 2, its WebSocket module (server and client),
        // and SQLite through GRDB for the rooms kept on the teacher's machine.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The teacher's pages and the debrief report: HTML from Mustache templates a technician can edit.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Already in the graph through Hummingbird; named because the classroom uses them directly (its
        // server's logger, and NIO's byte buffers for WebSocket frames).
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
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

        // glibc's allocator settings, for the policy the program sets as it starts (`MemoryPolicy`).
        .systemLibrary(name: "CAllocator"),

        // The console: line reading (libedit or plain), layout by display width, the REPL.
        .target(name: "PetrogradConsole", dependencies: ["PetrogradCore", "CEditLine"]),

        // Charts as SVG text: lines over dates, bars, a timeline. No dependencies, so any page can use it.
        .target(name: "PetrogradCharts"),

        // The pages beside the console: the debrief report, the role cards, and the classroom's web pages,
        // rendered from the Mustache templates in Pages/ (share/petrograd/Pages when installed). No I/O
        // beyond reading the templates it is pointed at; no terminal, no network.
        .target(
            name: "PetrogradPages",
            dependencies: [
                "PetrogradCore",
                "PetrogradCharts",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // The classroom, beside the console: rooms of many seats in one city, their protocol, their storage
        // (SQLite), the server and the client's connection. It runs the pure core; it never touches the
        // terminal.
        .target(
            name: "PetrogradClassroom",
            dependencies: [
                "PetrogradCore",
                "PetrogradPages",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),

        // One file per subcommand, `package` access so tests run commands in-process.
        .target(
            name: "PetrogradCommands",
            dependencies: [
                "CAllocator",
                "PetrogradCore",
                "PetrogradConsole",
                "PetrogradClassroom",
                "PetrogradPages",
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
        .testTarget(name: "PetrogradChartsTests", dependencies: ["PetrogradCharts"]),
        .testTarget(name: "PetrogradPagesTests", dependencies: ["PetrogradPages", "PetrogradCore", "PetrogradCharts"]),
        .testTarget(
            name: "PetrogradClassroomTests",
            dependencies: [
                "PetrogradClassroom",
                "PetrogradCore",
                "PetrogradPages",
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PetrogradCommandsTests",
            dependencies: ["PetrogradCommands", "PetrogradCore", "PetrogradConsole", "PetrogradClassroom", "PetrogradPages"],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
