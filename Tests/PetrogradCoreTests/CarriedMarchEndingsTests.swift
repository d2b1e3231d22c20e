import Foundation
@testable import PetrogradCore
import Testing

/// Every ending of the March act carries on: each golden playthrough of March, played to its ending,
/// starts the small act that follows March with the March values, role and ending.
@Suite struct CarriedMarchEndingsTests {
    static let repository = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let marchFolder = repository.appendingPathComponent("Scenarios/march-1917")

    static func files(in folder: URL, relativeTo base: URL) throws -> [SourceFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".story") }.sorted()
        return try names.map { SourceFile(path: folder.appendingPathComponent($0).path, bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    static func march() throws -> Scenario {
        let compilation = Compiler.compile(try files(in: marchFolder, relativeTo: repository))
        return try #require(compilation.scenario)
    }

    static func afterMarch(_ march: Scenario) throws -> Scenario {
        let compilation = Compiler.compile(try Fixtures.files("after-march-1917", under: "carry"), earlier: .found(march))
        #expect(compilation.diagnostics.filter { $0.severity == .error }.map(\.text) == [])
        return try #require(compilation.scenario)
    }

    static var playthroughs: [String] {
        let folder = marchFolder.appendingPathComponent("tests")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".playtest") && !$0.hasPrefix("period-") }.sorted()
    }

    /// The March game a playthrough plays, finished.
    static func finishedMarch(_ name: String, in march: Scenario) throws -> Game {
        let text = try String(contentsOf: marchFolder.appendingPathComponent("tests/\(name)"), encoding: .utf8)
        let (playtest, problems) = Playtest.parse(text)
        #expect(problems.isEmpty)
        let roles = try success(PlaytestRunner.roles(of: playtest, in: march))
        var (game, _) = try success(Game.start(march, roles: roles, seed: playtest.seed))
        for step in playtest.steps {
            if case .act(let action) = step.instruction { _ = try success(game.perform(action)) }
        }
        return game
    }

    @Test func everyEndingOfMarchHasAGoldenPlaythroughToCarryOn() throws {
        let march = try Self.march()
        var reached = Set<String>()
        for name in Self.playthroughs {
            let game = try Self.finishedMarch(name, in: march)
            for player in game.state.players {
                if case .ending(let ending) = player.position { reached.insert(march.endings[ending].id) }
            }
        }
        // The whole act's endings; the one-period game (period-*.playtest) is a lesson of its own.
        #expect(reached == Set(march.endings.map(\.id).filter { !$0.contains("-period-") }))
    }

    @Test(arguments: playthroughs)
    func aFinishedMarchGameCarriesItsValuesRoleAndEndingOn(_ name: String) throws {
        let march = try Self.march()
        let after = try Self.afterMarch(march)
        let finishedGame = try Self.finishedMarch(name, in: march)
        let finished = try success(FinishedAct.reading(SaveDocument(game: finishedGame, program: "test")))
        let carried = try success(CarriedStart.make(for: after, from: finished))
        let (game, _) = try success(Game.start(after, carrying: carried, seed: 1))

        func marchWorld(_ id: String) -> Int { finishedGame.state.world.values[march.worldVariables.firstIndex { $0.id == id }!] }
        func world(_ id: String) -> Int { game.state.world.values[after.worldVariables.firstIndex { $0.id == id }!] }
        for id in ["garrison", "hunger", "government", "soviet", "order-one", "dynasty-ended"] {
            #expect(world(id) == marchWorld(id), "\(id)")
        }
        #expect(game.state.players.count == finishedGame.state.players.count)
        for (index, marchPlayer) in finishedGame.state.players.enumerated() {
            let player = game.state.players[index]
            #expect(after.roles[player.role].id == march.roles[marchPlayer.role].id)
            guard case .ending(let endingIndex) = marchPlayer.position else {
                Issue.record("\(name) does not end")
                continue
            }
            let ending = march.endings[endingIndex].id
            func value(_ id: String) -> Int { player.values[after.playerVariables.firstIndex { $0.id == id }!] }
            func marchValue(_ id: String) -> Int { marchPlayer.values[march.playerVariables.firstIndex { $0.id == id }!] }
            #expect(value("courage") == marchValue("courage"))
            #expect(value("was-on-committee") == marchValue("w-on-committee"))
            #expect(value("was-delegate") == (["w-delegate", "s-deputy"].contains(ending) ? 1 : 0))
            // One flag per ending of the whole act; the one-period game's endings are not carried on.
            for other in march.endings.map(\.id) where !other.contains("-period-") {
                #expect(value("ended-\(other)") == (other == ending ? 1 : 0), "ended-\(other)")
            }
            let line = try #require(game.journal.first { $0.player == index })
            #expect(line.moment == marchPlayer.time)
            let english = TextRendering.text(line.text, language: "en").text
            let hindi = TextRendering.text(line.text, language: "hi").text
            #expect(english.hasPrefix("Earlier, in Petrograd, February–March 1917: "))
            #expect(hindi.hasPrefix("पहले, पेत्रोग्राद, फ़रवरी–मार्च 1917 में: "))
            #expect(english.count > "Earlier, in Petrograd, February–March 1917: ".count + 10)
        }
    }
}
