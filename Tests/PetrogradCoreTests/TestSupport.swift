import Foundation
// `@testable` for `CalendarDate`, which has no public initializer.
@testable import PetrogradCore
import Testing

/// `Testing` has its own `SourceLocation`; in this target the name means the scenario language's.
typealias SourceLocation = PetrogradCore.SourceLocation

/// The fixture folder beside this file (excluded from the target's sources in the manifest).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The `.story` files of a fixture, a single file or a folder, with paths relative to `base`: the
    /// paths its diagnostics will carry.
    static func files(_ relativePath: String, under base: String) throws -> [SourceFile] {
        let baseURL = root.appendingPathComponent(base)
        let url = baseURL.appendingPathComponent(relativePath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        guard isDirectory.boolValue else {
            return [SourceFile(path: relativePath, bytes: Array(try Data(contentsOf: url)))]
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".story") }.sorted()
        return try names.map { name in
            SourceFile(path: "\(relativePath)/\(name)", bytes: Array(try Data(contentsOf: url.appendingPathComponent(name))))
        }
    }

    /// The fixtures directly inside a fixture folder: `.story` files, and folders (multi-file scenarios).
    static func names(under base: String) -> [String] {
        let folder = root.appendingPathComponent(base)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            guard !name.hasPrefix("."),
                  FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
            else { return false }
            return name.hasSuffix(".story") || isDirectory.boolValue
        }.sorted()
    }

    /// The valid one-role scenario from the format documentation.
    static func bridge() throws -> [SourceFile] {
        try files("bridge", under: "valid")
    }
}

/// Compiles one file of scenario text.
func compile(_ text: String, path: String = "test.story") -> Compilation {
    Compiler.compile([SourceFile(path: path, text: text)])
}

/// Compiles scenario text that must have no errors, and returns the checked scenario.
func checkedScenario(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
    let compilation = compile(text)
    let errors = compilation.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "unexpected errors: \(errors.map { "\($0.location): \($0.text)" })", sourceLocation: sourceLocation)
    return try #require(compilation.scenario, sourceLocation: sourceLocation)
}

/// A `Result`'s success value, or a recorded issue naming the failure.
func success<Value, Failure: Error>(_ result: Result<Value, Failure>, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Value {
    switch result {
    case .success(let value):
        return value
    case .failure(let error):
        Issue.record("expected success, got \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// A `Result`'s failure, or a recorded issue when it succeeded.
func failure<Value, Failure: Error>(_ result: Result<Value, Failure>, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Failure {
    switch result {
    case .success:
        Issue.record("expected a failure, but it succeeded", sourceLocation: sourceLocation)
        throw ExpectedFailure()
    case .failure(let error):
        return error
    }
}

/// Thrown by `failure(_:)` when there was none.
struct ExpectedFailure: Error {}

/// A small deterministic generator for test inputs (SplitMix64), independent of the engine's own.
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func element<T>(of array: [T]) -> T {
        array[below(array.count)]
    }
}

/// A moment as scenarios write it: an Old Style day and month of 1917, and a time of day.
func oldStyle(_ day: Int, _ month: Int, _ hour: Int = 0, _ minute: Int = 0) -> Moment {
    Moment(CalendarDate(year: 1917, month: month, day: day), calendar: .old, minuteOfDay: hour * 60 + minute)!
}
