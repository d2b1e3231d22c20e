import PetrogradCore
import Testing

/// A golden playthrough replayed in one language: the words a player reads on it (scenes, passages,
/// replies, outcomes, world events, the ending and its debrief; not the menus), the real decisions taken
/// (a choice made where at least two of the available choices lead to different states) and the game at
/// its end. The acts' word bars and the one-period games' bars both read playthroughs this way.
struct PlaythroughReading {
    var game: Game
    var words = 0
    var decisions = 0

    init(_ playtest: Playtest, named name: String, in scenario: Scenario, language: String) throws {
        let roles = try #require(try? PlaytestRunner.roles(of: playtest, in: scenario).get(), "\(name): its roles are not the act's")
        let setup = try #require(try? PlaytestRunner.setup(of: playtest, in: scenario).get(), "\(name): its start is not the act's")
        var (game, events) = try #require(try? Game.start(scenario, roles: roles, seed: playtest.seed, setup: setup).get())
        var words = 0
        var decisions = 0
        func count(_ events: [GameEvent]) {
            for text in Narration.texts(for: events, player: 0, game: game, language: language) {
                words += text.split(whereSeparator: \.isWhitespace).count
            }
        }
        count(events)
        for step in playtest.steps {
            guard case .act(let action) = step.instruction else { continue }
            var reached: [GameState] = []
            for option in game.simulation.options(for: 0, in: game.state) where option.isAvailable {
                let id = scenario.choices[option.choice].id
                if case .success(let next) = game.simulation.apply(.choose(player: 1, choice: id), to: game.state, outcome: 0, recordingEvents: false),
                   !reached.contains(next.state) {
                    reached.append(next.state)
                }
            }
            if reached.count >= 2 { decisions += 1 }
            events = try #require(try? game.perform(action).get(), "\(name): \(action) was refused")
            count(events)
        }
        self.game = game
        self.words = words
        self.decisions = decisions
    }
}
