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
                case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
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
}
