/// Plays a golden playthrough against a scenario and reports every expectation that does not hold.
public enum PlaytestRunner {
    /// A failed expectation or action, with its line.
    public struct Failure: Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The result of one playthrough.
    public struct Report: Sendable {
        public var failures: [Failure]
        public var checks: Int
        public var actions: Int
    }

    public static func run(_ playtest: Playtest, in scenario: Scenario) -> Report {
        var failures: [Failure] = []
        var roles: [Int] = []
        for id in playtest.players {
            guard let role = scenario.roleIndex(id) else {
                return Report(failures: [Failure(line: 1, message: "there is no role '\(id)'")], checks: 0, actions: 0)
            }
            roles.append(role)
        }
        var game: Game
        var lastEvents: [GameEvent]
        switch Game.start(scenario, roles: roles, seed: playtest.seed) {
        case .failure(let error):
            return Report(failures: [Failure(line: 1, message: "the game cannot start: \(error)")], checks: 0, actions: 0)
        case .success(let started):
            (game, lastEvents) = started
        }
        var checks = 0, actions = 0
        func position(_ number: Int, line: Int) -> Position? {
            guard game.state.players.indices.contains(number - 1) else {
                failures.append(Failure(line: line, message: "there is no player p\(number)"))
                return nil
            }
            return game.state.players[number - 1].position
        }
        func describe(_ position: Position) -> String {
            switch position {
            case .scene(let scene): "in scene '\(scenario.scenes[scene].id)'"
            case .ending(let ending): "at ending '\(scenario.endings[ending].id)'"
            }
        }
        for step in playtest.steps {
            switch step.instruction {
            case .act(let action):
                actions += 1
                switch game.perform(action) {
                case .success(let events): lastEvents = events
                case .failure(let refusal):
                    var message = "'\(action)' was refused: \(refusal)"
                    if case .choose(let number, _, _) = action, let where_ = position(number, line: step.line) {
                        message += " (p\(number) is \(describe(where_)))"
                    }
                    failures.append(Failure(line: step.line, message: message))
                    // The rest of the playthrough would only report the same mistake again.
                    return Report(failures: failures, checks: checks, actions: actions)
                }
            case .expectAt(let number, let scene):
                checks += 1
                guard let actual = position(number, line: step.line) else { continue }
                if actual != scenario.sceneIndex(scene).map(Position.scene) {
                    failures.append(Failure(line: step.line, message: "expected p\(number) in scene '\(scene)', but p\(number) is \(describe(actual))"))
                }
            case .expectEnding(let number, let ending):
                checks += 1
                guard let actual = position(number, line: step.line) else { continue }
                if actual != scenario.endingIndex(ending).map(Position.ending) {
                    failures.append(Failure(line: step.line, message: "expected p\(number) at ending '\(ending)', but p\(number) is \(describe(actual))"))
                }
            case .expectValue(let number, let name, let comparison, let expected, let written):
                checks += 1
                let value: Int
                if let number {
                    guard let index = scenario.playerVariables.firstIndex(where: { $0.id == name }) else {
                        failures.append(Failure(line: step.line, message: "there is no player variable '\(name)'"))
                        continue
                    }
                    guard game.state.players.indices.contains(number - 1) else {
                        failures.append(Failure(line: step.line, message: "there is no player p\(number)"))
                        continue
                    }
                    value = game.state.players[number - 1].values[index]
                } else {
                    guard let index = scenario.worldVariables.firstIndex(where: { $0.id == name }) else {
                        failures.append(Failure(line: step.line, message: "there is no world variable '\(name)'"))
                        continue
                    }
                    value = game.state.world.values[index]
                }
                let holds = (try? Expression.compare(comparison, .constant(value), .constant(expected))
                    .evaluate(in: NoEnvironment())) == 1
                if !holds {
                    let owner = number.map { "p\($0) " } ?? "world "
                    failures.append(Failure(line: step.line, message: "expected \(owner)\(name) \(comparison.symbol) \(written), but it is \(value)"))
                }
            case .expectEvent(let id, let status):
                checks += 1
                guard let index = scenario.events.firstIndex(where: { $0.id == id }) else {
                    failures.append(Failure(line: step.line, message: "there is no event '\(id)'"))
                    continue
                }
                let actual = game.state.world.events[index]
                if actual != status {
                    failures.append(Failure(line: step.line, message: "expected event '\(id)' \(status.name), but it is \(actual.name)"))
                }
            case .expectText(let language, let text):
                checks += 1
                let shown = (0..<game.state.players.count).flatMap { Narration.texts(for: lastEvents, player: $0, game: game, language: language) }
                if !shown.contains(where: { $0.contains(text) }) {
                    failures.append(Failure(line: step.line, message: "expected the last step to show '\(text)' in '\(language)', but it did not"))
                }
            }
        }
        return Report(failures: failures, checks: checks, actions: actions)
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
