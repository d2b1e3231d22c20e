import Foundation
import PetrogradCore
import Testing

/// Each fixture in `Fixtures/invalid` covers one family of problems and lists, in comment lines of the
/// form `# expect: LINE:COLUMN CODE`, exactly the diagnostics the checker must give for that file.
struct ParserDiagnosticsTests {
    /// One expected or actual diagnostic, reduced to what the fixtures state.
    struct Finding: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var code: String

        var description: String { "\(file):\(line):\(column) \(code)" }
    }

    static let fixtureNames = Fixtures.names(under: "invalid")

    /// The `# expect:` lines of a file.
    static func expectations(in file: SourceFile) -> Set<Finding> {
        let text = String(decoding: file.bytes, as: UTF8.self)
        var findings = Set<Finding>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("# expect: ") else { continue }
            let parts = line.dropFirst("# expect: ".count).split(separator: " ")
            let position = parts.first?.split(separator: ":").compactMap { Int($0) } ?? []
            guard parts.count == 2, position.count == 2 else {
                Issue.record("malformed expectation in \(file.path): \(line)")
                continue
            }
            findings.insert(Finding(file: file.path, line: position[0], column: position[1], code: String(parts[1])))
        }
        return findings
    }

    @Test func thereAreFixturesForEveryFamilyOfProblems() {
        #expect(Self.fixtureNames.count >= 12)
    }

    @Test("Each invalid fixture gives exactly the diagnostics it expects", arguments: fixtureNames)
    func fixtureGivesExactlyItsExpectedDiagnostics(name: String) throws {
        let files = try Fixtures.files(name, under: "invalid")
        let expected = files.reduce(into: Set<Finding>()) { $0.formUnion(Self.expectations(in: $1)) }
        #expect(!expected.isEmpty, "a fixture states at least one expectation")

        let compilation = Compiler.compile(files)
        let actual = Set(compilation.diagnostics.map {
            Finding(file: $0.location.file, line: $0.location.line, column: $0.location.column, code: $0.code)
        })
        let missing = expected.subtracting(actual).sorted { $0.description < $1.description }
        let unexpected = compilation.diagnostics.filter {
            !expected.contains(Finding(file: $0.location.file, line: $0.location.line, column: $0.location.column, code: $0.code))
        }
        #expect(missing.isEmpty, "expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "reported but not expected: \(unexpected.map { "\($0.location) \($0.code) \($0.text)" })")
        // Every fixture is broken on purpose: it cannot produce a scenario unless it only has warnings.
        #expect(compilation.hasErrors == (compilation.scenario == nil))
    }
}
