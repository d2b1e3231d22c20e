/// The state machine: `(state, action) → (state, events)` or a refusal. Pure and deterministic: it reads
/// only the scenario and the state it is given, never prints, and draws chance only from the state's own
/// generator.
///
/// The rules for several players in one world are in `docs/simulation.md`: the clock belongs to the world
/// and stands at the earliest time any active player has reached; a player ahead of it waits; events due
/// in between fire in date order, then in the order they were declared.
public struct Simulation: Sendable {
    /// The scenario, held by reference so that each step reads it in place instead of copying it.
    let storage: ScenarioStorage

    /// The scenario being played.
    public var scenario: Scenario { storage.scenario }

    public init(scenario: Scenario) {
        storage = ScenarioStorage(scenario)
    }

    /// A choice as a player sees it now.
    public struct ChoiceOption: Hashable, Sendable {
        /// Index into `Scenario.choices`.
        public var choice: Int
        public var isAvailable: Bool
        /// Why the choice's condition could not be decided (it divides by zero): such a choice is shown
        /// locked, whatever its `show locked`, so the error is seen rather than silently hiding it.
        public var problem: RuntimeError? = nil
    }

    /// The result of a step.
    public struct Transition: Sendable {
        public var state: GameState
        public var events: [GameEvent]
    }

    // MARK: Starting

    /// How a game begins, beyond its roles and seed: for trying a scene quickly, a start somewhere else
    /// and chosen starting values (each brought into its variable's range).
    public struct Setup: Sendable {
        /// A scene every player starts in instead of their role's start.
        public var startScene: Int?
        public var values: [(variable: VariableReference, value: Int)]
        /// An entry point (index into `Scenario.entries`): the game starts at its moment, each role in its
        /// scene, the world as it stood (`Simulation+Entry.swift`).
        public var entry: Int?
        /// What the game took from a finished game of the act this one follows.
        public var carried: CarriedStart?

        public init(startScene: Int? = nil, values: [(variable: VariableReference, value: Int)] = [], entry: Int? = nil,
                    carried: CarriedStart? = nil) {
            self.startScene = startScene
            self.values = values
            self.entry = entry
            self.carried = carried
        }
    }

    /// A new game with one player per role given (role indices), its generator seeded with `seed`.
    public func start(roles: [Int], seed: UInt64, setup: Setup = Setup()) -> Result<Transition, RuntimeError> {
        let entry = setup.entry.map { storage.scenario.entries[$0] }
        let starts = roles.map { setup.startScene ?? entry?.starts[$0] ?? storage.scenario.roles[$0].start }
        let initialTimes = starts.map { scene in
            let time = storage.scenario.scenes[scene].moment ?? entry?.moment ?? storage.scenario.origin
            return entry.map { Swift.max(time, $0.moment) } ?? time
        }
        var world = WorldState(values: storage.scenario.worldVariables.map(\.initial),
                               clock: entry?.moment ?? initialTimes.min() ?? storage.scenario.origin,
                               events: Array(repeating: .pending, count: storage.scenario.events.count))
        var players = zip(roles, initialTimes).map { role, time in
            PlayerState(role: role, position: .scene(storage.scenario.roles[role].start), time: time,
                        values: storage.scenario.playerVariables.map(\.initial),
                        visited: BitSet(capacity: storage.scenario.scenes.count), usedChoices: BitSet(capacity: 0))
        }
        // The world as it stood at an entry point, before any value chosen with --set.
        if let entry {
            var standing = Step(storage: storage, recordsEvents: false, state: GameState(world: world, players: [], random: RandomSource(seed: seed)))
            do throws(RuntimeError) {
                try standing.apply(entry.effects, player: nil)
            } catch {
                return .failure(error)
            }
            world = standing.state.world
        }
        for (reference, value) in setup.values {
            let clamped = storage.scenario.variable(reference).clamped(value)
            switch reference.scope {
            case .world: world.values[reference.index] = clamped
            case .player: for index in players.indices { players[index].values[reference.index] = clamped }
            }
        }
        setup.carried?.apply(to: &world, &players, in: storage.scenario)
        // Events dated before a chosen start scene fire, in order, as the world settles: the days have passed.
        var step = Step(storage: storage, state: GameState(world: world, players: players, random: RandomSource(seed: seed)))
        if let carried = setup.carried { step.events += carried.journalEvents(for: players) }
        do throws(RuntimeError) {
            if let entry { try step.begin(at: entry) }
            for player in players.indices { try step.enter(player, .scene(starts[player])) }
            try step.settle()
            step.advanceTextsShown()
        } catch {
            return .failure(error)
        }
        return .success(Transition(state: step.state, events: step.events))
    }


