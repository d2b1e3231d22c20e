/// A city's course through a game: the world's values after the start and after every action, with the
/// world's clock then. Made by replaying the game's log (the game keeps only where it stands), so a chart
/// of the course is as deterministic as the game. A rewind takes the course back with the game: what was
/// rewound never happened.
public struct CityCourse: Sendable {
    public struct Sample: Hashable, Sendable {
        public var moment: Moment
        /// In `Scenario.worldVariables` order.
        public var world: [Int]
    }

    /// By action: the first is the start; each later one follows one action of the log still standing.
    public private(set) var samples: [Sample] = []
    /// The replay the samples come from, kept so that a game that has moved on costs only its new lines
    /// (a live dashboard follows a class action by action).
    private var replay: Game?
    /// How long `samples` was after the first n lines of the log, so a rewind to n can cut back to it.
    private var lengthAfterLines: [Int] = []

    /// The course of `game`, replayed from its seed and setup. A log the scenario refuses part-way (which a
    /// game never holds) ends the course there.
    public init(game: Game) {
        guard case .success(let (started, _)) = Game.start(game.scenario, roles: game.roles, seed: game.seed, setup: game.setup,
                                                          names: game.startNames) else { return }
        replay = started
        samples = [Sample(moment: started.state.world.clock, world: started.state.world.values)]
        lengthAfterLines = [samples.count]
        follow(game)
    }

    /// The course of `game` as it stands now, replaying only the lines of its log this course has not seen.
    /// A log only grows as a game is played (a rewind is a line of its own); a game whose log does not
    /// carry on this course's (an undo cut it, or it is another game) is replayed from its start.
    public mutating func follow(_ game: Game) {
        guard var current = replay, game.seed == current.seed, game.roles == current.roles,
              game.log.count >= current.log.count, game.log.starts(with: current.log) else {
            self = CityCourse(game: game)
            return
        }
        for action in game.log[current.log.count...] {
            guard case .success = current.perform(action) else { break }
            if case .rewind(let count) = action, lengthAfterLines.indices.contains(count) {
                samples.removeSubrange(lengthAfterLines[count]...)
            }
            samples.append(Sample(moment: current.state.world.clock, world: current.state.world.values))
            lengthAfterLines.append(samples.count)
        }
        replay = current
    }
}
