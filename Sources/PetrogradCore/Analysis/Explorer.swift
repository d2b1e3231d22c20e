/// Automated play-testing: the computer plays a scenario, one role at a time, to find dead ends,
/// unreachable scenes and choices, runtime errors and lopsided endings.
///
/// Exhaustive search is breadth-first over distinct states, following every outcome of every chance roll
/// (so the generator's state is left out of what makes states distinct), which means the first path found
/// to any problem is a shortest one. Random play runs seeded playthroughs and counts what happens.
public struct Explorer: Sendable {
    public let scenario: Scenario
    let simulation: Simulation
    let relevance: Relevance
    /// The scenario compiled for random play on the machine.
    let machineProgram: MachineProgram
    /// How every game explored starts: from the roles' starts, or at an entry point.
    public let setup: Simulation.Setup

    public init(scenario: Scenario, setup: Simulation.Setup = .init()) {
        self.scenario = scenario
        self.setup = setup
        simulation = Simulation(scenario: scenario)
        relevance = Relevance(scenario)
        machineProgram = MachineProgram(scenario)
    }

    /// Which parts of the state can change what happens next: variables and visits read by guards and
    /// event conditions, and by effects on variables that are themselves relevant. Values read only by
    /// passages and text change what a player reads, never where the game can go, so exhaustive search
    /// leaves them out when it decides whether two states are the same.
    struct Relevance: Sendable {
        var world: [Bool]
        var player: [Bool]
        var visited: [Bool]
        /// `visited` as a set, to mask visits with.
        var visitedMask = BitSet(capacity: 0)

        init(_ scenario: Scenario) {
            world = Array(repeating: false, count: scenario.worldVariables.count)
            player = Array(repeating: false, count: scenario.playerVariables.count)
            visited = Array(repeating: false, count: scenario.scenes.count)
            var conditions: [Expression] = scenario.choices.compactMap(\.guardCondition)
            for event in scenario.events {
                conditions += [event.condition].compactMap { $0 } + event.replacements.map(\.condition)
                // What texts assume is checked on every step, so it must be exact in the states kept.
                let outcomes = [event.fired] + [event.otherwise].compactMap { $0 } + event.replacements.map(\.outcome)
                conditions += outcomes.flatMap { $0.assumptions.map(\.condition) }
            }
            // Effects: what a relevant variable is set from is relevant too, until nothing changes. The
            // condition of a conditional effect decides what happens, so it is relevant itself.
            var effects: [Effect] = []
            for choice in scenario.choices { effects += choice.effects + choice.outcomes.flatMap(\.effects) }
            for scene in scenario.scenes { effects += scene.effects }
            for event in scenario.events {
                effects += event.fired.effects + (event.otherwise?.effects ?? []) + event.replacements.flatMap(\.outcome.effects)
            }
            effects = Effect.flattened(effects)
            for case .conditional(let branches) in effects {
                conditions += branches.compactMap(\.condition)
            }
            conditions += scenario.scenes.flatMap { $0.routes.map(\.condition) }
            for condition in conditions { mark(condition) }
            // Where calls of shared scenes return decides where players go.
            for slot in scenario.returnSlots { player[slot] = true }
            var changed = true
            while changed {
                changed = false
                for effect in effects {
                    guard case .set(let target, let expression) = effect, isRelevant(target) else {
                        if case .add(let target, let expression) = effect, isRelevant(target) { changed = mark(expression) || changed }
                        continue
                    }
                    changed = mark(expression) || changed
                }
            }
            for (scene, isRelevant) in visited.enumerated() where isRelevant { visitedMask.insert(scene) }
        }

        func isRelevant(_ reference: VariableReference) -> Bool {
            reference.scope == .world ? world[reference.index] : player[reference.index]
        }

        /// Marks what an expression reads; true when something new was marked.
        @discardableResult
        mutating func mark(_ expression: Expression) -> Bool {
            var changed = false
            func visit(_ expression: Expression) {
                switch expression {
                case .variable(let reference):
                    if reference.scope == .world, !world[reference.index] { world[reference.index] = true; changed = true }
                    if reference.scope == .player, !player[reference.index] { player[reference.index] = true; changed = true }
                case .visited(let scene):
                    if !visited[scene] { visited[scene] = true; changed = true }
                case .constant, .before, .notBefore: break
                case .not(let a), .negate(let a): visit(a)
                case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b, _):
                    visit(a)
                    visit(b)
                }
            }
            visit(expression)
            return changed
        }