    // MARK: Choosing

    /// The choices a player is shown: available ones, and unavailable ones that ask to be shown locked.
    /// Numbering by position in this list is stable while the scene is shown.
    public func options(for player: Int, in state: GameState) -> [ChoiceOption] {
        guard state.players.indices.contains(player), case .scene(let scene) = state.players[player].position else { return [] }
        return storage.scenario.scenes[scene].choices.compactMap { choice in
            let available: Bool
            do throws(RuntimeError) {
                available = try isAvailable(choice, player: player, in: state)
            } catch {
                return ChoiceOption(choice: choice, isAvailable: false, problem: error)
            }
            if available { return ChoiceOption(choice: choice, isAvailable: true) }
            let definition = storage.scenario.choices[choice]
            let usedUp = definition.isOnce && state.players[player].usedChoices.contains(choice)
            return definition.showsLocked && !usedUp ? ChoiceOption(choice: choice, isAvailable: false) : nil
        }
    }

    /// Whether the player can take the choice now (guard holds, and a `once` choice is unused).
    public func isAvailable(_ choice: Int, player: Int, in state: GameState) throws(RuntimeError) -> Bool {
        // Fields are read one by one: copying the whole choice (texts, effects, outcomes) costs more than
        // the test itself.
        if storage.scenario.choices[choice].isOnce, state.players[player].usedChoices.contains(choice) { return false }
        guard let condition = storage.scenario.choices[choice].guardCondition else { return true }
        return try condition.evaluate(in: PlayerEnvironment(world: state.world.values, player: state.players[player])) != 0
    }

    /// Applies an action. `outcome` forces a chance outcome (an index into the choice's outcomes, or
    /// `outcomes.count` for the remainder) instead of rolling: automated exploration follows every one.
    public func apply(_ action: Action, to state: GameState, outcome forced: Int? = nil, recordingEvents: Bool = true,
                      setup: Setup = Setup()) -> Result<Transition, Refusal> {
        switch action {
        case .choose(let number, let id, let logged):
            let player = number - 1
            guard state.players.indices.contains(player) else { return .failure(.noSuchPlayer(number)) }
            guard case .scene(let scene) = state.players[player].position else { return .failure(.finished(player: number)) }
            guard !state.players[player].isAbsent else { return .failure(.absent(player: number)) }
            guard let choice = storage.scenario.choiceIndex(id, inScene: scene) else { return .failure(.noSuchChoice(id)) }
            if state.players[player].time > state.world.clock {
                return .failure(.waiting(player: number, until: state.players[player].time))
            }
            do throws(RuntimeError) {
                if storage.scenario.choices[choice].isOnce, state.players[player].usedChoices.contains(choice) {
                    return .failure(.alreadyTaken(id))
                }
                guard try isAvailable(choice, player: player, in: state) else { return .failure(.unavailable(id)) }
                var step = Step(storage: storage, recordsEvents: recordingEvents, state: state)
                let outcomes = storage.scenario.choices[choice].outcomes.count
                if let logged, !(storage.scenario.choices[choice].hasChance && (1...outcomes).contains(logged)) {
                    return .failure(.noSuchOutcome(choice: id, outcome: logged))
                }
                try step.take(choice, player: player, forcedOutcome: forced ?? logged.map { $0 - 1 })
                try step.settle()
                step.advanceTextsShown()
                return .success(Transition(state: step.state, events: step.events))
            } catch {
                return .failure(.runtime(error))
            }
        case .join(let role, let name):
            return join(role: role, name: name, to: state, setup: setup)
        case .leave(let number):
            return seat(number, in: state, present: false)
        case .comeBack(let number):
            return seat(number, in: state, present: true)
        case .rename(let number, _):
            guard state.players.indices.contains(number - 1) else { return .failure(.noSuchPlayer(number)) }
            return .success(Transition(state: state, events: [.seatChanged(player: number - 1)]))
        case .timeOut(let number):
            return timeOut(number, in: state)
        case .end:
            return end(state)
        case .rewind:
            // The state alone cannot say what it was: `Game` replays its log.
            return .failure(.needsLog)
        }
    }
}

