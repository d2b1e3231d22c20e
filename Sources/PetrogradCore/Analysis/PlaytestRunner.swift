/// Plays a golden playthrough against a scenario and reports every expectation that does not hold.
public enum PlaytestRunner {
    /// A failed expectation or action, with the line and column it comes from.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// The result of one playthrough.
    public struct Report: Sendable {
        public var failures: [Failure]
        public var checks: Int
        public var actions: Int
    }

    /// The roles of the playtest's players, or the first one the scenario does not have, at its column.
    public static func roles(of playtest: Playtest, in scenario: Scenario) -> Result<[Int], Failure> {
        var roles: [Int] = []
        for name in playtest.players {
            guard let role = scenario.roleIndex(name.text) else {
                var message = "there is no role '\(name.text)'"
                if let suggestion = Spelling.closest(to: name.text, among: scenario.roles.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
                message += " (roles: \(scenario.roles.map(\.id).joined(separator: ", ")))"
                return .failure(Failure(line: name.line, column: name.column, message: message))
            }
            roles.append(role)
        }
        return .success(roles)
    }

    /// How the playtest's game starts: at its `at ENTRY` line's entry point, or (no such line) from the
    /// roles' starts; an entry the scenario does not have is a failure at its column.
    public static func setup(of playtest: Playtest, in scenario: Scenario) -> Result<Simulation.Setup, Failure> {
        guard let name = playtest.entry else { return .success(Simulation.Setup()) }
        guard let entry = scenario.entryIndex(name.text) else {
            var message = "there is no entry point '\(name.text)'"
            if let suggestion = Spelling.closest(to: name.text, among: scenario.entries.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
            message += scenario.entries.isEmpty ? " (this scenario has none)" : " (entry points: \(scenario.entries.map(\.id).joined(separator: ", ")))"
            return .failure(Failure(line: name.line, column: name.column, message: message))
        }
        return .success(Simulation.Setup(entry: entry))
    }

    /// Plays the playtest and checks each expectation in turn; a refused action ends the playthrough.
    public static func run(_ playtest: Playtest, in scenario: Scenario) -> Report {
        var failures: [Failure] = []
        let roles: [Int]
        switch Self.roles(of: playtest, in: scenario) {
        case .failure(let failure): return Report(failures: [failure], checks: 0, actions: 0)
        case .success(let found): roles = found
        }
        let setup: Simulation.Setup
        switch Self.setup(of: playtest, in: scenario) {
        case .failure(let failure): return Report(failures: [failure], checks: 0, actions: 0)
        case .success(let found): setup = found
        }
        var game: Game
        var lastEvents: [GameEvent]
        switch Game.start(scenario, roles: roles, seed: playtest.seed, setup: setup) {
        case .failure(let error):
            let (line, column) = playtest.playersLine ?? (1, 1)
            return Report(failures: [Failure(line: line, column: column, message: "the game cannot start: \(error)")], checks: 0, actions: 0)
        case .success(let started):
            (game, lastEvents) = started
        }
        var checks = 0, actions = 0
        // A failure at the step's line, at the start of its word `word` (`expect p1 at gaet`: 0 is
        // `expect`, 1 the player, 3 the scene).
        func fail(_ message: String, at step: Playtest.Step, word: Int = 0) {
            failures.append(Failure(line: step.line, column: step.column(ofWord: word), message: message))
        }
        func position(_ number: Int, at step: Playtest.Step) -> Position? {
            guard game.state.players.indices.contains(number - 1) else {
                fail("there is no player p\(number)", at: step, word: 1)
                return nil
            }
            return game.state.players[number - 1].position
        }
        // "there is no scene 'x'", with a suggestion when a name is close.
        func unknown(_ kind: String, _ name: String, among ids: [String]) -> String {
            "there is no \(kind) '\(name)'" + (Spelling.closest(to: name, among: ids).map { "; did you mean '\($0)'?" } ?? "")
        }
        func describe(_ position: Position) -> String {
            switch position {
            case .scene(let scene): "in scene '\(scenario.scenes[scene].id)'"
            case .ending(let ending): "at ending '\(scenario.endings[ending].id)'"
            }
        }
        // `expect pN at SCENE` and `expect pN ending ENDING`: `expected` is nil when the name is unknown.
        func expect(_ number: Int, at expected: Position?, _ preposition: String, _ kind: String, _ name: String, among ids: [String],
                    _ step: Playtest.Step) {
            guard let expected else { return fail(unknown(kind, name, among: ids), at: step, word: 3) }
            guard let actual = position(number, at: step) else { return }
            if actual != expected { fail("expected p\(number) \(preposition) \(kind) '\(name)', but p\(number) is \(describe(actual))", at: step) }
        }
        for step in playtest.steps {
            switch step.instruction {
            case .act(let action):
                actions += 1
                switch game.perform(action) {
                case .success(let events): lastEvents = events
                case .failure(let refusal):
                    var message = "'\(action)' was refused: \(refusal.description(storyCalendar: scenario.calendar))"
                    // Where the player stands (the refusal itself says when there is no such player).
                    if case .choose(let number, _, _) = action, game.state.players.indices.contains(number - 1) {
                        message += " (p\(number) is \(describe(game.state.players[number - 1].position)))"
                    }
                    fail(message, at: step)
                    // The rest of the playthrough would only report the same mistake again.
                    return Report(failures: failures, checks: checks, actions: actions)
                }
            case .expectAt(let number, let scene):
                checks += 1
                expect(number, at: scenario.sceneIndex(scene).map(Position.scene), "in", "scene", scene, among: scenario.scenes.map(\.id), step)
            case .expectEnding(let number, let ending):
                checks += 1
                expect(number, at: scenario.endingIndex(ending).map(Position.ending), "at", "ending", ending, among: scenario.endings.map(\.id), step)
            case .expectValue(let number, let name, let comparison, let expected, let written):
                checks += 1
                let value: Int
                if let number {
                    guard let index = scenario.playerVariables.firstIndex(where: { $0.id == name }) else {
                        fail(unknown("player variable", name, among: scenario.playerVariables.map(\.id)), at: step, word: 2)
                        continue
                    }
                    guard game.state.players.indices.contains(number - 1) else {
                        fail("there is no player p\(number)", at: step, word: 1)
                        continue
                    }
                    value = game.state.players[number - 1].values[index]
                } else {
                    guard let index = scenario.worldVariables.firstIndex(where: { $0.id == name }) else {
                        fail(unknown("world variable", name, among: scenario.worldVariables.map(\.id)), at: step, word: 2)
                        continue
                    }
                    value = game.state.world.values[index]
                }
                let holds = (try? Expression.compare(comparison, .constant(value), .constant(expected))
                    .evaluate(in: NoEnvironment())) == 1
                if !holds {
                    let owner = number.map { "p\($0) " } ?? "world "
                    fail("expected \(owner)\(name) \(comparison.symbol) \(written), but it is \(value)", at: step)
                }
            case .expectEvent(let id, let status):
                checks += 1
                guard let index = scenario.events.firstIndex(where: { $0.id == id }) else {
                    fail(unknown("event", id, among: scenario.events.map(\.id)), at: step, word: 2)
                    continue
                }
                let actual = game.state.world.events[index]
                if actual != status {
                    fail("expected event '\(id)' \(status.name), but it is \(actual.name)", at: step)
                }
            case .expectText(let language, let text):
                checks += 1
                guard scenario.languages.contains(language) else {
                    fail("the scenario has no language '\(language)'; it is written in \(scenario.languages.joined(separator: ", "))", at: step, word: 2)
                    continue
                }
                let shown = (0..<game.state.players.count).flatMap { Narration.texts(for: lastEvents, player: $0, game: game, language: language) }
                if !shown.contains(where: { $0.contains(text) }) {
                    fail("expected the last step to show '\(text)' in '\(language)', but it did not; \(Self.describe(shown: shown))", at: step)
                }
            }
        }
        return Report(failures: failures, checks: checks, actions: actions)
    }

    /// What a step showed, for a failed `expect text`: each text on its own line, a long one shortened.
    static func describe(shown: [String]) -> String {
        guard !shown.isEmpty else { return "it showed no text" }
        let limit = 160
        let lines = shown.map { text in
            let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "    " + (flat.count > limit ? flat.prefix(limit - 1) + "…" : flat)
        }
        return "it showed:\n" + lines.joined(separator: "\n")
    }

    private struct NoEnvironment: EvaluationEnvironment {
        func value(of variable: VariableReference) -> Int { 0 }
        func hasVisited(scene: Int) -> Bool { false }
        var now: Moment { Moment(minutes: 0) }
    }
}

extension Expression.Comparison {
    /// The comparison written `symbol`, as in conditions (`=`, `!=`, `<`, `<=`, `>`, `>=`).
    public init?(symbol: String) {
        guard let comparison = Self.allCases.first(where: { $0.symbol == symbol }) else { return nil }
        self = comparison
    }

    /// How the comparison is written.
    public var symbol: String {
        switch self {
        case .equal: "="
        case .notEqual: "!="
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        }
    }
}
