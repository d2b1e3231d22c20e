import Foundation
import FuzzSupport
import PetrogradConsole
import PetrogradCore

/// Limits that keep one input to a fraction of a second, so that a hang found is a real one.
enum Bounds {
    /// States of the exhaustive search, per role.
    static let exploredStates = 2_000
    /// Random games per role and strategy, and choices per game.
    static let randomRuns = 3
    static let randomTurns = 200
    /// Turns of the game that all roles play together.
    static let sharedTurns = 200
}

/// One input: the whole `check` path (compile, every diagnostic rendered as the console shows it), and
/// for a scenario that compiles clean, what `explore` and `play` do with it, within bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let (files, branches) = FuzzInput.split(bytes)
    let compilation = Compiler.compile(files, branches: branches)
    let renderer = DiagnosticRenderer(files: compilation.files, usesColour: false)
    for diagnostic in compilation.diagnostics { _ = renderer.render(diagnostic) }
    guard let scenario = compilation.scenario else { return 0 }

    let explorer = Explorer(scenario: scenario)
    for role in scenario.roles.indices {
        _ = explorer.exhaustive(role: role, limit: Bounds.exploredStates)
        for strategy in Explorer.Strategy.allCases {
            _ = explorer.random(role: role, runs: Bounds.randomRuns, seed: UInt64(count), strategy: strategy, maximumChoices: Bounds.randomTurns)
        }
    }
    playTogether(scenario, seed: UInt64(count))
    return 0
}

/// Every role in one game, each active player taking their first available choice in turn: the clock
/// rules for several players that single-role exploration never meets. The game is saved and loaded
/// after the first round and at the end.
func playTogether(_ scenario: Scenario, seed: UInt64) {
    guard !scenario.roles.isEmpty, case .success(let started) = Game.start(scenario, roles: Array(scenario.roles.indices), seed: seed) else { return }
    var game = started.0
    turns: for round in 0..<Bounds.sharedTurns {
        var moved = false
        for player in game.state.players.indices {
            guard let option = game.simulation.options(for: player, in: game.state).first(where: \.isAvailable) else { continue }
            if case .success = game.perform(.choose(player: player + 1, choice: scenario.choices[option.choice].id)) { moved = true }
        }
        if round == 0 { checkSaveLoads(game, scenario) }
        if !moved { break turns }
    }
    checkSaveLoads(game, scenario)
}

/// Saves the game and loads it again, as the console does after every turn: a save the game wrote must
/// load. (Checked after the first round and at the end, not every round, to keep an input fast.)
func checkSaveLoads(_ game: Game, _ scenario: Scenario) {
    let saved = SaveDocument(game: game, program: "fuzz")
    switch SaveDocument.decode(saved.encoded()) {
    case .failure(let error): fatalError("a save this version wrote does not decode: \(error)")
    case .success(let document):
        if case .failure(let error) = document.restore(in: scenario) { fatalError("a save this version wrote does not restore: \(error)") }
    }
}
