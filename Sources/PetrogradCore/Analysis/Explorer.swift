/// Automated play-testing: the computer plays a scenario, one role at a time, to find dead ends,
/// unreachable scenes and choices, runtime errors and lopsided endings.
///
/// Exhaustive search (`Explorer+Exhaustive.swift`) is breadth-first over distinct states, following every
/// outcome of every chance roll (so the generator's state is left out of what makes states distinct),
/// which means the first path found to any problem is a shortest one. Random play runs seeded playthroughs
/// and counts what happens.
public struct Explorer: Sendable {
    public let scenario: Scenario
    let simulation: Simulation
    let relevance: Relevance
    /// How every game explored starts: from the roles' starts, or at an entry point.
    public let setup: Simulation.Setup

    public init(scenario: Scenario, setup: Simulation.Setup = .init()) {
        self.scenario = scenario
        self.setup = setup
        simulation = Simulation(scenario: scenario)
        relevance = Relevance(scenario)
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
        /// Bytes of the visited set and the queue (the states' packed keys and the table that finds them,
        /// as allocated) divided by the number of states.
        public var bytesPerState: Int
        /// The fewest real decisions on any path from the start to an ending (a real decision: a state
        /// where at least two available choices lead to different states), and the number of different
        /// days those decisions fall on; nil when no ending is reached or the search was cut short.
        public var fewestDecisions: (decisions: Int, days: Int)?
        /// The outcomes of the world events that branches replace, in transitions.
        public var replacedEvents: [ReplacedEventCount] = []
        /// Bytes the whole search held at the end: the visited set and queue, parents and transitions.
        public var memoryBytes = 0
    }

    // MARK: Random

    /// How random play picks among the available choices.
    public enum Strategy: String, Sendable, CaseIterable {
        /// Every available choice equally likely.
        case uniform
        /// The choice taken least often so far (across all runs), to reach the corners.
        case leastUsed = "least-used"
    }

    /// The smallest, largest and mean of some whole numbers, kept without overflow: the sum is held in 128
    /// bits, which no count of 64-bit values that fits in memory or time can overflow.
    public struct Summary: Sendable, Equatable {
        /// How many values were added.
        public private(set) var count = 0
        public private(set) var minimum = Int.max
        public private(set) var maximum = Int.min
        public private(set) var sum: Int128 = 0

        public init() {}

        /// The mean of the values added; nil when there are none.
        public var mean: Double? { count == 0 ? nil : Double(sum) / Double(count) }

        public mutating func add(_ value: Int) {
            count += 1
            minimum = Swift.min(minimum, value)
            maximum = Swift.max(maximum, value)
            sum += Int128(value)
        }
    }

    /// What random play found for one role.
    public struct RandomReport: Sendable {
        public var role: Int
        public var strategy: Strategy
        public var runs: Int
        public var choicesMade: Int
        public var sceneHits: [Int]
        public var choiceHits: [Int]
        public var endings: [Int]
        /// Runs that stopped without an ending: stuck (dead end) or too long.
        public var unfinished: Int
        /// Runs stopped by the choice cap: each made that many choices without reaching an ending.
        public var cutShort: Int
        public var findings: [Finding]
        /// Each world and player variable at the end of the runs that started.
        public var worldValues: [Summary]
        public var playerValues: [Summary]
        /// The turns of the runs that reached an ending.
        public var turns: Summary
        /// Scenes without choices that games passed through (by `go` lines, junctions, returns): no choice
        /// is ever made in them, so they have no hits, but they were reached.
        public var scenesPassedThrough = BitSet(capacity: 0)
        /// The outcomes of the world events that branches replace, in games.
        public var replacedEvents: [ReplacedEventCount] = []
    }

    /// The most choices a random game makes before it is stopped, unless told otherwise.
    public static let defaultChoiceCap = 10_000

