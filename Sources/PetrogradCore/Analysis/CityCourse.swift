/// A city's course through a game: the world's values after the start and after every action, with the
/// world's clock then. Made by replaying the game's log (the game keeps only where it stands), so a chart
/// of the course is as deterministic as the game. A rewind takes the course back with the game: what was
/// rewound never happened.
public struct CityCourse: Hashable, Sendable {
    public struct Sample: Hashable, Sendable {
        public var moment: Moment
        /// In `Scenario.worldVariables` order.
        public var world: [Int]
    }

    /// By action: the first is the start; each later one follows one action of the log still standing.
    public private(set) var samples: [Sample]

    /// The course of `game`, replayed from its seed and setup. A log the scenario refuses part-way (which a
    /// game never holds) ends the course there.
    public init(game: Game) {
        samples = []
        guard case .success(let (started, _)) = Game.start(game.scenario, roles: game.roles, seed: game.seed, setup: game.setup,
                                                          names: game.startNames) else { return }
        var replay = started
        var course = [Sample(moment: replay.state.world.clock, world: replay.state.world.values)]
        // How long the course was after the first n lines of the log, so a rewind to n can cut back to it.
        var lengthAfterLines = [course.count]
        for action in game.log {
            guard case .success = replay.perform(action) else { break }
            if case .rewind(let count) = action, lengthAfterLines.indices.contains(count) {
                course.removeSubrange(lengthAfterLines[count]...)
            }
            course.append(Sample(moment: replay.state.world.clock, world: replay.state.world.values))
            lengthAfterLines.append(course.count)
        }
        samples = course
    }
}
