/// Which variables can still be read from each scene onward, over every path the scenario allows, for one
/// player: exhaustive search writes a variable that no path reads again as a fixed value, so states that
/// differ only in it are one state there.
///
/// Conservative by design, since a wrong reduction would give wrong verdicts: a read is anything a guard, a
/// route, a conditional effect's condition or an effect on a relevant variable reads (an assignment is never
/// taken to end a variable's life), and a scene's successors are every target of its choices, outcomes,
/// routes and fallback, the scenes its calls lead into and every place a `return` can lead back to. Events
/// can happen at any time while the player is in a scene, so whatever any event reads, or moves players to,
/// counts as read from every scene.
struct Liveness: Sendable {
    private let worldCount: Int
    private let playerCount: Int
    private let wordsPerScene: Int
    /// Per scene, `wordsPerScene` words: world variables first, then player variables.
    private let live: [UInt64]

    init(scenario: Scenario, relevance: Explorer.Relevance) {
        let worldCount = scenario.worldVariables.count
        self.worldCount = worldCount
        playerCount = scenario.playerVariables.count
        let bits = worldCount + playerCount
        let words = Swift.max(1, (bits + 63) / 64)
        wordsPerScene = words
        let sceneCount = scenario.scenes.count
        func bit(_ reference: VariableReference) -> Int { reference.scope == .world ? reference.index : worldCount + reference.index }

        func mark(_ expression: Expression, into set: inout [UInt64]) {
            switch expression {
            case .variable(let reference):
                let index = bit(reference)
                set[index >> 6] |= 1 << UInt64(index & 63)
            case .constant, .visited, .before, .notBefore: break
            case .not(let a), .negate(let a): mark(a, into: &set)
            case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
                mark(a, into: &set)
                mark(b, into: &set)
            }
        }
        func mark(_ effects: [Effect], into set: inout [UInt64]) {
            for effect in Effect.flattened(effects) {
                switch effect {
                case .set(let target, let expression), .add(let target, let expression):
                    guard relevance.isRelevant(target) else { continue }
                    mark(expression, into: &set)
                    // Adding reads the old value; a clamped set does not, but keeping it is only conservative.
                    let index = bit(target)
                    set[index >> 6] |= 1 << UInt64(index & 63)
                case .conditional(let branches):
                    for case let condition? in branches.map(\.condition) { mark(condition, into: &set) }
                case .advance, .journal, .move: break
                }
            }
        }

        // What events read, and where they move players, holds everywhere.
        var always = [UInt64](repeating: 0, count: words)
        var anywhere: [Int] = []
        for event in scenario.events {
            if let condition = event.condition { mark(condition, into: &always) }
            var outcomes = [event.fired] + [event.otherwise].compactMap { $0 }
            for replacement in event.replacements {
                mark(replacement.condition, into: &always)
                outcomes.append(replacement.outcome)
            }
            for outcome in outcomes {
                mark(outcome.effects, into: &always)
                for assumption in outcome.assumptions { mark(assumption.condition, into: &always) }
                for case .move(_, let scene) in Effect.flattened(outcome.effects) { anywhere.append(scene) }
            }
        }
        // Return slots decide where `return` leads: always read.
        for slot in scenario.returnSlots { always[(worldCount + slot) >> 6] |= 1 << UInt64((worldCount + slot) & 63) }

        // Where each scene can lead, and where any `return` can lead back to.
        var returnTargets: [Int] = []
        var successors = [[Int]](repeating: [], count: sceneCount)
        func targets(_ target: Target?, _ leading: Leading?, from scene: Int) -> [Int] {
            var result: [Int] = []
            if case .scene(let next)? = target { result.append(next) }
            if case .call(let shared)? = leading {
                result.append(shared)
                if target == nil { returnTargets.append(scene) } else if case .scene(let next)? = target { returnTargets.append(next) }
            }
            return result
        }
        var returnsFrom: [Int] = []
        var reads: [UInt64] = []
        reads.reserveCapacity(sceneCount * words)
        for scene in 0..<sceneCount {
            let definition = scenario.scenes[scene]
            var gen = [UInt64](repeating: 0, count: words)
            mark(definition.effects, into: &gen)
            for case .move(_, let target) in Effect.flattened(definition.effects) { successors[scene].append(target) }
            if let counter = definition.visitCounter, relevance.isRelevant(counter) {
                gen[bit(counter) >> 6] |= 1 << UInt64(bit(counter) & 63)
            }
            for route in definition.routes {
                mark(route.condition, into: &gen)
                if case .scene(let next) = route.target { successors[scene].append(next) }
            }
            successors[scene] += targets(definition.fallback, definition.leading, from: scene)
            if case .back? = definition.leading { returnsFrom.append(scene) }
            for choice in definition.choices {
                let chosen = scenario.choices[choice]
                if let condition = chosen.guardCondition { mark(condition, into: &gen) }
                if let counter = chosen.takenCounter, relevance.isRelevant(counter) {
                    gen[bit(counter) >> 6] |= 1 << UInt64(bit(counter) & 63)
                }
                mark(chosen.effects, into: &gen)
                for case .move(_, let target) in Effect.flattened(chosen.effects) { successors[scene].append(target) }
                successors[scene] += targets(chosen.defaultTarget, chosen.leading, from: scene)
                if case .back? = chosen.leading { returnsFrom.append(scene) }
                for outcome in chosen.outcomes {
                    mark(outcome.effects, into: &gen)
                    for case .move(_, let target) in Effect.flattened(outcome.effects) { successors[scene].append(target) }
                    successors[scene] += targets(outcome.target, outcome.leading, from: scene)
                    if case .back? = outcome.leading { returnsFrom.append(scene) }
                }
            }
            for word in 0..<words { gen[word] |= always[word] }
            reads += gen
        }
        for scene in returnsFrom { successors[scene] += returnTargets }
        for scene in 0..<sceneCount { successors[scene] += anywhere }

        // Backwards to a fixed point: a scene reads what its successors read.
        var predecessors = [[Int]](repeating: [], count: sceneCount)
        for scene in 0..<sceneCount { for next in Set(successors[scene]) { predecessors[next].append(scene) } }
        var pending = Array(0..<sceneCount)
        var queued = [Bool](repeating: true, count: sceneCount)
        while let scene = pending.popLast() {
            queued[scene] = false
            for previous in predecessors[scene] {
                var changed = false
                for word in 0..<words {
                    let merged = reads[previous * words + word] | reads[scene * words + word]
                    if merged != reads[previous * words + word] {
                        reads[previous * words + word] = merged
                        changed = true
                    }
                }
                if changed, !queued[previous] {
                    queued[previous] = true
                    pending.append(previous)
                }
            }
        }
        live = reads
    }

    /// Whether variable `bit` (a world variable's index, or the number of world variables plus a player
    /// variable's index) can still be read from `scene` onward.
    @inline(__always)
    func isLive(_ bit: Int, at scene: Int) -> Bool {
        live[scene * wordsPerScene + bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    func isWorldLive(_ index: Int, at scene: Int) -> Bool { isLive(index, at: scene) }
    func isPlayerLive(_ index: Int, at scene: Int) -> Bool { isLive(worldCount + index, at: scene) }

    /// How many variables are live in `scene` (for tests and figures).
    func liveCount(at scene: Int) -> Int {
        (0..<wordsPerScene).reduce(0) { $0 + live[scene * wordsPerScene + $1].nonzeroBitCount }
    }
}