extension Simulation {
    /// The automated players' fast path: takes an available choice (by index) in place, making no events.
    /// The caller has checked that the choice is available; the state is moved into the step and back, so
    /// nothing is copied that the step does not change.
    func advance(_ state: inout GameState, player: Int, choice: Int, outcome forced: Int?) throws(RuntimeError) {
        var step = Step(storage: storage, recordsEvents: false, state: GameState.empty)
        swap(&step.state, &state)
        defer { swap(&step.state, &state) }
        try step.take(choice, player: player, forcedOutcome: forced)
        try step.settle()
    }
}

extension GameState {
    /// An empty state to swap with; its arrays are the shared empty ones, so it costs nothing.
    static let empty = GameState(world: WorldState(values: [], clock: Moment(minutes: 0), events: []), players: [],
                                       random: RandomSource(seed: 0))
}

/// One step in progress: the state being changed and the events so far.
struct Step {
    let storage: ScenarioStorage
    /// False when nobody will read the events (exploration): then none are made.
    var recordsEvents = true
    var state: GameState
    var events: [GameEvent] = []
    /// While a world event's effects apply: the moment it happened, which dates its journal lines.
    var eventMoment: Moment?
    /// The world's values after each change in this step, with the moment of the change, in the order
    /// made, after the values the step began with (moment nil): to date an event by when the city became
    /// ready for it. Kept only when events are recorded.
    var worldChanges: [(moment: Moment?, values: [Int])] = []

    private mutating func record(_ event: @autoclosure () -> GameEvent) {
        if recordsEvents { events.append(event()) }
    }

    mutating func take(_ choice: Int, player: Int, forcedOutcome: Int?) throws(RuntimeError) {
        // Only the parts a step needs are read from the choice, not its texts.
        let isOnce = storage.scenario.choices[choice].isOnce
        let outcomes = storage.scenario.choices[choice].outcomes
        if isOnce { state.players[player].usedChoices.insert(choice) }
        if let counter = storage.scenario.choices[choice].takenCounter { count(counter, player: player) }
        try apply(storage.scenario.choices[choice].effects, player: player)
        var outcomeIndex: Int? = outcomes.isEmpty ? nil : 0
        if outcomes.contains(where: { $0.percent != nil }) {
            let roll: Int
            if let forcedOutcome {
                outcomeIndex = forcedOutcome < outcomes.count ? forcedOutcome : nil
                roll = -1
            } else {
                roll = state.random.percentile()
                outcomeIndex = nil
                var threshold = 0
                for (index, outcome) in outcomes.enumerated() {
                    threshold += outcome.percent ?? 0
                    if roll < threshold {
                        outcomeIndex = index
                        break
                    }
                }
            }
            if roll >= 0 { record(.rolled(player: player, value: roll)) }
        }
        var target = storage.scenario.choices[choice].defaultTarget
        var leading = storage.scenario.choices[choice].leading
        if let outcomeIndex {
            let outcome = outcomes[outcomeIndex]
            record(.outcome(player: player, choice: choice, outcome: outcomeIndex))
            try apply(outcome.effects, player: player)
            // An outcome that says where it leads says it all.
            if outcome.target != nil || outcome.leading != nil {
                target = outcome.target
                leading = outcome.leading
            }
        }
        guard state.players[player].isActive, case .scene(let here) = state.players[player].position else { return }
        if let next = try lead(player, to: target, by: leading, from: here) { try enter(player, next) }
    }

