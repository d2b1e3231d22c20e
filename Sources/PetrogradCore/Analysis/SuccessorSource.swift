/// Where exhaustive search gets a state's ways forward: one packed state in, every available choice and
/// every outcome of its chance rolls out, each as a packed successor or a problem. The search itself
/// (the visited set, the queue, the threads, the findings) only sees keys, so a faster step can be
/// plugged in here without touching it.
protocol SuccessorSource: Sendable {
    /// Appends what the state with key `key`, standing in `scene`, leads to.
    func expand(_ key: UnsafePointer<UInt64>, scene: Int, into buffer: inout ExpansionBuffer)
}

/// What one worker found for a run of consecutive states, in their order, to be merged in that order.
struct ExpansionBuffer {
    /// One way forward tried: a choice (and outcome) with its successor, or what went wrong.
    struct Transition {
        enum Kind: UInt8 {
            case successor
            /// The choice's condition could not be decided.
            case availabilityError
            /// Taking the choice failed.
            case stepError
            /// The successor has a value outside the range the layout allows.
            case unpackable
        }

        var choice: Int32
        /// The forced outcome, -1 for none.
        var outcome: Int32
        var kind: Kind
        var hasChance: Bool
        /// Index into `problems`, or -1.
        var problem: Int32
    }

    /// One state expanded.
    struct Expanded {
        /// End of its transitions in `transitions`.
        var transitionEnd: Int
        var anyAvailable: Bool
        var chanceChoices: Int
        /// Choice outcomes tried (the report's transitions).
        var attempts: Int
        /// How many different states the choices without chance lead to (a real decision has two or more,
        /// counting each chance choice as one more).
        var distinctOutcomes: Int
    }

    enum Problem {
        case error(RuntimeError)
        case brokenAssumption(Explorer.Finding.Kind, key: String)
    }

    let wordCount: Int
    /// The successors' keys, `wordCount` words each, in the order of the `.successor` transitions.
    var keys: [UInt64] = []
    var transitions: [Transition] = []
    var states: [Expanded] = []
    var problems: [Problem] = []
    /// Each successor key's hash, and the number of its state when it was among the settled states as the
    /// worker looked (`notFound` otherwise): looked up by the worker, so that the merge, which runs on one
    /// thread, mostly only adds what is new (`lookUp`).
    var hashes: [UInt64] = []
    var found: [UInt32] = []
    static let notFound = UInt32.max
    /// The sum of the slots read ahead (`VisitedStates.firstSlot`, `firstRecentSlot`), kept so that those
    /// reads stay.
    var readAhead: UInt64 = 0
    /// Scratch: the keys the choices without chance of the state being expanded lead to.
    var outcomeKeys: [UInt64] = []
    /// The replaced events these states' steps settled (summed over all buffers at the end).
    var replaced: [Explorer.ReplacedEventCount]
    /// What the states expanded into this buffer reached, over the whole search: scenes stood in, choices
    /// taken, states at each ending and choice outcomes tried. Summed into the report at the end, so that
    /// the merge, which runs on one thread, need not count them.
    var scenesReached: BitSet
    var choicesTaken: BitSet
    var endingStates: [Int]
    var attempts = 0
    /// The compiled machine and its slots, for `MachineSuccessors`: one per buffer, since a buffer is
    /// filled by one worker at a time and a machine is not shared between threads.
    var machineScratch: MachineScratch?

    init(wordCount: Int, replaced: [Explorer.ReplacedEventCount], scenario: Scenario) {
        self.wordCount = wordCount
        self.replaced = replaced
        scenesReached = BitSet(capacity: scenario.scenes.count)
        choicesTaken = BitSet(capacity: scenario.choices.count)
        endingStates = Array(repeating: 0, count: scenario.endings.count)
    }

    mutating func reset() {
        keys.removeAll(keepingCapacity: true)
        transitions.removeAll(keepingCapacity: true)
        states.removeAll(keepingCapacity: true)
        problems.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        found.removeAll(keepingCapacity: true)
    }

    /// Hashes every successor key and looks it up among `visited`'s settled states (`VisitedStates.find`),
    /// their slots read ahead first.
    mutating func lookUp(in visited: VisitedStates) {
        let words = wordCount
        let count = keys.count / words
        hashes.reserveCapacity(count)
        found.reserveCapacity(count)
        keys.withUnsafeBufferPointer { keys in
            for start in stride(from: 0, to: count * words, by: words) { hashes.append(visited.hash(keys.baseAddress! + start)) }
            var sum: UInt64 = 0
            for hash in hashes { sum &+= visited.firstSlot(hash) }
            for hash in hashes { sum &+= visited.firstCandidate(hash) }
            readAhead = sum
            for (number, hash) in hashes.enumerated() {
                found.append(visited.find(keys.baseAddress! + number * words, hash: hash).map { UInt32(truncatingIfNeeded: $0) } ?? Self.notFound)
            }
        }
    }

    mutating func add(_ kind: Transition.Kind, choice: Int, outcome: Int?, hasChance: Bool, problem: Problem? = nil) {
        var index: Int32 = -1
        if let problem {
            index = Int32(problems.count)
            problems.append(problem)
        }
        transitions.append(Transition(choice: Int32(choice), outcome: Int32(outcome ?? -1), kind: kind, hasChance: hasChance, problem: index))
        // A choice counts as taken when it was tried, even if taking it failed.
        if kind != .availabilityError { choicesTaken.insert(choice) }
    }

