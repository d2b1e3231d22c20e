/// Random play: seeded games of one role, counting scenes, choices, endings and values, and keeping the
/// first path to each problem.
extension Explorer {
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
    ///
    /// The games run on the machine (`Machine`, flat states and compiled conditions); the report is exactly
    /// the reference's (`randomReference`). Steps that decide a world event whose outcomes are counted
    /// (branches replace it) or whose texts assume something are looked at again as `GameState`s.
    public func random(role: Int, runs: Int, seed: UInt64, strategy: Strategy, maximumChoices: Int = defaultChoiceCap) -> RandomReport {
        guard runs > 0, case .success(let started) = simulation.start(roles: [role], seed: seed, setup: setup),
              let template = machineProgram.slots(of: started.state) else {
            return randomReference(role: role, runs: runs, seed: seed, strategy: strategy, maximumChoices: maximumChoices)
        }
        let program = machineProgram
        let layout = program.layout
        let machine = Machine(program: program, role: role)
        var report = emptyRandomReport(role: role, runs: runs, strategy: strategy)
        var picker = RandomSource(seed: seed ^ 0x5EED)
        var errorKeys = Set<String>()
        // The choices available in the scene at hand: the first `availableCount` of a buffer as long as the
        // most choices any scene has.
        let available = UnsafeMutablePointer<Int>.allocate(capacity: max(1, scenario.scenes.map(\.choices.count).max() ?? 0))
        defer { available.deallocate() }
        let assumed = eventsWithAssumptions()
        // The events whose deciding steps are looked at again.
        let watched = Array(Set(report.replacedEvents.map(\.event) + assumed)).sorted()
        let state = UnsafeMutablePointer<Int>.allocate(capacity: layout.count)
        let before = UnsafeMutablePointer<Int>.allocate(capacity: layout.count)
        defer {
            state.deallocate()
            before.deallocate()
        }
        func gameState(_ slots: UnsafeMutablePointer<Int>) -> GameState {
            program.gameState(of: Array(UnsafeBufferPointer(start: slots, count: layout.count)), role: role)
        }
        var path: [Int] = []
        func actions(_ path: [Int]) -> [Action] { path.map { Action.choose(player: 1, choice: scenario.choices[$0].id) } }
        // Every run starts from the same state, so what its start broke or settled is the same each time:
        // looked at once, counted every run.
        let brokenAtStart = brokenAssumption(in: started.events, state: started.state)
        let countsStart = !report.replacedEvents.isEmpty
        for run in 0..<runs {
            // A game's start draws nothing, so every run starts from the same state with its own seed.
            state.update(from: template, count: layout.count)
            state[MachineLayout.seed] = Int(bitPattern: UInt(seed &+ UInt64(run)))
            if countsStart { Self.count(started.events, into: &report.replacedEvents) }
            if let broken = brokenAtStart, let key = Self.key(broken), errorKeys.insert(key).inserted {
                report.findings.append(Finding(kind: broken, path: []))
            }
            path.removeAll(keepingCapacity: true)
            var turns = 0
            while state[MachineLayout.position] >= 0 {
                let scene = state[MachineLayout.position]
                if turns >= maximumChoices {
                    report.cutShort += 1
                    if errorKeys.insert("choice cap").inserted {
                        report.findings.append(Finding(kind: .choiceCap(scene: scene, choices: turns), path: actions(path)))
                    }
                    break
                }
                report.sceneHits[scene] += 1
                var availableCount = 0
                for choice in machine.choices(ofScene: scene) {
                    do throws(RuntimeError) {
                        if try machine.isAvailable(choice, in: state) {
                            available[availableCount] = choice
                            availableCount += 1
                        }
                    } catch {
                        if errorKeys.insert(error.description).inserted {
                            report.findings.append(Finding(kind: .runtimeError(error), path: actions(path)))
                        }
                    }
                }
                if availableCount == 0 {
                    if errorKeys.insert("dead end \(scene)").inserted {
                        report.findings.append(Finding(kind: .deadEnd(scene: scene), path: actions(path)))
                    }
                    break
                }
                let choice: Int
                switch strategy {
                case .uniform:
                    choice = available[Self.pick(picker.next(), among: availableCount)]
                case .leastUsed:
                    let available = UnsafeBufferPointer(start: available, count: availableCount)
                    let fewest = available.map { report.choiceHits[$0] }.min()!
                    let candidates = available.filter { report.choiceHits[$0] == fewest }
                    choice = candidates[Int(picker.next() % UInt64(candidates.count))]
                }
                report.choiceHits[choice] += 1
                report.choicesMade += 1
                turns += 1
                path.append(choice)
                if !watched.isEmpty { before.update(from: state, count: layout.count) }
                do throws(RuntimeError) {
                    try machine.take(choice, outcome: nil, in: state)
                } catch {
                    if errorKeys.insert(error.description).inserted {
                        report.findings.append(Finding(kind: .runtimeError(error), path: actions(path)))
                    }
                    break
                }
                let pending = Int(EventStatus.pending.rawValue)
                guard watched.contains(where: { layout.eventStatus($0, in: before) == pending && layout.eventStatus($0, in: state) != pending }) else { continue }
                let (old, new) = (gameState(before), gameState(state))
                let action = Action.choose(player: 1, choice: scenario.choices[choice].id)
                if !report.replacedEvents.isEmpty, Self.settlesCounted(report.replacedEvents, from: old, to: new) {
                    countStep(action, from: old, outcome: nil, into: &report.replacedEvents)
                }
                if !assumed.isEmpty, let broken = brokenAssumption(from: old, to: new, action: action, outcome: nil, events: assumed),
                   let key = Self.key(broken), errorKeys.insert(key).inserted {
                    report.findings.append(Finding(kind: broken, path: actions(path)))
                }
            }
            let position = state[MachineLayout.position]
            if position < 0 {
                report.endings[-position - 1] += 1
                report.turns.add(turns)
            } else {
                report.unfinished += 1
            }
            for index in report.worldValues.indices { report.worldValues[index].add(state[layout.worldBase + index]) }
            for index in report.playerValues.indices { report.playerValues[index].add(state[layout.playerBase + index]) }
        }
        markScenesPassedThrough(into: &report, role: role)
        return report
    }

