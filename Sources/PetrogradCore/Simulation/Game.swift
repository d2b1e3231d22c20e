/// A game in play: the state that decides the future, and beside it the record of how it got there (the
/// action log and the journal). Undo is going back to an earlier ``Checkpoint``.
public struct Game: Sendable {
    /// A dated journal line and whom it belongs to (nil: everyone).
    public struct JournalEntry: Hashable, Sendable {
        public var player: Int?
        /// When it happened: for a world event's line, the event's own moment.
        public var moment: Moment
        public var text: LocalizedText
        /// When the players learned of it, if later than it happened (the clock jumped past the event).
        public var heard: Moment? = nil
    }

    public let simulation: Simulation
    public private(set) var state: GameState
    /// Every action taken, by every player, in the order taken.
    public private(set) var log: [Action]
    public private(set) var journal: [JournalEntry]
    /// What became of each world event decided so far, in the order decided.
    public internal(set) var worldEvents: [WorldEventRecord] = []
    /// The seed the game started from.
    public let seed: UInt64
    /// Role indices of the players the game started with, in player order (players who joined later are
    /// in the log and the state).
    public let roles: [Int]
    /// The players' names at the start, in player order (nil: no name given).
    public let startNames: [String?]
    /// Each player's name now: a player who joined gets theirs, and a seat passed on takes its new one.
    public private(set) var names: [String?]
    /// How the game was set up (a chosen start scene and values), so that its log can be replayed.
    public let setup: Simulation.Setup

    public var scenario: Scenario { simulation.scenario }

    /// Starts a game; the events are what the players see first.
    public static func start(_ scenario: Scenario, roles: [Int], seed: UInt64, setup: Simulation.Setup = .init(),
                             names: [String?] = []) -> Result<(Game, [GameEvent]), RuntimeError> {
        let simulation = Simulation(scenario: scenario)
        switch simulation.start(roles: roles, seed: seed, setup: setup) {
        case .failure(let error):
            return .failure(error)
        case .success(let transition):
            var game = Game(simulation: simulation, state: transition.state, log: [], journal: [], seed: seed, roles: roles, setup: setup,
                            names: names)
            game.record(transition.events)
            return .success((game, transition.events))
        }
    }

    init(simulation: Simulation, state: GameState, log: [Action], journal: [JournalEntry], seed: UInt64, roles: [Int],
         setup: Simulation.Setup = .init(), names: [String?] = [], currentNames: [String?]? = nil) {
        let startNames = roles.indices.map { names.indices.contains($0) ? names[$0] : nil }
        self.startNames = startNames
        self.names = state.players.indices.map { index in
            if let currentNames { return currentNames.indices.contains(index) ? currentNames[index] : nil }
            return startNames.indices.contains(index) ? startNames[index] : nil
        }
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
        if case .rewind(let count) = action { return rewind(toLogCount: count) }
        switch simulation.apply(action, to: state, setup: setup) {
        case .failure(let refusal):
            return .failure(refusal)
        case .success(let transition):
            state = transition.state
            log.append(action)
            switch action {
            case .join(_, let name): names.append(name)
            case .rename(let player, let name): names[player - 1] = name
            default: break
            }
            record(transition.events)
            return .success(transition.events)
        }
    }

    /// `rewind N`: the game as it was after the first N lines of its log, played again from the start, and
    /// then every seat change made since (a join, a leave, a return, a new name) made again, so no one
    /// loses their seat. The log keeps every line and gains this one, so a replay goes back the same way.
    private mutating func rewind(toLogCount count: Int) -> Result<[GameEvent], Refusal> {
        guard (0..<log.count).contains(count) else { return .failure(.noSuchLogLine(count)) }
        var rebuilt: Game
        switch Self.start(scenario, roles: roles, seed: seed, setup: setup, names: startNames) {
        case .failure(let error): return .failure(.runtime(error))
        case .success(let started): rebuilt = started.0
        }
        for action in log[..<count] {
            if case .failure(let refusal) = rebuilt.perform(action) { return .failure(refusal) }
        }
        for action in log[count...] where action.changesSeats {
            // A change that no longer changes anything (a return of a seat that, rewound, never left) is skipped.
            _ = rebuilt.perform(action)
        }
        state = rebuilt.state
        journal = rebuilt.journal
        worldEvents = rebuilt.worldEvents
        names = rebuilt.names
        log.append(.rewind(to: count))
        return .success([.rewound(logCount: count)])
    }

