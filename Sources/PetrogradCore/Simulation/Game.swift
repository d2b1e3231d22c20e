/// A game in play: the state that decides the future, and beside it the record of how it got there (the
/// action log and the journal). Undo is going back to an earlier ``Checkpoint``.
public struct Game: Sendable {
    /// A dated journal line and whom it belongs to (nil: everyone).
    public struct JournalEntry: Hashable, Sendable {
        public var player: Int?
        public var moment: Moment
        public var text: LocalizedText
    }

    public let simulation: Simulation
    public private(set) var state: GameState
    /// Every action taken, by every player, in the order taken.
    public private(set) var log: [Action]
    public private(set) var journal: [JournalEntry]
    /// The seed the game started from.
    public let seed: UInt64
    /// Role indices of the players, in player order.
    public let roles: [Int]
    /// How the game was set up (a chosen start scene and values), so that its log can be replayed.
    public let setup: Simulation.Setup

    public var scenario: Scenario { simulation.scenario }

    /// Starts a game; the events are what the players see first.
    public static func start(_ scenario: Scenario, roles: [Int], seed: UInt64, setup: Simulation.Setup = .init()) -> Result<(Game, [GameEvent]), RuntimeError> {
        let simulation = Simulation(scenario: scenario)
        switch simulation.start(roles: roles, seed: seed, setup: setup) {
        case .failure(let error):
            return .failure(error)
        case .success(let transition):
            var game = Game(simulation: simulation, state: transition.state, log: [], journal: [], seed: seed, roles: roles, setup: setup)
            game.record(transition.events)
            return .success((game, transition.events))
        }
    }

    init(simulation: Simulation, state: GameState, log: [Action], journal: [JournalEntry], seed: UInt64, roles: [Int],
         setup: Simulation.Setup = .init()) {
        self.simulation = simulation
        self.state = state
        self.log = log
        self.journal = journal
        self.seed = seed
        self.roles = roles
        self.setup = setup
    }

    /// Takes an action; on success the game moves on and the events say what happened.
    public mutating func perform(_ action: Action) -> Result<[GameEvent], Refusal> {
        switch simulation.apply(action, to: state) {
        case .failure(let refusal):
            return .failure(refusal)
        case .success(let transition):
            state = transition.state
            log.append(action)
            record(transition.events)
            return .success(transition.events)
        }
    }

    private mutating func record(_ events: [GameEvent]) {
        for case .journal(let player, let text, let moment) in events {
            journal.append(JournalEntry(player: player, moment: moment, text: text))
        }
    }

    /// Replays an action log from the start; fails at the first action that is refused, saying which.
    public static func replay(_ scenario: Scenario, roles: [Int], seed: UInt64, log: [Action], setup: Simulation.Setup = .init()) -> Result<Game, ReplayError> {
        var game: Game
        switch start(scenario, roles: roles, seed: seed, setup: setup) {
        case .failure(let error): return .failure(ReplayError(step: 0, refusal: .runtime(error)))
        case .success(let started): game = started.0
        }
        for (index, action) in log.enumerated() {
            if case .failure(let refusal) = game.perform(action) {
                return .failure(ReplayError(step: index + 1, refusal: refusal))
            }
        }
        return .success(game)
    }

    /// The same game played again, action for action, on another version of its scenario (after the
    /// author edited it): the choices are matched by id, so edits to the text do not matter. Fails at the
    /// first action the new version refuses.
    public func replayed(on scenario: Scenario) -> Result<Game, ReplayError> {
        var remapped = setup
        if let start = setup.startScene {
            guard let scene = scenario.sceneIndex(self.scenario.scenes[start].id) else {
                return .failure(ReplayError(step: 0, refusal: .noSuchChoice("(start scene '\(self.scenario.scenes[start].id)')")))
            }
            remapped.startScene = scene
        }
        remapped.values = setup.values.compactMap { reference, value in
            let id = self.scenario.variable(reference).id
            let variables = reference.scope == .world ? scenario.worldVariables : scenario.playerVariables
            return variables.firstIndex { $0.id == id }.map { (VariableReference(scope: reference.scope, index: $0), value) }
        }
        var newRoles: [Int] = []
        for role in roles {
            guard let index = scenario.roleIndex(self.scenario.roles[role].id) else {
                return .failure(ReplayError(step: 0, refusal: .noSuchChoice("(role '\(self.scenario.roles[role].id)')")))
            }
            newRoles.append(index)
        }
        return Self.replay(scenario, roles: newRoles, seed: seed, log: log, setup: remapped)
    }

    /// Where a game stands: its state and the lengths of its log and journal. The log and journal only grow
    /// as a game is played, so these few numbers and the state are enough to come back here: undo keeps
    /// checkpoints, never copies of the log.
    public struct Checkpoint: Sendable {
        public let state: GameState
        public let logCount: Int
        public let journalCount: Int
    }

    /// Where the game stands now.
    public var checkpoint: Checkpoint { Checkpoint(state: state, logCount: log.count, journalCount: journal.count) }

    /// Goes back to a checkpoint taken earlier in this same game: the state as it was, the log and journal
    /// cut back to their lengths then (in place; nothing is copied).
    public mutating func rewind(to checkpoint: Checkpoint) {
        precondition(checkpoint.logCount <= log.count && checkpoint.journalCount <= journal.count,
                     "a checkpoint from later in the game, or from another game")
        state = checkpoint.state
        log.removeSubrange(checkpoint.logCount...)
        journal.removeSubrange(checkpoint.journalCount...)
    }

    /// Restores a game from saved parts (used when loading a save whose values win over its log).
    static func restored(_ scenario: Scenario, state: GameState, log: [Action], journal: [JournalEntry], seed: UInt64, roles: [Int]) -> Game {
        Game(simulation: Simulation(scenario: scenario), state: state, log: log, journal: journal, seed: seed, roles: roles)
    }
}

/// An action log that could not be replayed: which step (counting from 1; 0 is the start) and why.
public struct ReplayError: Error, Hashable, Sendable, CustomStringConvertible {
    public var step: Int
    public var refusal: Refusal

    public var description: String { step == 0 ? "the game cannot start: \(refusal)" : "action \(step) of the log was refused: \(refusal)" }
}
