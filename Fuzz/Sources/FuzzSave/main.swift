import Foundation
import FuzzSupport
import PetrogradCore

/// The scenarios an input can be a save of, compiled once (a static is initialised on first use): the
/// bundled act, and the format-2 sample of the scenario corpus, whose saves hold the places of text
/// sequences, counts and the return slots of shared scenes.
enum Bundled {
    static let scenario = BundledScenario.compiled("march-1917")
    static let formatTwoSample = BundledScenario.compiled(file: "Fuzz/Corpus/scenario/format-2-sample.story")
}

/// One input: a save file as `play --load` reads it. When it restores, the game goes on one move, is saved
/// and loaded again, and what the second load gives must be what was saved: a save this version writes
/// always loads, to the same game.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSave(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard case .success(let document) = SaveDocument.decode(data) else { return 0 }
    let scenario = document.scenario.id == Bundled.formatTwoSample.id ? Bundled.formatTwoSample : Bundled.scenario
    guard case .success(let restored) = document.restore(in: scenario) else { return 0 }
    var game = restored.game
    resume(&game)

    let saved = SaveDocument(game: game, program: "fuzz")
    let bytes = saved.encoded()
    let again: SaveDocument
    switch SaveDocument.decode(bytes) {
    case .success(let document): again = document
    case .failure(let error): fatalError("a save this version wrote does not decode: \(error)")
    }
    require(again == saved, "a save does not decode to the document that was encoded")
    let reloaded: Game
    switch again.restore(in: scenario) {
    case .success(let result): reloaded = result.game
    case .failure(let error): fatalError("a save this version wrote does not restore: \(error)")
    }
    require(reloaded.state.world == game.state.world, "the world differs after a save and a load")
    require(reloaded.state.random == game.state.random, "the random source differs after a save and a load")
    require(reloaded.state.players.map(\.position) == game.state.players.map(\.position), "positions differ after a save and a load")
    require(reloaded.state.players.map(\.time) == game.state.players.map(\.time), "player times differ after a save and a load")
    require(reloaded.state.players.map(\.values) == game.state.players.map(\.values), "player values differ after a save and a load")
    require(reloaded.log == game.log, "the action log differs after a save and a load")
    let resaved = SaveDocument(game: reloaded, program: "fuzz")
    require(resaved == saved, "saving a loaded save gives a different document")
    return 0
}

/// The first player still in a scene takes their first available choice, as a player who continues
/// the game would.
func resume(_ game: inout Game) {
    for player in game.state.players.indices {
        guard let option = game.simulation.options(for: player, in: game.state).first(where: \.isAvailable) else { continue }
        _ = game.perform(.choose(player: player + 1, choice: game.scenario.choices[option.choice].id))
        return
    }
}

/// Stops with the message when the condition fails. (`precondition` drops its message in a release
/// build, and a finding should say what differed.)
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