        /// The state with everything irrelevant set to a fixed value. Only values that are not already
        /// that value are written, so an array nobody changes is not copied.
        func key(_ state: GameState) -> GameState {
            var key = state
            key.random = RandomSource(seed: 0)
            for index in key.world.values.indices where !world[index] && key.world.values[index] != 0 { key.world.values[index] = 0 }
            for number in key.players.indices {
                for index in key.players[number].values.indices where !player[index] && key.players[number].values[index] != 0 {
                    key.players[number].values[index] = 0
                }
                key.players[number].visited = key.players[number].visited.intersection(visitedMask)
            }
            return key
        }
    }

    // MARK: Exhaustive

    /// A problem found, with the shortest list of actions that leads to it from the start.
    public struct Finding: Sendable {
        public enum Kind: Sendable {
            /// The player stands in a scene with no available choice and nowhere to go.
            case deadEnd(scene: Int)
            /// The player is in a scene from which no sequence of choices leads to an ending (exhaustive
            /// search: the first such state on its way in).
            case trap(scene: Int)
            /// A random game made this many choices without reaching an ending; it was in this scene.
            case choiceCap(scene: Int, choices: Int)
            /// The scenario failed while playing.
            case runtimeError(RuntimeError)
            /// The game could not even start.
            case startFailed(RuntimeError)
            /// An event's text showed where a line `assumes` of its outcome was false.
            case brokenAssumption(event: Int, outcome: WorldEventRecord.Outcome, assumption: Assumption)
        }

        public var kind: Kind
        public var path: [Action]
    }

    /// What exhaustive search found for one role.
    public struct ExhaustiveReport: Sendable {
        public var role: Int
        /// False when the state limit stopped the search: then "nothing found" proves nothing.
        public var isComplete: Bool
        public var states: Int
        public var transitions: Int
        public var scenesReached: BitSet
        public var choicesTaken: BitSet
        /// How many distinct final states reach each ending (indexed like `Scenario.endings`).
        public var endings: [Int]
        public var findings: [Finding]
        /// The most actions on any shortest path to a state.
        public var depth: Int
        /// Bytes of state kept per distinct state (the stored values, an estimate of the search's memory).
        public var bytesPerState: Int
        /// The fewest real decisions on any path from the start to an ending (a real decision: a state
        /// where at least two available choices lead to different states), and the number of different
        /// days those decisions fall on; nil when no ending is reached or the search was cut short.
        public var fewestDecisions: (decisions: Int, days: Int)?
        /// The outcomes of the world events that branches replace, in transitions.
        public var replacedEvents: [ReplacedEventCount] = []
    }

    /// Searches every reachable state of a one-player game in `role`, up to `limit` distinct states.
    public func exhaustive(role: Int, limit: Int = 2_000_000, progress: ((Int) -> Void)? = nil) -> ExhaustiveReport {
        var report = ExhaustiveReport(role: role, isComplete: true, states: 0, transitions: 0,
                                      scenesReached: BitSet(capacity: scenario.scenes.count),
                                      choicesTaken: BitSet(capacity: scenario.choices.count),
                                      endings: Array(repeating: 0, count: scenario.endings.count), findings: [], depth: 0, bytesPerState: 0,
                                      fewestDecisions: nil)
        let start: GameState
        var replaced = replacedEventCounts()
        let assumed = eventsWithAssumptions()
        var errorKeys = Set<String>()
        switch simulation.start(roles: [role], seed: 0, setup: setup) {
        case .failure(let error):
            report.findings.append(Finding(kind: .startFailed(error), path: []))
            return report
        case .success(let transition):
            start = relevance.key(transition.state)
            Self.count(transition.events, into: &replaced)
            if let broken = brokenAssumption(in: transition.events, state: transition.state), let key = Self.key(broken) {
                errorKeys.insert(key)
                report.findings.append(Finding(kind: broken, path: []))
            }
        }
        var index: [GameState: Int] = [start: 0]
        var states: [GameState] = [start]
        var parents: [(parent: Int, action: Action?)] = [(-1, nil)]
        var depths: [Int] = [0]
        var successors: [[Int]] = [[]]
        var isDecision: [Bool] = [false]
        var deadEndScenes = Set<Int>()
        // States already reported (dead ends) or where the scenario failed: no trap is reported through them.
        var explained: [Bool] = [false]
        var cursor = 0
        while cursor < states.count {
            let state = states[cursor]
            let here = cursor
            cursor += 1
            if let progress, cursor % 100_000 == 0 { progress(cursor) }
            let player = state.players[0]
            guard case .scene(let scene) = player.position else {
                if case .ending(let ending) = player.position { report.endings[ending] += 1 }
                continue
            }
            report.scenesReached.insert(scene)
            var anyAvailable = false
            var outcomes = Set<Int>()
            var chanceChoices = 0
            for choice in scenario.scenes[scene].choices {
                do throws(RuntimeError) {
                    guard try simulation.isAvailable(choice, player: 0, in: state) else { continue }
                } catch {
                    // A condition that cannot be decided (division by zero) is a finding, not a hidden choice.
                    explained[here] = true
                    if errorKeys.insert(error.description).inserted {
                        report.findings.append(Finding(kind: .runtimeError(error), path: path(to: here, parents)))
                    }
                    continue
                }
                anyAvailable = true
                let definition = scenario.choices[choice]
                if definition.hasChance { chanceChoices += 1 }
                let outcomeCount = definition.hasChance ? Self.outcomeCount(definition) : 1
                for outcome in 0..<outcomeCount {
                    let forced: Int? = definition.hasChance ? outcome : nil
                    let action = Action.choose(player: 1, choice: definition.id, outcome: forced.map { $0 + 1 })
                    report.transitions += 1
                    var successor = state
                    do throws(RuntimeError) {
                        try simulation.advance(&successor, player: 0, choice: choice, outcome: forced)
                    } catch {
                        report.choicesTaken.insert(choice)
                        explained[here] = true
                        if errorKeys.insert(error.description).inserted {
                            report.findings.append(Finding(kind: .runtimeError(error), path: path(to: here, parents) + [action]))
                        }
                        continue
                    }
                    report.choicesTaken.insert(choice)
                    if !replaced.isEmpty, Self.settlesCounted(replaced, from: state, to: successor) {
                        countStep(action, from: state, outcome: forced, into: &replaced)
                    }
                    if !assumed.isEmpty, let broken = brokenAssumption(from: state, to: successor, action: action, outcome: forced, events: assumed),
                       let key = Self.key(broken), errorKeys.insert(key).inserted {
                        report.findings.append(Finding(kind: broken, path: path(to: here, parents) + [action]))
                    }
                    let next = relevance.key(successor)
                    if let known = index[next] {
                        successors[here].append(known)
                        if definition.hasChance == false { outcomes.insert(known) }
                        continue
                    }
                    if states.count >= limit {
                        report.isComplete = false
                        continue
                    }
                    index[next] = states.count
                    successors[here].append(states.count)
                    if definition.hasChance == false { outcomes.insert(states.count) }
                    states.append(next)
                    parents.append((here, action))
                    depths.append(depths[here] + 1)
                    successors.append([])
                    isDecision.append(false)
                    explained.append(false)
                }
            }
            // A chance choice counts as its own way forward, whatever the roll brings.
            isDecision[here] = outcomes.count + chanceChoices >= 2
            if !anyAvailable {
                explained[here] = true
                if deadEndScenes.insert(scene).inserted {
                    report.findings.append(Finding(kind: .deadEnd(scene: scene), path: path(to: here, parents)))
                }
            }
        }
        report.states = states.count
        report.depth = depths.max() ?? 0
        markScenesPassedThrough(&report.scenesReached)
        if report.isComplete {
            report.fewestDecisions = Self.fewestDecisions(states: states, successors: successors, isDecision: isDecision)
            for trap in Self.trapEntries(states: states, successors: successors, explained: explained) {
                report.findings.append(Finding(kind: .trap(scene: trap.scene), path: path(to: trap.state, parents)))
            }
        }
        report.bytesPerState = Self.storedBytes(start)
        report.replacedEvents = replaced
        return report
    }

    /// A scene without choices (a `go` line's stop, a junction, a `return`) hands players on at once, so no
    /// state ever stands in it: it was reached when a reached scene leads into it.
    func markScenesPassedThrough(_ reached: inout BitSet) {
        var queue = (0..<scenario.scenes.count).filter { reached.contains($0) }
        while let scene = queue.popLast() {
            for case .scene(let next) in scenario.destinations(ofScene: scene)
            where scenario.scenes[next].choices.isEmpty && !reached.contains(next) {
                reached.insert(next)
                queue.append(next)
            }
        }
    }

    /// 0-1 breadth-first search: a step out of a decision state costs one. Returns the fewest decisions on
    /// any path to an ending and the days of the decisions on that path.
    static func fewestDecisions(states: [GameState], successors: [[Int]], isDecision: [Bool]) -> (decisions: Int, days: Int)? {
        var cost = Array(repeating: Int.max, count: states.count)
        var previous = Array(repeating: -1, count: states.count)
        var deque: [Int] = [0]
        var head = 0
        cost[0] = 0
        // Zero-cost steps are followed first (a stack), one-cost steps wait in a queue; a state whose cost
        // improves is visited again, so the result is exact.
        var front: [Int] = []
        while head < deque.count || !front.isEmpty {
            let node: Int
            if let last = front.popLast() { node = last } else { node = deque[head]; head += 1 }
            let step = isDecision[node] ? 1 : 0
            for next in successors[node] where cost[node] + step < cost[next] {
                cost[next] = cost[node] + step
                previous[next] = node
                if step == 0 { front.append(next) } else { deque.append(next) }
            }
        }
        var best: Int?
        for (index, state) in states.enumerated() where cost[index] != Int.max {
            if case .ending = state.players[0].position, best.map({ cost[index] < cost[$0] }) ?? true { best = index }
        }
        guard let best else { return nil }
        var days = Set<Int>()
        var node = previous[best]
        while node >= 0 {
            if isDecision[node] { days.insert(states[node].players[0].time.dayNumber) }
            node = previous[node]
        }
        return (cost[best], days.count)
    }

    /// The states on the way into traps: states from which no ending can be reached, nor a state already
    /// explained (a dead end, a failure). States are taken in the order found, so each is the first of its
    /// trap on a shortest path; the states it leads to, and further states in the same scene, are not
    /// reported again.
    static func trapEntries(states: [GameState], successors: [[Int]], explained: [Bool]) -> [(state: Int, scene: Int)] {
        let ends = states.indices.filter { index in
            if case .ending = states[index].players[0].position { return true }
            return explained[index]
        }
        var covered = SceneGraph.reaching(ends, successors: successors)
        var reportedScenes = Set<Int>()
        var entries: [(state: Int, scene: Int)] = []
        for index in states.indices where !covered[index] {
            guard case .scene(let scene) = states[index].players[0].position else { continue }
            if reportedScenes.insert(scene).inserted { entries.append((index, scene)) }
            var pending = [index]
            covered[index] = true
            while let state = pending.popLast() {
                for next in successors[state] where !covered[next] {
                    covered[next] = true
                    pending.append(next)
                }
            }
        }
        return entries
    }

    /// The number of outcomes of a chance choice, counting the remainder when its chances leave one.
    static func outcomeCount(_ choice: Choice) -> Int {
        let total = choice.outcomes.reduce(0) { $0 + ($1.percent ?? 0) }
        return choice.outcomes.count + (total < 100 ? 1 : 0)
    }


    private func path(to index: Int, _ parents: [(parent: Int, action: Action?)]) -> [Action] {
        var actions: [Action] = []
        var current = index
        while current > 0 {
            if let action = parents[current].action { actions.append(action) }
            current = parents[current].parent
        }
        return actions.reversed()
    }

    /// Bytes of values a state holds (world, players, events, visits), as stored in the search.
    static func storedBytes(_ state: GameState) -> Int {
        let words = state.world.values.count + state.players.reduce(0) { $0 + $1.values.count + 4 } + 2
        let bits = state.world.events.count + state.players.reduce(0) { $0 + ($1.visited.members.last ?? 0) / 8 + 16 }
        return words * MemoryLayout<Int>.size + bits + MemoryLayout<GameState>.size
    }
}