    /// Where a player is led: the target itself, or into shared scenes (keeping the target, or the scene
    /// they are in, to come back to), or back to where the last call said.
    mutating func lead(_ player: Int, to target: Target?, by leading: Leading?, from here: Int) throws(RuntimeError) -> Target? {
        switch leading {
        case nil:
            return target
        case .call(let shared):
            guard let free = storage.scenario.returnSlots.first(where: { state.players[player].values[$0] == 0 }) else {
                throw RuntimeError(kind: .callsTooDeep, location: storage.scenario.scenes[shared].location)
            }
            let kept = target ?? .scene(here)
            state.players[player].values[free] = switch kept {
            case .scene(let scene): scene + 1
            case .ending(let ending): -(ending + 1)
            }
            return .scene(shared)
        case .back(let location):
            guard let last = storage.scenario.returnSlots.last(where: { state.players[player].values[$0] != 0 }) else {
                throw RuntimeError(kind: .nothingToReturnTo, location: location)
            }
            let value = state.players[player].values[last]
            state.players[player].values[last] = 0
            let index = abs(value) - 1
            let back: Target = value > 0 ? .scene(index) : .ending(index)
            // A save edited by hand could point anywhere: only what the scenario has is followed.
            switch back {
            case .scene(let scene) where storage.scenario.scenes.indices.contains(scene): return back
            case .ending(let ending) where storage.scenario.endings.indices.contains(ending): return back
            default: throw RuntimeError(kind: .nothingToReturnTo, location: location)
            }
        }
    }

    /// Adds one to a hidden count, which stops at its limit; no event, since no player reads it as news.
    mutating func count(_ counter: VariableReference, player: Int) {
        let limit = storage.scenario.playerLimits[counter.index].upperBound
        if state.players[player].values[counter.index] < limit { state.players[player].values[counter.index] += 1 }
    }

    mutating func enter(_ player: Int, _ target: Target) throws(RuntimeError) {
        switch target {
        case .ending(let ending):
            state.players[player].position = .ending(ending)
            record(.endingReached(player: player, ending: ending))
        case .scene(let scene):
            state.players[player].position = .scene(scene)
            state.players[player].visited.insert(scene)
            if let moment = storage.scenario.scenes[scene].moment, moment > state.players[player].time {
                state.players[player].time = moment
            }
            record(.sceneEntered(player: player, scene: scene))
            if let counter = storage.scenario.scenes[scene].visitCounter { count(counter, player: player) }
            // Effects on entering come after the entry is recorded, so a journal line they add follows it.
            if !storage.scenario.scenes[scene].effects.isEmpty { try apply(storage.scenario.scenes[scene].effects, player: player) }
        }
    }

