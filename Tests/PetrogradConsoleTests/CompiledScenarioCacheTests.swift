import Foundation
import PetrogradCore
import Testing
@testable import PetrogradConsole

/// The loader's compiled-scenario cache: a second start reads what the first wrote; an edit, a branch or
/// another program misses; a damaged file is compiled again and replaced.
@Suite struct CompiledScenarioCacheTests {
    /// A folder with a small story (`story/`), a branch (`branch/`) and an empty cache folder, removed after.
    final class Workspace {
        let root: String
        var story: String { root + "/story" }
        var branch: String { root + "/branch" }
        var cache: String { root + "/cache/petrograd/compiled" }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-cache-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: story, withIntermediateDirectories: true)
            try write(ScenarioGenerator.scenario(sceneCount: 20), to: story + "/story.story")
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ text: String, to path: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        func loader(program: String = "test 1") -> ScenarioLoader {
            ScenarioLoader(library: ScenarioLibrary(root: nil), cache: CompiledScenarioCache(folder: cache, program: program))
        }

        var cacheFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).filter { $0.hasSuffix(".pgcs") }.sorted()
        }
    }

    func load(_ loader: ScenarioLoader, _ reference: String, with branches: [String] = []) throws -> Compilation {
        try loader.load(reference, with: branches).get().compilation
    }

    @Test func aSecondStartReadsWhatTheFirstWrote() throws {
        let workspace = try Workspace()
        let compiled = try load(workspace.loader(), workspace.story)
        #expect(workspace.cacheFiles.count == 1)
        // Put another scenario in the file: a start that reads the cache shows it.
        let name = try #require(workspace.cacheFiles.first)
        let hex = name.prefix(32)
        let key = CompiledScenarioFormat.Key(high: try #require(UInt64(hex.prefix(16), radix: 16)), low: try #require(UInt64(hex.suffix(16), radix: 16)))
        let other = try #require(Compiler.compile([SourceFile(path: "other.story", text: ScenarioGenerator.scenario(sceneCount: 5)
            .replacingOccurrences(of: "scenario synthetic", with: "scenario planted"))]).scenario)
        let planted = CompiledScenarioFormat.encode(other, diagnostics: [], key: key)
        try Data(planted).write(to: URL(fileURLWithPath: workspace.cache + "/" + name))
        let cached = try load(workspace.loader(), workspace.story)
        #expect(cached.scenario?.id == "planted")
        #expect(compiled.scenario?.id == "synthetic")
        #expect(cached.files == compiled.files, "the sources are shown under diagnostics as they are")
    }

    @Test func aCachedStartEqualsACompiledOne() throws {
        let workspace = try Workspace()
        // A warning, which a cached start must show too.
        try workspace.write(ScenarioGenerator.scenario(sceneCount: 20).replacingOccurrences(of: "player number p0", with: "world number unused 0 to 3 = 1\nplayer number p0"),
                            to: workspace.story + "/story.story")
        let compiled = try load(workspace.loader(), workspace.story)
        let cached = try load(workspace.loader(), workspace.story)
        let fresh = try load(ScenarioLoader(library: ScenarioLibrary(root: nil)), workspace.story)
        #expect(!fresh.diagnostics.isEmpty)
        #expect(cached.diagnostics == fresh.diagnostics)
        #expect(compiled.diagnostics == fresh.diagnostics)
        let scenario = try #require(cached.scenario), expected = try #require(fresh.scenario)
        #expect(scenario.scenes == expected.scenes && scenario.choices == expected.choices && scenario.roles == expected.roles
                && scenario.events == expected.events && scenario.contentHash == expected.contentHash)
    }

    @Test func anEditABranchOrAnotherProgramMisses() throws {
        let workspace = try Workspace()
        _ = try load(workspace.loader(), workspace.story)
        #expect(workspace.cacheFiles.count == 1)
        _ = try load(workspace.loader(program: "test 2"), workspace.story)
        #expect(workspace.cacheFiles.count == 2, "another program version")
        try FileManager.default.createDirectory(atPath: workspace.branch, withIntermediateDirectories: true)
        try workspace.write("format 2\n\nbranch quiet\n  hi: शांत\n  en: Quiet\n  extends synthetic\n\nworld flag quiet-flag\n", to: workspace.branch + "/branch.story")
        let branched = try load(workspace.loader(), workspace.story, with: [workspace.branch])
        #expect(branched.scenario?.branches == ["quiet"], "\(branched.diagnostics.map(\.text))")
        #expect(workspace.cacheFiles.count == 3, "a branch in use")
        try workspace.write(ScenarioGenerator.scenario(sceneCount: 21), to: workspace.story + "/story.story")
        let edited = try load(workspace.loader(), workspace.story)
        #expect(edited.scenario?.scenes.count == 21)
        #expect(workspace.cacheFiles.count == 4, "an edited file")
    }

    @Test func aDamagedFileIsCompiledAgainAndReplaced() throws {
        let workspace = try Workspace()
        let compiled = try load(workspace.loader(), workspace.story)
        let path = workspace.cache + "/" + (try #require(workspace.cacheFiles.first))
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        for damage in [Data(), good.prefix(good.count / 2), Data(good.map { $0 ^ 0x5a }), Data("not a cache".utf8)] {
            try damage.write(to: URL(fileURLWithPath: path))
            let again = try load(workspace.loader(), workspace.story)
            #expect(again.scenario?.scenes == compiled.scenario?.scenes)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == good, "the damaged file is replaced")
        }
    }

    @Test func theCacheFolderFollowsTheEnvironment() {
        #expect(UserDirectories.cacheFolder(environment: ["XDG_CACHE_HOME": "/tmp/x"], databaseHome: { nil }) == .success("/tmp/x/petrograd"))
        #expect(UserDirectories.cacheFolder(environment: ["HOME": "/home/a"], databaseHome: { nil }) == .success("/home/a/.cache/petrograd"))
        #expect(UserDirectories.cacheFolder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"], databaseHome: { nil }) == .success("/home/a/.cache/petrograd"))
        #expect(CompiledScenarioCache.standard(version: "1", environment: ["XDG_CACHE_HOME": "/tmp/x"])?.folder == "/tmp/x/petrograd/compiled")
        #expect(CompiledScenarioCache.standard(version: "1", environment: ["XDG_CACHE_HOME": "/tmp/x", "PETROGRAD_NO_CACHE": "1"]) == nil)
        #expect(CompiledScenarioCache.standard(version: "1", environment: ["XDG_CACHE_HOME": "/tmp/x", "PETROGRAD_NO_CACHE": "0"]) != nil)
    }
}