    /// `random % count`, without a division when the count is a power of two (most scenes offer one,
    /// two or four choices), since the division is the slowest part of a step.
    @inline(__always)
    static func pick(_ random: UInt64, among count: Int) -> Int {
        count & (count - 1) == 0 ? Int(random & UInt64(count - 1)) : Int(random % UInt64(count))
    }

    /// A report of random play before any game: every count zero, the replaced events listed.
    private func emptyRandomReport(role: Int, runs: Int, strategy: Strategy) -> RandomReport {
        var report = RandomReport(role: role, strategy: strategy, runs: runs, choicesMade: 0,
                                  sceneHits: Array(repeating: 0, count: scenario.scenes.count),
                                  choiceHits: Array(repeating: 0, count: scenario.choices.count),
                                  endings: Array(repeating: 0, count: scenario.endings.count), unfinished: 0, cutShort: 0, findings: [],
                                  worldValues: scenario.worldVariables.map { _ in Summary() },
                                  playerValues: scenario.playerVariables.map { _ in Summary() },
                                  turns: Summary())
        report.replacedEvents = replacedEventCounts()
        return report
    }

    /// Scenes without choices that the games passed through: reached from a scene a game stood in.
    private func markScenesPassedThrough(into report: inout RandomReport, role: Int) {
        var reached = BitSet(capacity: scenario.scenes.count)
        for (scene, hits) in report.sceneHits.enumerated() where hits > 0 { reached.insert(scene) }
        reached.insert(setup.entry.map { scenario.entries[$0].starts[role] } ?? scenario.roles[role].start)
        markScenesPassedThrough(&reached)
        for scene in scenario.scenes.indices where reached.contains(scene) && report.sceneHits[scene] == 0 {
            report.scenesPassedThrough.insert(scene)
        }
    }

    /// Random play on the reference simulation (`Simulation.advance` on `GameState`s): what `random` must
    /// report exactly, kept for the tests that compare the two and for games the machine does not play.
    func randomReference(role: Int, runs: Int, seed: UInt64, strategy: Strategy, maximumChoices: Int = defaultChoiceCap) -> RandomReport {
        var report = emptyRandomReport(role: role, runs: runs, strategy: strategy)
        var picker = RandomSource(seed: seed ^ 0x5EED)
        var errorKeys = Set<String>()
        var available: [Int] = []
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
        markScenesPassedThrough(into: &report, role: role)
        return report
    }
}
