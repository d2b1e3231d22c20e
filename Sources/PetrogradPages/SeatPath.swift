import PetrogradCore

/// One seat's way through a game, replayed from the game's log: each choice it made (or that was made for
/// it when its time ran out), in the scene where it made it, at the seat's own time. What a rewind took
/// back is cut out, as it never happened.
public struct SeatPath: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        public var moment: Moment
        public var scene: Int
        public var choice: Int
        /// Taken for the seat when its time ran out or the teacher ended the game.
        public var byDefault: Bool
    }

    /// By player (0-based), in the order taken.
    public private(set) var steps: [[Step]]

    public init(game: Game) {
        steps = Array(repeating: [], count: game.state.players.count)
        guard case .success(let (started, _)) = Game.start(game.scenario, roles: game.roles, seed: game.seed, setup: game.setup,
                                                          names: game.startNames) else { return }
        var replay = started
        var taken: [[Step]] = Array(repeating: [], count: max(game.state.players.count, replay.state.players.count))
        var afterLines: [[[Step]]] = [taken]
        for action in game.log {
            let before = replay.state
            guard case .success(let events) = replay.perform(action) else { break }
            while taken.count < replay.state.players.count { taken.append([]) }
            if case .rewind(let count) = action, afterLines.indices.contains(count) {
                // Seats that joined after the line rewound to keep their place, with nothing taken since.
                let kept = afterLines[count]
                taken = taken.indices.map { kept.indices.contains($0) ? kept[$0] : [] }
            }
            for event in events {
                switch event {
                case .timedOut(let player, let choice) where before.players.indices.contains(player):
                    taken[player].append(Self.step(before, player: player, choice: choice, byDefault: true))
                default: break
                }
            }
            if case .choose(let number, let id, _) = action, before.players.indices.contains(number - 1),
               case .scene(let scene) = before.players[number - 1].position, let choice = game.scenario.choiceIndex(id, inScene: scene) {
                taken[number - 1].append(Self.step(before, player: number - 1, choice: choice, byDefault: false))
            }
            afterLines.append(taken)
        }
        steps = taken
    }

    private static func step(_ state: GameState, player: Int, choice: Int, byDefault: Bool) -> Step {
        let scene: Int
        if case .scene(let index) = state.players[player].position { scene = index } else { scene = -1 }
        return Step(moment: state.players[player].time, scene: scene, choice: choice, byDefault: byDefault)
    }
}
