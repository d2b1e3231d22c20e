import Foundation
import PetrogradConsole
import PetrogradCore

/// `play LATER-ACT --from FINISHED-GAME`: a finished game of the act the scenario follows, carried on; and
/// after an ending, the act that carries the story on.
extension PlayCommand {
    /// The finished game `--from` names, read and carried into `scenario`: the game started from it, or
    /// why it cannot be (in the player's language). The earlier act's saves are looked for in `actFolder`
    /// under `player`'s name, then under the standard name.
    static func carriedGame(_ reference: String, into scenario: Scenario, role: String?, actFolder: (String) -> String, player: PlayerName,
                            seed: UInt64, vocabulary: Vocabulary) -> Result<(game: Game, events: [GameEvent], path: String), CarryRefusal> {
        guard let follows = scenario.follows else {
            return .failure(CarryRefusal(vocabulary.carryRefusal(.followsNothing(scenario: scenario.id), file: reference)))
        }
        let players = player == .standard ? [player] : [player, .standard]
        guard let path = FinishedGameFile.locate(reference, actFolder: actFolder(follows.id), players: players) else {
            return .failure(CarryRefusal(vocabulary.finishedGameMissing(reference, act: follows.id)))
        }
        let document: SaveDocument
        switch FinishedGameFile.read(path) {
        case .failure(let problem): return .failure(CarryRefusal(vocabulary.finishedGameUnreadable(path, why: problem.description)))
        case .success(let read): document = read
        }
        var finished: FinishedAct
        switch FinishedAct.reading(document) {
        case .failure(let error): return .failure(CarryRefusal(vocabulary.carryRefusal(error, file: path)))
        case .success(let read): finished = read
        }
        // A console plays one seat: of a game of several, the one --role names.
        let roles = finished.seats.map(\.role)
        if let role {
            guard let seat = finished.seats.first(where: { $0.role == role }) else {
                return .failure(CarryRefusal(vocabulary.roleNotInFinishedGame(role, path: path, roles: roles)))
            }
            finished.seats = [seat]
        } else if finished.seats.count > 1 {
            return .failure(CarryRefusal(vocabulary.severalSeatsToCarry(path, roles: roles)))
        }
        let carried: CarriedStart
        switch CarriedStart.make(for: scenario, from: finished) {
        case .failure(let error): return .failure(CarryRefusal(vocabulary.carryRefusal(error, file: path)))
        case .success(let made): carried = made
        }
        switch Game.start(scenario, carrying: carried, seed: seed) {
        case .failure(let error): return .failure(CarryRefusal(vocabulary.carryRefusal(error, file: path)))
        case .success(let (game, events)): return .success((game, events, path))
        }
    }

    /// The act that carries `scenario` on: a bundled scenario, or a folder beside the one played, whose
    /// files say it `follows` this one (the first by id when there are several).
    static func followingAct(after scenario: Scenario, reference: String, library: ScenarioLibrary) -> (id: String, title: LocalizedText)? {
        var folders: [(id: String, path: String)] = []
        if let root = library.root { folders += library.scenarioIDs.map { ($0, root + "/" + $0) } }
        if case .success(let path) = library.locate(reference) {
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            folders += names.map { ($0, parent + "/" + $0) }
        }
        for (_, path) in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  let files = try? ScenarioFiles.read(path), Compiler.followedAct(of: files) == scenario.id,
                  case .success(let loaded) = ScenarioLoader(library: library).load(path), let following = loaded.compilation.scenario
            else { continue }
            // A bundled act is named by its id; another folder by its path.
            let isBundled = library.root.map { path == $0 + "/" + following.id } ?? false
            return (isBundled ? following.id : path, following.title)
        }
        return nil
    }
}

/// Why `--from` was refused, in the player's language.
struct CarryRefusal: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