    /// Plays `runs` seeded games of `role`, each stopped after `maximumChoices` choices; a game stopped so
    /// is counted and its first occurrence is a finding (a trap, or a game longer than the cap).
    public func random(role: Int, runs: Int, seed: UInt64, strategy: Strategy, maximumChoices: Int = defaultChoiceCap) -> RandomReport {
        var report = RandomReport(role: role, strategy: strategy, runs: runs, choicesMade: 0,
                                  sceneHits: Array(repeating: 0, count: scenario.scenes.count),
                                  choiceHits: Array(repeating: 0, count: scenario.choices.count),
                                  endings: Array(repeating: 0, count: scenario.endings.count), unfinished: 0, cutShort: 0, findings: [],
                                  worldValues: scenario.worldVariables.map { _ in Summary() },
                                  playerValues: scenario.playerVariables.map { _ in Summary() },
                                  turns: Summary())
        var picker = RandomSource(seed: seed ^ 0x5EED)
        var errorKeys = Set<String>()
        var available: [Int] = []
        report.replacedEvents = replacedEventCounts()
        let assumed = eventsWithAssumptions()
        for run in 0..<max(0, runs) {
            guard case .success(let started) = simulation.start(roles: [role], seed: seed &+ UInt64(run), setup: setup) else {
                report.unfinished += 1
                continue
            }
            Self.count(started.events, into: &report.replacedEvents)
            if let broken = brokenAssumption(in: started.events, state: started.state), let key = Self.key(broken), errorKeys.insert(key).inserted {
                report.findings.append(Finding(kind: broken, path: []))
            }
            var state = started.state
            var path: [Int] = []
            var turns = 0
            var stopped = false
            func actions(_ path: [Int]) -> [Action] { path.map { Action.choose(player: 1, choice: scenario.choices[$0].id) } }
            while !stopped, case .scene(let scene) = state.players[0].position {
                if turns >= maximumChoices {
                    report.cutShort += 1
                    if errorKeys.insert("choice cap").inserted {
                        report.findings.append(Finding(kind: .choiceCap(scene: scene, choices: turns), path: actions(path)))
                    }
                    break
                }
                report.sceneHits[scene] += 1
                available.removeAll(keepingCapacity: true)
                for choice in scenario.scenes[scene].choices {
                    do throws(RuntimeError) {
                        if try simulation.isAvailable(choice, player: 0, in: state) { available.append(choice) }
                    } catch {
                        if errorKeys.insert(error.description).inserted {
                            report.findings.append(Finding(kind: .runtimeError(error), path: actions(path)))
                        }
                    }
                }
                if available.isEmpty {
                    if errorKeys.insert("dead end \(scene)").inserted {
                        report.findings.append(Finding(kind: .deadEnd(scene: scene), path: actions(path)))
                    }
                    break
                }
                let choice: Int
                switch strategy {
                case .uniform:
                    choice = available[Int(picker.next() % UInt64(available.count))]
                case .leastUsed:
                    let fewest = available.map { report.choiceHits[$0] }.min()!
                    let candidates = available.filter { report.choiceHits[$0] == fewest }
                    choice = candidates[Int(picker.next() % UInt64(candidates.count))]
                }
                report.choiceHits[choice] += 1
                report.choicesMade += 1
                turns += 1
                path.append(choice)
                let before = report.replacedEvents.isEmpty && assumed.isEmpty ? nil : state
                do throws(RuntimeError) {
                    try simulation.advance(&state, player: 0, choice: choice, outcome: nil)
                    let action = Action.choose(player: 1, choice: scenario.choices[choice].id)
                    if let before, !report.replacedEvents.isEmpty, Self.settlesCounted(report.replacedEvents, from: before, to: state) {
                        countStep(action, from: before, outcome: nil, into: &report.replacedEvents)
                    }
                    if let before, !assumed.isEmpty, let broken = brokenAssumption(from: before, to: state, action: action, outcome: nil, events: assumed),
                       let key = Self.key(broken), errorKeys.insert(key).inserted {
                        report.findings.append(Finding(kind: broken, path: actions(path)))
                    }
                } catch {
                    if errorKeys.insert(error.description).inserted {
                        report.findings.append(Finding(kind: .runtimeError(error), path: actions(path)))
                    }
                    stopped = true
                }
            }
            if case .ending(let ending) = state.players[0].position {
                report.endings[ending] += 1
                report.turns.add(turns)
            } else {
                report.unfinished += 1
            }
            for (index, value) in state.world.values.enumerated() { report.worldValues[index].add(value) }
            for (index, value) in state.players[0].values.enumerated() { report.playerValues[index].add(value) }
        }
        var reached = BitSet(capacity: scenario.scenes.count)
        for (scene, hits) in report.sceneHits.enumerated() where hits > 0 { reached.insert(scene) }
        reached.insert(setup.entry.map { scenario.entries[$0].starts[role] } ?? scenario.roles[role].start)
        markScenesPassedThrough(&reached)
        for scene in scenario.scenes.indices where reached.contains(scene) && report.sceneHits[scene] == 0 {
            report.scenesPassedThrough.insert(scene)
        }
        return report
    }
}