    /// Brings the world up to date: moves the clock, fires due events, and moves players on from scenes
    /// that offer them nothing, until nothing changes. Stops with an error if scenes lead on forever.
    mutating func settle() throws(RuntimeError) {
        var automaticMoves: [Int] = []
        let moveLimit = (storage.scenario.scenes.count + 1) * max(1, state.players.count)
        while true {
            var changed = false
            var earliest: Moment?
            for player in state.players.indices where state.players[player].isActive && !state.players[player].isAbsent {
                let time = state.players[player].time
                if earliest.map({ time < $0 }) ?? true { earliest = time }
            }
            if let earliest, earliest > state.world.clock { state.world.clock = earliest }
            for event in storage.scenario.eventOrder where state.world.events[event] == .pending {
                // Most pending events are not due yet: look at the date before reading the rest.
                guard storage.scenario.events[event].start <= state.world.clock else { continue }
                let definition = storage.scenario.events[event]
                // A branch's replacement, when its condition holds, happens instead of the event's own outcome.
                var replaced = false
                for (number, replacement) in definition.replacements.enumerated()
                where try replacement.condition.evaluate(in: WorldEnvironment(world: state.world)) != 0 {
                    state.world.events[event] = .fired
                    record(.worldEventReplaced(event: event, replacement: number))
                    try happen(event, .replaced(number), condition: replacement.condition, effects: replacement.outcome.effects)
                    replaced = true
                    break
                }
                if replaced {
                    changed = true
                    continue
                }
                let holds = try definition.condition.map { condition throws(RuntimeError) in
                    try condition.evaluate(in: WorldEnvironment(world: state.world)) != 0
                } ?? true
                if holds {
                    state.world.events[event] = .fired
                    record(.worldEvent(event: event, otherwise: false))
                    try happen(event, .fired, condition: definition.condition, effects: definition.fired.effects)
                    changed = true
                } else if definition.end <= state.world.clock {
                    if let otherwise = definition.otherwise {
                        state.world.events[event] = .otherwise
                        record(.worldEvent(event: event, otherwise: true))
                        try happen(event, .otherwise, condition: definition.condition, effects: otherwise.effects)
                    } else {
                        state.world.events[event] = .lapsed
                        try happen(event, .lapsed, condition: definition.condition, effects: [])
                    }
                    changed = true
                }
            }
            for player in state.players.indices {
                guard case .scene(let scene) = state.players[player].position else { continue }
                // Fields are read in place: copying the whole scene on every settle would cost more than the rest.
                let fallback = storage.scenario.scenes[scene].fallback
                let hasRoutes = !storage.scenario.scenes[scene].routes.isEmpty
                let leading = storage.scenario.scenes[scene].leading
                guard fallback != nil || hasRoutes || leading != nil else { continue }
                let simulation = Simulation(storage: storage)
                var anyAvailable = false
                for choice in storage.scenario.scenes[scene].choices where try simulation.isAvailable(choice, player: player, in: state) {
                    anyAvailable = true
                    break
                }
                if anyAvailable { continue }
                // The first `go … if …` that holds, or else the plain `go` line; none: the player stays.
                var next: Target?
                if hasRoutes {
                    for route in storage.scenario.scenes[scene].routes
                    where try route.condition.evaluate(in: PlayerEnvironment(world: state.world.values, player: state.players[player])) != 0 {
                        next = route.target
                        break
                    }
                }
                if next == nil {
                    guard fallback != nil || leading != nil else { continue }
                    next = try lead(player, to: fallback, by: leading, from: scene)
                }
                guard let next else { continue }
                automaticMoves.append(scene)
                if automaticMoves.count > moveLimit {
                    throw RuntimeError(kind: .endlessLoop(scenes: Self.cycle(in: automaticMoves, storage.scenario)), location: storage.scenario.scenes[scene].location)
                }
                try enter(player, next)
                changed = true
            }
            if !changed { return }
        }
    }

    /// Applies a world event's outcome; first, when events are recorded, says what became of it and when it
    /// really happened.
    private mutating func happen(_ event: Int, _ outcome: WorldEventRecord.Outcome, condition: Expression?,
                                 effects: [Effect]) throws(RuntimeError) {
        guard recordsEvents else {
            try apply(effects, player: nil)
            return
        }
        let moment = happenedMoment(of: event, outcome, condition: condition)
        let decided = WorldEventRecord(event: event, outcome: outcome, happened: moment, heard: state.world.clock, world: state.world.values)
        record(.worldEventDecided(decided))
        let outer = eventMoment
        eventMoment = moment
        try apply(effects, player: nil)
        eventMoment = outer
    }

    /// When an event decided now really happened. The clock can jump past an event's date in one step (a
    /// player moves from one day's scene to the next day's), so the clock is only when the players learn
    /// of it. An event on a date happened on that date; an event in a window happened at the first moment
    /// in it when its condition held for the city as it then was (the changes of this step are replayed
    /// in order, and the dates its condition names are tried); an `otherwise` or a lapse happened when
    /// the window closed. Never before the window opens, nor after it closes or after the clock.
    private func happenedMoment(of index: Int, _ outcome: WorldEventRecord.Outcome, condition: Expression?) -> Moment {
        let start = storage.scenario.events[index].start
        let latest = Swift.min(storage.scenario.events[index].end, state.world.clock)
        switch outcome {
        case .otherwise, .lapsed: return latest
        case .fired, .replaced: break
        }
        guard let condition, start < latest else { return Swift.min(start, latest) }
        let dates = condition.datesRead
        let changes = worldChanges.isEmpty ? [(moment: Moment?.none, values: state.world.values)] : worldChanges
        for change in changes {
            let from = Swift.max(start, change.moment ?? start)
            for now in [from] + dates.filter({ $0 > from && $0 <= latest }) {
                let world = WorldState(values: change.values, clock: now, events: [])
                if ((try? condition.evaluate(in: WorldEnvironment(world: world))) ?? 0) != 0 { return Swift.min(now, latest) }
            }
        }
        return latest
    }