    /// Adds a choice's successor, written into the key buffer by `pack` with `layout`; a successor that does
    /// not pack is added as unpackable. For a choice without chance it is also written with the decision
    /// layout, and counted as a distinct outcome when no earlier choice of the state led to the same.
    mutating func addSuccessor(choice: Int, outcome: Int?, hasChance: Bool, problem: Problem?, layout: ExplorationKeyLayout,
                               decisionLayout: ExplorationKeyLayout?, expanded: inout Expanded,
                               pack: (ExplorationKeyLayout, UnsafeMutablePointer<UInt64>) -> Bool) {
        let words = layout.wordCount
        let end = keys.count
        // Any words: `pack` clears them first.
        for _ in 0..<words { keys.append(0) }
        let fits = keys.withUnsafeMutableBufferPointer { pack(layout, $0.baseAddress! + end) }
        if fits, !hasChance {
            let start = outcomeKeys.count
            for _ in 0..<words { outcomeKeys.append(0) }
            // Where liveness drops nothing, the decision key is the key itself: copied, not packed again.
            let scene = keys.withUnsafeBufferPointer { layout.scene($0.baseAddress! + end) }
            if let decisionLayout, let scene, layout.dropsValues[scene] {
                _ = outcomeKeys.withUnsafeMutableBufferPointer { pack(decisionLayout, $0.baseAddress! + start) }
            } else {
                for word in 0..<words { outcomeKeys[start + word] = keys[end + word] }
            }
            let isNew = outcomeKeys.withUnsafeBufferPointer { keys in
                !stride(from: 0, to: start, by: words).contains { other in (0..<words).allSatisfy { keys[other + $0] == keys[start + $0] } }
            }
            if isNew { expanded.distinctOutcomes += 1 } else { outcomeKeys.removeLast(words) }
        }
        if fits {
            add(.successor, choice: choice, outcome: outcome, hasChance: hasChance, problem: problem)
        } else {
            keys.removeLast(words)
            add(.unpackable, choice: choice, outcome: outcome, hasChance: hasChance, problem: problem)
        }
    }
}

/// Successors by the reference step, `Simulation.advance`: unpack, advance, pack.
struct SimulationSuccessors: SuccessorSource {
    let explorer: Explorer
    let layout: ExplorationKeyLayout
    /// The layout that tells real decisions apart, when it differs from `layout` (no reduction by liveness).
    let decisionLayout: ExplorationKeyLayout?
    let assumed: [Int]
    let countsReplacements: Bool

    func expand(_ key: UnsafePointer<UInt64>, scene: Int, into buffer: inout ExpansionBuffer) {
        let scenario = explorer.scenario
        let simulation = explorer.simulation
        let state = layout.unpack(key)
        var expanded = ExpansionBuffer.Expanded(transitionEnd: 0, anyAvailable: false, chanceChoices: 0, attempts: 0, distinctOutcomes: 0)
        buffer.outcomeKeys.removeAll(keepingCapacity: true)
        for choice in scenario.scenes[scene].choices {
            do throws(RuntimeError) {
                guard try simulation.isAvailable(choice, player: 0, in: state) else { continue }
            } catch {
                buffer.add(.availabilityError, choice: choice, outcome: nil, hasChance: false, problem: .error(error))
                continue
            }
            expanded.anyAvailable = true
            let hasChance = scenario.choices[choice].hasChance
            if hasChance { expanded.chanceChoices += 1 }
            let outcomeCount = hasChance ? Explorer.outcomeCount(scenario.choices[choice]) : 1
            for outcome in 0..<outcomeCount {
                let forced: Int? = hasChance ? outcome : nil
                expanded.attempts += 1
                var successor = state
                do throws(RuntimeError) {
                    try simulation.advance(&successor, player: 0, choice: choice, outcome: forced)
                } catch {
                    buffer.add(.stepError, choice: choice, outcome: forced, hasChance: hasChance, problem: .error(error))
                    continue
                }
                var problem: ExpansionBuffer.Problem?
                if countsReplacements || !assumed.isEmpty {
                    let action = Action.choose(player: 1, choice: scenario.choices[choice].id, outcome: forced.map { $0 + 1 })
                    if countsReplacements, Explorer.settlesCounted(buffer.replaced, from: state, to: successor) {
                        explorer.countStep(action, from: state, outcome: forced, into: &buffer.replaced)
                    }
                    if !assumed.isEmpty, let broken = explorer.brokenAssumption(from: state, to: successor, action: action, outcome: forced, events: assumed),
                       let key = Explorer.key(broken) {
                        problem = .brokenAssumption(broken, key: key)
                    }
                }
                buffer.addSuccessor(choice: choice, outcome: forced, hasChance: hasChance, problem: problem, layout: layout,
                                    decisionLayout: decisionLayout, expanded: &expanded) { layout, key in layout.pack(successor, into: key) }
            }
        }
        expanded.transitionEnd = buffer.transitions.count
        buffer.states.append(expanded)
    }
}
