import Foundation
@testable import PetrogradCore
import Testing

/// A big story's scenes are read on a second thread while the checker builds them (`SceneReadAhead`),
/// and either thread may read any batch. What the checker finds must not depend on it: the same model
/// and the same reports, word for word, as reading every scene on the checker's own thread.
struct SceneReadAheadTests {
    private static func compile(_ files: [SourceFile], readingAhead: Bool) -> Compilation {
        var compiler = Compiler(files: files)
        compiler.readsScenesAhead = readingAhead
        return compiler.compile()
    }

    private static func expectSameCompilations(_ files: [SourceFile], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let alone = compile(files, readingAhead: false)
        let ahead = compile(files, readingAhead: true)
        #expect(ahead.diagnostics == alone.diagnostics, sourceLocation: sourceLocation)
        #expect(ahead.scenario.map { a in alone.scenario.map { same(a, $0) } ?? false } ?? (alone.scenario == nil), sourceLocation: sourceLocation)
    }

    /// A generated story of `scenes` scenes, with a mistake in some of them: a scene or a variable that
    /// does not exist, a tab, a statement not understood, a chance over a hundred.
    private static func story(scenes: Int, mistakes: Bool) -> String {
        let text = ScenarioGenerator.scenario(sceneCount: scenes)
        guard mistakes else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var sceneNumber = 0
        for index in lines.indices where lines[index].hasPrefix("scene ") {
            sceneNumber += 1
            guard sceneNumber % 97 == 0, index + 2 < lines.count else { continue }
            switch sceneNumber / 97 % 4 {
            case 0: lines[index + 1] += "\n  go nowhere-\(sceneNumber)"
            case 1: lines[index + 1] += "\n\tadd 1 to w1"
            case 2: lines[index + 1] += "\n  frobnicate the garrison"
            default: lines[index + 1] += "\n  set missing-\(sceneNumber) to 1"
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func aGeneratedStoryIsCheckedAlikeEitherWay() {
        // Several batches of scenes, so that both threads read some.
        let scenes = SceneReadAhead.batchSize * SceneReadAhead.batchesAhead * 6
        Self.expectSameCompilations([SourceFile(path: "big.story", text: Self.story(scenes: scenes, mistakes: false))])
    }

    @Test func aStoryWithMistakesGetsTheSameReportsEitherWay() {
        let files = [SourceFile(path: "wrong.story", text: Self.story(scenes: 1_500, mistakes: true))]
        let alone = Self.compile(files, readingAhead: false)
        #expect(alone.diagnostics.count > 10)
        for _ in 0..<3 { Self.expectSameCompilations(files) }
    }

    @Test func theBundledActsAreCheckedAlikeEitherWay() throws {
        let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
        for act in ["march-1917", "october-1917"] {
            let folder = scenarios.appendingPathComponent(act)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".story") }.sorted()
            let files = try names.map { SourceFile(path: "\(act)/\($0)", bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
            #expect(files.count > 5)
            Self.expectSameCompilations(files)
        }
    }

    /// Either thread's parser may read a scene after any other: a parser keeps nothing from one scene to
    /// the next, so a scene read by a fresh parser reads as it does after the scenes before it.
    @Test func aSceneReadsTheSameWhicheverParserReadsIt() {
        let files = [SourceFile(path: "wrong.story", text: Self.story(scenes: 400, mistakes: true))]
            + Fixtures.names(under: "invalid").filter { $0.hasSuffix(".story") }.compactMap { try? Fixtures.files($0, under: "invalid") }.flatMap { $0 }
        #expect(files.count > 10)
        for file in files {
            var outlining = Parser(file: file, outlinesScenes: true)
            let outlines = outlining.parse().scenes.compactMap(\.outline)
            guard var inTurn = outlining.outlinedSceneReader() else { continue }
            for outline in outlines {
                let read = inTurn.readOutlinedScene(outline)
                guard var fresh = outlining.outlinedSceneReader() else { continue }
                let again = fresh.readOutlinedScene(outline)
                #expect(read.scene.map { String(describing: $0) } == again.scene.map { String(describing: $0) }, "a scene of \(file.path)")
                #expect(read.diagnostics == again.diagnostics, "reports on a scene of \(file.path)")
            }
        }
    }

    @Test func smallStoriesAreCheckedOnOneThread() {
        #expect(!Compiler.secondThreadHelps(sceneCount: Compiler.secondThreadMinimumScenes - 1))
    }
}