    /// The repeating part of a trail of scenes, for the error message.
    private static func cycle(in trail: [Int], _ scenario: Scenario) -> [String] {
        let last = trail[trail.count - 1]
        let previous = trail.dropLast().lastIndex(of: last) ?? 0
        return trail[previous...].map { scenario.scenes[$0].id }
    }

    /// Applies effects for a player, or for the world (player nil: a world event).
    mutating func apply(_ effects: [Effect], player: Int?) throws(RuntimeError) {
        for effect in effects {
            switch effect {
            case .set(let reference, let expression):
                let value = try evaluate(expression, player: player)
                write(reference, value, player: player)
            case .add(let reference, let expression):
                let amount = try evaluate(expression, player: player)
                let (sum, overflow) = read(reference, player: player).addingReportingOverflow(amount)
                write(reference, overflow ? (amount > 0 ? Int.max : Int.min) : sum, player: player)
            case .advance(let minutes, let location):
                guard let player else { continue }
                let time = state.players[player].time.advanced(byMinutes: minutes)
                guard time.isSupported else { throw RuntimeError(kind: .clockOutOfRange, location: location) }
                state.players[player].time = time
            case .journal(let text):
                guard recordsEvents else { continue }
                // A world event's line carries the moment the event happened, not the later one it was heard.
                let time = player.map { state.players[$0].time } ?? eventMoment ?? state.world.clock
                // A journal line is fixed as it is written: its sequences move on now, for the player who writes it.
                if let player { advance(text, player: player) }
                let fixed = TextRendering.resolvingValues(text, scenario: storage.scenario, state: state, player: player)
                record(.journal(player: player, text: fixed, at: time))
            case .move(let role, let scene):
                for index in state.players.indices where state.players[index].isActive && (role == nil || state.players[index].role == role) {
                    try enter(index, .scene(scene))
                }
            case .conditional(let branches):
                for branch in branches {
                    if let condition = branch.condition, try evaluate(condition, player: player) == 0 { continue }
                    try apply(branch.effects, player: player)
                    break
                }
            }
        }
    }

    private func evaluate(_ expression: Expression, player: Int?) throws(RuntimeError) -> Int {
        if let player {
            return try expression.evaluate(in: PlayerEnvironment(world: state.world.values, player: state.players[player]))
        }
        return try expression.evaluate(in: WorldEnvironment(world: state.world))
    }

    private func read(_ reference: VariableReference, player: Int?) -> Int {
        switch reference.scope {
        case .world: state.world.values[reference.index]
        case .player: player.map { state.players[$0].values[reference.index] } ?? 0
        }
    }

    /// Writes a value, stopping at the variable's range, and reports the change.
    private mutating func write(_ reference: VariableReference, _ value: Int, player: Int?) {
        let limits = reference.scope == .world ? storage.scenario.worldLimits[reference.index] : storage.scenario.playerLimits[reference.index]
        let clamped = Swift.min(Swift.max(value, limits.lowerBound), limits.upperBound)
        let old = read(reference, player: player)
        let noted = recordsEvents && reference.scope == .world && old != clamped
        if noted, worldChanges.isEmpty { worldChanges.append((nil, state.world.values)) }
        defer {
            if noted { worldChanges.append((player.map { state.players[$0].time } ?? eventMoment ?? state.world.clock, state.world.values)) }
        }
        switch reference.scope {
        case .world: state.world.values[reference.index] = clamped
        case .player:
            guard let player else { return }
            state.players[player].values[reference.index] = clamped
        }
        if old != clamped || clamped != value {
            record(.variableChanged(player: reference.scope == .player ? player : nil, variable: reference,
                                           from: old, to: clamped, limited: clamped != value))
        }
    }
}

/// A scenario kept by reference: simulations and their steps share one copy.
final class ScenarioStorage: Sendable {
    let scenario: Scenario

    init(_ scenario: Scenario) {
        self.scenario = scenario
    }
}

extension Simulation {
    init(storage: ScenarioStorage) {
        self.storage = storage
    }
}
