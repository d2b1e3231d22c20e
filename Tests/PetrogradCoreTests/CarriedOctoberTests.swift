import Foundation
@testable import PetrogradCore
import Testing

/// Every March ending carries on into the October act: each golden playthrough of March, played to its
/// ending, starts October as the same role, in the world March left, with the flags its ending sets.
@Suite struct CarriedOctoberTests {
    static let octoberFolder = CarriedMarchEndingsTests.repository.appendingPathComponent("Scenarios/october-1917")

    static func october(after march: Scenario) throws -> Scenario {
        let names = try FileManager.default.contentsOfDirectory(atPath: octoberFolder.path).filter { $0.hasSuffix(".story") }.sorted()
        let files = try names.map { SourceFile(path: octoberFolder.appendingPathComponent($0).path, bytes: Array(try Data(contentsOf: octoberFolder.appendingPathComponent($0)))) }
        let compilation = Compiler.compile(files, earlier: .found(march))
        #expect(compilation.diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.text)" } == [])
        return try #require(compilation.scenario)
    }

    @Test(arguments: CarriedMarchEndingsTests.playthroughs)
    func aFinishedMarchGameCarriesOnIntoOctober(_ name: String) throws {
        let march = try CarriedMarchEndingsTests.march()
        let october = try Self.october(after: march)
        #expect(october.follows?.id == "march-1917")
        let finishedGame = try CarriedMarchEndingsTests.finishedMarch(name, in: march)
        let carried = try success(CarriedStart.make(for: october, from: try success(FinishedAct.reading(SaveDocument(game: finishedGame, program: "test")))))
        let (game, _) = try success(Game.start(october, carrying: carried, seed: 1))

        // Every world variable October carries starts at March's value (the ranges fit, so nothing is cut).
        // A March with no government and Soviet cannot lead into October as it stood: the act's first event
        // then takes history's thread up again (its `otherwise`), so the game's world is history's there.
        func marchWorld(_ id: String) -> Int { finishedGame.state.world.values[march.worldVariables.firstIndex { $0.id == id }!] }
        let hadFebruary = marchWorld("government") == 1 && marchWorld("soviet") == 1
        for (index, variable) in october.worldVariables.enumerated() {
            guard case .variable(let source)? = variable.carried else { continue }
            #expect(carried.world[variable.id] == marchWorld(source), "\(variable.id)")
            if hadFebruary { #expect(game.state.world.values[index] == marchWorld(source), "\(variable.id)") }
        }
        let world = { (id: String) in game.state.world.values[october.worldVariables.firstIndex { $0.id == id }!] }
        #expect(world("government") == 1 && world("soviet") == 1)
        for id in ["garrison", "hunger", "government", "soviet", "order-one", "dynasty-ended"] {
            #expect(october.worldVariables.first { $0.id == id }?.carried == .variable(id), "\(id)")
        }
        for (index, marchPlayer) in finishedGame.state.players.enumerated() {
            let player = game.state.players[index]
            #expect(october.roles[player.role].id == march.roles[marchPlayer.role].id)
            guard case .ending(let endingIndex) = marchPlayer.position else {
                Issue.record("\(name) does not end")
                continue
            }
            let ending = march.endings[endingIndex].id
            for (variableIndex, variable) in october.playerVariables.enumerated() {
                switch variable.carried {
                case .endings(let listed)?:
                    #expect(player.values[variableIndex] == (listed.contains(ending) ? 1 : 0), "\(variable.id)")
                case .variable(let source)?:
                    let marchIndex = try #require(march.playerVariables.firstIndex { $0.id == source })
                    #expect(player.values[variableIndex] == variable.clamped(marchPlayer.values[marchIndex]), "\(variable.id)")
                case nil:
                    break
                }
            }
            // The role's own ending flags: exactly one of a role's `carried from ending` flags names this ending.
            let naming = october.playerVariables.filter { variable in
                if case .endings(let listed)? = variable.carried { return listed == [ending] }
                return false
            }
            #expect(naming.count <= 1, "\(ending)")
            let line = try #require(game.journal.first { $0.player == index })
            #expect(line.moment == marchPlayer.time)
            #expect(TextRendering.text(line.text, language: "hi").text.hasPrefix("पहले, पेत्रोग्राद, फ़रवरी–मार्च 1917 में: "))
        }
    }
}