    private mutating func record(_ events: [GameEvent]) {
        // A line for everyone comes from the effects of the world event decided just before it.
        var lastDecided: WorldEventRecord?
        for event in events {
            switch event {
            case .worldEventDecided(let record):
                worldEvents.append(record)
                lastDecided = record
            case .journal(let player, let text, let moment):
                let heard = player == nil ? lastDecided.map(\.heard).flatMap { $0 > moment ? $0 : nil } : nil
                journal.append(JournalEntry(player: player, moment: moment, text: text, heard: heard))
            default:
                break
            }
        }
    }

    /// Replays an action log from the start; fails at the first action that is refused, saying which.
    public static func replay(_ scenario: Scenario, roles: [Int], seed: UInt64, log: [Action], setup: Simulation.Setup = .init(),
                              names: [String?] = []) -> Result<Game, ReplayError> {
        var game: Game
        switch start(scenario, roles: roles, seed: seed, setup: setup, names: names) {
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
        if let entry = setup.entry {
            guard let index = scenario.entryIndex(self.scenario.entries[entry].id) else {
                return .failure(ReplayError(step: 0, refusal: .noSuchChoice("(entry '\(self.scenario.entries[entry].id)')")))
            }
            remapped.entry = index
        }
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
        return Self.replay(scenario, roles: newRoles, seed: seed, log: log, setup: remapped, names: startNames)
    }

    /// Where a game stands: its state and the lengths of its log, journal and list of decided world events.
    /// These only grow as a game is played, so these few numbers and the state are enough to come back
    /// here: undo keeps checkpoints, never copies of the log.
    public struct Checkpoint: Sendable {
        public let state: GameState
        public let logCount: Int
        public let journalCount: Int
        public let worldEventCount: Int
    }

    /// Where the game stands now.
    public var checkpoint: Checkpoint {
        Checkpoint(state: state, logCount: log.count, journalCount: journal.count, worldEventCount: worldEvents.count)
    }

    /// Goes back to a checkpoint taken earlier in this same game: the state as it was, the log and journal
    /// cut back to their lengths then (in place; nothing is copied).
    public mutating func rewind(to checkpoint: Checkpoint) {
        precondition(checkpoint.logCount <= log.count && checkpoint.journalCount <= journal.count
                     && checkpoint.worldEventCount <= worldEvents.count, "a checkpoint from later in the game, or from another game")
        state = checkpoint.state
        log.removeSubrange(checkpoint.logCount...)
        journal.removeSubrange(checkpoint.journalCount...)
        worldEvents.removeSubrange(checkpoint.worldEventCount...)
    }

    /// Restores a game from saved parts (used when loading a save whose values win over its log).
    static func restored(_ scenario: Scenario, state: GameState, log: [Action], journal: [JournalEntry], seed: UInt64, roles: [Int],
                         worldEvents: [WorldEventRecord] = [], setup: Simulation.Setup = .init(), startNames: [String?] = [],
                         names: [String?]? = nil) -> Game {
        var game = Game(simulation: Simulation(scenario: scenario), state: state, log: log, journal: journal, seed: seed, roles: roles,
                        setup: setup, names: startNames, currentNames: names)
        game.worldEvents = worldEvents
        return game
    }
}

/// An action log that could not be replayed: which step (counting from 1; 0 is the start) and why.
public struct ReplayError: Error, Hashable, Sendable, CustomStringConvertible {
    public var step: Int
    public var refusal: Refusal

    public var description: String { step == 0 ? "the game cannot start: \(refusal)" : "action \(step) of the log was refused: \(refusal)" }
}
