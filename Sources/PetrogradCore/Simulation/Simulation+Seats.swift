/// The table's own actions: players joining, leaving and coming back, a player whose time ran out, and the
/// end of a class game. Their rules are in `docs/simulation.md` ("The table").
extension Simulation {
    /// The most players one game holds (a save with more is refused as damaged).
    public static let playerLimit = 1000

    /// Whose turn it is (counting from 0): of the players still playing, present and not waiting, the one
    /// whose own time is earliest; ties go to the earlier seat. Nil when no one can choose.
    public func turn(in state: GameState) -> Int? {
        turn(in: state, excluding: [])
    }

    func turn(in state: GameState, excluding excluded: Set<Int>) -> Int? {
        var best: Int?
        for (index, player) in state.players.enumerated()
        where player.isActive && !player.isAbsent && player.time <= state.world.clock && !excluded.contains(index) {
            if best.map({ player.time < state.players[$0].time }) ?? true { best = index }
        }
        return best
    }

    /// The players a player waits for (counting from 0): those still playing and present whose time is
    /// earlier than theirs. Empty when the player is not waiting.
    public func waitedFor(by player: Int, in state: GameState) -> [Int] {
        guard state.players.indices.contains(player), state.players[player].time > state.world.clock else { return [] }
        let time = state.players[player].time
        return state.players.indices.filter { other in
            let candidate = state.players[other]
            return other != player && candidate.isActive && !candidate.isAbsent && candidate.time < time
        }
    }

    /// The players who hold the world's clock back while someone waits: those playing and present whose time
    /// is the clock. Empty when no one waits.
    public func holdingBack(in state: GameState) -> [Int] {
        let present = state.players.indices.filter { state.players[$0].isActive && !state.players[$0].isAbsent }
        guard present.contains(where: { state.players[$0].time > state.world.clock }) else { return [] }
        return present.filter { state.players[$0].time <= state.world.clock }
    }

    /// A new player in this role, numbered after the others, at the role's start (or the setup's): their
    /// time starts at the world's clock and moves on to the scene's date, so a late joiner never pulls the
    /// clock back.
    func join(role id: String, name: String?, to state: GameState, setup: Setup) -> Result<Transition, Refusal> {
        guard let role = storage.scenario.roleIndex(id) else { return .failure(.noSuchRole(id)) }
        guard state.players.count < Self.playerLimit else { return .failure(.tableFull(limit: Self.playerLimit)) }
        let start = setup.startScene ?? setup.entry.map { storage.scenario.entries[$0].starts[role] } ?? storage.scenario.roles[role].start
        var player = PlayerState(role: role, position: .scene(start), time: state.world.clock,
                                 values: storage.scenario.playerVariables.map(\.initial),
                                 visited: BitSet(capacity: storage.scenario.scenes.count), usedChoices: BitSet(capacity: 0))
        for (reference, value) in setup.values where reference.scope == .player {
            player.values[reference.index] = storage.scenario.variable(reference).clamped(value)
        }
        var step = Step(storage: storage, state: state)
        step.state.players.append(player)
        let index = step.state.players.count - 1
        step.events.append(.seatChanged(player: index))
        do throws(RuntimeError) {
            try step.enter(index, .scene(start))
            try step.settle()
            step.advanceTextsShown()
        } catch {
            return .failure(.runtime(error))
        }
        return .success(Transition(state: step.state, events: step.events))
    }

    /// A player leaves (`present` false) or comes back (true). Coming back, their time moves up to the
    /// world's clock if the world went on without them.
    func seat(_ number: Int, in state: GameState, present: Bool) -> Result<Transition, Refusal> {
        let player = number - 1
        guard state.players.indices.contains(player) else { return .failure(.noSuchPlayer(number)) }
        guard state.players[player].isAbsent == present else { return .failure(.seatUnchanged(player: number)) }
        var step = Step(storage: storage, state: state)
        step.state.players[player].isAbsent = !present
        if present { step.state.players[player].time = Swift.max(step.state.players[player].time, state.world.clock) }
        step.events.append(.seatChanged(player: player))
        do throws(RuntimeError) {
            try step.settle()
            step.advanceTextsShown()
        } catch {
            return .failure(.runtime(error))
        }
        return .success(Transition(state: step.state, events: step.events))
    }

    /// The choice a player whose time ran out takes: the scene's `default` choice when it is available,
    /// or else the first available choice. Nil when none is.
    public func defaultChoice(for player: Int, in state: GameState) -> Int? {
        let open = options(for: player, in: state).filter(\.isAvailable).map(\.choice)
        return open.first { storage.scenario.choices[$0].isDefault } ?? open.first
    }

    func timeOut(_ number: Int, in state: GameState) -> Result<Transition, Refusal> {
        let player = number - 1
        guard state.players.indices.contains(player) else { return .failure(.noSuchPlayer(number)) }
        guard state.players[player].isActive else { return .failure(.finished(player: number)) }
        guard !state.players[player].isAbsent else { return .failure(.absent(player: number)) }
        if state.players[player].time > state.world.clock {
            return .failure(.waiting(player: number, until: state.players[player].time))
        }
        guard let choice = defaultChoice(for: player, in: state) else { return .failure(.unavailable("(no choice is open)")) }
        return apply(.choose(player: number, choice: storage.scenario.choices[choice].id), to: state).map { transition in
            Transition(state: transition.state, events: [.timedOut(player: player, choice: choice)] + transition.events)
        }
    }

    /// The most steps `end` takes, so that a story whose choices lead round in a circle still ends.
    static let endStepLimit = 20_000

    /// Every seat plays on until it reaches an ending: players who left come back, and whoever's turn it is
    /// takes their scene's default choice, or, in a scene they have stood in before during the end, the
    /// next of its choices, so no circle is walked twice the same way. A seat that cannot go on stays
    /// where it is; the rest go on.
    func end(_ state: GameState) -> Result<Transition, Refusal> {
        var current = state
        var events: [GameEvent] = []
        for player in current.players.indices where current.players[player].isAbsent {
            current.players[player].isAbsent = false
            current.players[player].time = Swift.max(current.players[player].time, current.world.clock)
            events.append(.seatChanged(player: player))
        }
        var tries: [Int: Int] = [:]
        var stuck: Set<Int> = []
        var steps = 0
        while steps < Self.endStepLimit, let player = turn(in: current, excluding: stuck) {
            steps += 1
            guard case .scene(let scene) = current.players[player].position else { break }
            let open = options(for: player, in: current).filter(\.isAvailable).map(\.choice)
            guard !open.isEmpty else { stuck.insert(player); continue }
            let ordered = open.filter { storage.scenario.choices[$0].isDefault } + open.filter { !storage.scenario.choices[$0].isDefault }
            let key = player &* storage.scenario.scenes.count &+ scene
            let seen = tries[key, default: 0]
            tries[key] = seen + 1
            let choice = ordered[seen % ordered.count]
            switch apply(.choose(player: player + 1, choice: storage.scenario.choices[choice].id), to: current) {
            case .success(let transition):
                current = transition.state
                events += transition.events
            case .failure:
                stuck.insert(player)
            }
        }
        return .success(Transition(state: current, events: events))
    }
}
