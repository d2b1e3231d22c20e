import Foundation
@testable import PetrogradCore
import Testing

/// The cached binary form of a compilation: it reads back to exactly what was compiled, and damaged or
/// hostile bytes read as nil (or as a consistent model), never a trap.
@Suite struct CompiledScenarioFormatTests {
    static let repository = CarriedMarchEndingsTests.repository

    /// The `.story` files of a folder in the repository, with paths relative to it.
    static func files(_ relativePath: String) throws -> [SourceFile] {
        let folder = repository.appendingPathComponent(relativePath)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".story") }.sorted()
        return try names.map { SourceFile(path: relativePath + "/" + $0, bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    static let key = CompiledScenarioFormat.Key(high: 1, low: 2)

    /// Every compilation the tests round-trip: the bundled acts (October carried from March), March with
    /// its branch, generated stories, and a fixture with warnings.
    static func compilations() throws -> [(name: String, compilation: Compilation)] {
        let march = try files("Scenarios/march-1917")
        let marchCompilation = Compiler.compile(march)
        let marchScenario = try #require(marchCompilation.scenario)
        let october = Compiler.compile(try files("Scenarios/october-1917"), earlier: .found(marchScenario))
        let branch = Compiler.compile(march, branches: [try files("Scenarios/branches/volynsky-obeys")])
        let warned = Compiler.compile([SourceFile(path: "warned.story", text: ScenarioGenerator.scenario(sceneCount: 12)
            .replacingOccurrences(of: "player number p0", with: "world number unused 0 to 3 = 1\nplayer number p0"))])
        return [("march-1917", marchCompilation), ("october-1917", october), ("march-1917 with volynsky-obeys", branch),
                ("generated 50", Compiler.compile([SourceFile(path: "g.story", text: ScenarioGenerator.scenario(sceneCount: 50))])),
                ("generated 2000", Compiler.compile([SourceFile(path: "g.story", text: ScenarioGenerator.scenario(sceneCount: 2000))])),
                ("with warnings", warned)]
    }

    @Test func roundTripGivesTheSameCompilation() throws {
        for (name, compilation) in try Self.compilations() {
            let scenario = try #require(compilation.scenario, "\(name) has errors")
            let bytes = CompiledScenarioFormat.encode(scenario, diagnostics: compilation.diagnostics, key: Self.key)
            let decoded = try #require(CompiledScenarioFormat.decode(bytes, key: Self.key), "\(name) does not read back")
            #expect(same(decoded.scenario, scenario), "\(name): the scenario differs after a round trip")
            #expect(decoded.diagnostics == compilation.diagnostics, "\(name): the diagnostics differ after a round trip")
        }
    }

    @Test func aCompilationWithWarningsKeepsThem() throws {
        let compilation = try #require(try Self.compilations().first { $0.name == "with warnings" }?.compilation)
        #expect(compilation.diagnostics.contains { $0.severity == .warning })
        let bytes = CompiledScenarioFormat.encode(try #require(compilation.scenario), diagnostics: compilation.diagnostics, key: Self.key)
        #expect(CompiledScenarioFormat.decode(bytes, key: Self.key)?.diagnostics == compilation.diagnostics)
    }

    @Test func anotherKeyDoesNotRead() throws {
        let scenario = try checkedScenario(ScenarioGenerator.scenario(sceneCount: 10))
        let bytes = CompiledScenarioFormat.encode(scenario, diagnostics: [], key: Self.key)
        #expect(CompiledScenarioFormat.decode(bytes, key: CompiledScenarioFormat.Key(high: 1, low: 3)) == nil)
        #expect(CompiledScenarioFormat.decode(bytes, key: nil) != nil)
    }

    @Test func keysDifferForEveryChangeOfSources() {
        let story = SourceFile(path: "a/story.story", text: "scenario x")
        let edited = SourceFile(path: "a/story.story", text: "scenario y")
        let branch = SourceFile(path: "b/branch.story", text: "branch z")
        func key(_ program: String, _ groups: [(label: String, files: [SourceFile])]) -> CompiledScenarioFormat.Key {
            CompiledScenarioFormat.Key.of(program: program, groups: groups)
        }
        let base = key("1", [("scenario", [story])])
        #expect(base == key("1", [("scenario", [story])]))
        #expect(base != key("2", [("scenario", [story])]), "another program version")
        #expect(base != key("1", [("scenario", [edited])]), "an edited file")
        #expect(base != key("1", [("scenario", [story]), ("branch", [branch])]), "a branch in use")
        #expect(base != key("1", [("scenario", [SourceFile(path: "a/other.story", bytes: story.bytes)])]), "a renamed file")
        #expect(base != key("1", [("scenario", [story]), ("earlier act", [edited])]), "an earlier act")
    }

    /// Every truncation of a small cached file, read with and without its checksum, is nil.
    @Test func everyTruncationReadsAsNil() throws {
        let scenario = try checkedScenario(ScenarioGenerator.scenario(sceneCount: 8))
        let bytes = CompiledScenarioFormat.encode(scenario, diagnostics: [], key: Self.key)
        for length in 0..<bytes.count {
            let cut = Array(bytes[..<length])
            #expect(CompiledScenarioFormat.decode(cut, key: Self.key) == nil, "cut at \(length)")
            #expect(CompiledScenarioFormat.decode(cut, key: Self.key, checksum: .ignored) == nil, "cut at \(length), checksum ignored")
        }
    }

    /// Random byte changes read as nil or, when the checksum is ignored, as a model that writes and reads
    /// back to itself: the reader never traps and never builds an inconsistent scenario.
    @Test func randomByteFlipsNeverTrap() throws {
        let compilation = try #require(try Self.compilations().first { $0.name == "march-1917 with volynsky-obeys" }?.compilation)
        let small = try checkedScenario(ScenarioGenerator.scenario(sceneCount: 30))
        var generator = SplitMix(seed: 14)
        for (scenario, diagnostics, rounds) in [(try #require(compilation.scenario), compilation.diagnostics, 150), (small, [], 1500)] {
            let bytes = CompiledScenarioFormat.encode(scenario, diagnostics: diagnostics, key: Self.key)
            for round in 0..<rounds {
                var damaged = bytes
                for _ in 0...(round % 3) {
                    let index = Int(generator.next() % UInt64(damaged.count))
                    damaged[index] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
                }
                #expect(CompiledScenarioFormat.decode(damaged, key: Self.key) == nil, "a damaged file passed its checksum")
                if let read = CompiledScenarioFormat.decode(damaged, key: nil, checksum: .ignored) {
                    let again = CompiledScenarioFormat.encode(read.scenario, diagnostics: read.diagnostics, key: Self.key)
                    let reread = try #require(CompiledScenarioFormat.decode(again, key: Self.key))
                    #expect(same(reread.scenario, read.scenario))
                }
            }
        }
    }

    @Test func nestingPastTheLimitReadsAsNil() {
        var writer = CompiledScenarioWriter()
        var expression = Expression.constant(1)
        for _ in 0...CompiledScenarioFormat.maximumNesting { expression = .not(expression) }
        writer.expression(expression)
        var reader = CompiledScenarioReader(writer.body[...])
        #expect(reader.expression() == nil)
    }
}

/// Whether two scenarios are the same, field by field (`Scenario` is not `Equatable`).
func same(_ a: Scenario, _ b: Scenario) -> Bool {
    a.id == b.id && a.title == b.title && a.languages == b.languages && a.calendar == b.calendar && a.span == b.span
        && a.origin == b.origin && a.roles == b.roles && a.places == b.places && a.worldVariables == b.worldVariables
        && a.playerVariables == b.playerVariables && a.scenes == b.scenes && a.choices == b.choices && a.endings == b.endings
        && a.events == b.events && a.eventOrder == b.eventOrder && a.glossary == b.glossary && a.entries == b.entries
        && a.branches == b.branches && a.returnSlots == b.returnSlots && a.returnTargets == b.returnTargets
        && a.contentHash == b.contentHash && a.follows == b.follows && a.worldLimits == b.worldLimits && a.playerLimits == b.playerLimits
}

/// A small deterministic generator for the damage.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
