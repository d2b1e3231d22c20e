extension Compiler {
    /// The checks that need the whole resolved scenario: reachability and dead ends.
    mutating func analyse(_ scenario: inout Scenario) {
        reportUnreachableScenes(scenario)
        let reenterable = SceneGraph(scenario).reenterableScenes()
        for index in scenario.scenes.indices {
            if let reason = DeadEndAnalysis.reason(scene: index, in: scenario, reenterable: reenterable[index]) {
                diagnostics.append(Diagnostic(.deadEnd(scene: scenario.scenes[index].id, reason: reason), at: scenario.scenes[index].location))
            }
        }
    }

    private mutating func reportUnreachableScenes(_ scenario: Scenario) {
        var reached = Array(repeating: false, count: scenario.scenes.count)
        var queue: [Int] = []
        func visit(_ target: Target?) {
            guard case .scene(let scene) = target, !reached[scene] else { return }
            reached[scene] = true
            queue.append(scene)
        }
        for role in scenario.roles { visit(.scene(role.start)) }
        for event in scenario.events {
            for outcome in [event.fired] + (event.otherwise.map { [$0] } ?? []) {
                for case .move(_, let scene) in outcome.effects { visit(.scene(scene)) }
            }
        }
        while let scene = queue.popLast() {
            visit(scenario.scenes[scene].fallback)
            for choiceIndex in scenario.scenes[scene].choices {
                let choice = scenario.choices[choiceIndex]
                visit(choice.defaultTarget)
                for outcome in choice.outcomes { visit(outcome.target) }
            }
        }
        for (index, scene) in scenario.scenes.enumerated() where !reached[index] {
            diagnostics.append(Diagnostic(.unreachableScene(name: scene.id), at: scene.location))
        }
    }
}

/// Decides whether a scene can leave a player with no available choice, judged from the declared ranges.
///
/// The guards of a scene's choices are tried on every combination of *critical values*: each variable's
/// limits and the numbers next to every constant it is compared with, the two values of each flag and
/// each `visited`, and the moments around each date the guards mention (never before the scene's own
/// date). For comparisons of one variable with a constant this is exact; it is what lets
/// `hunger > 50` and `hunger <= 50` stand together without a report.
enum DeadEndAnalysis {
    /// The most combinations tried for one scene; beyond it the scene is given the benefit of the doubt.
    static let combinationLimit = 50_000

    /// `reenterable` says whether a player can come back to the scene after leaving it: then a `once`
    /// choice that leads away may already be used up.
    static func reason(scene index: Int, in scenario: Scenario, reenterable: Bool) -> String? {
        let scene = scenario.scenes[index]
        if scene.fallback != nil { return nil }
        if scene.choices.isEmpty { return "it has no choices and no 'go' line" }
        var guards: [Expression] = []
        for choiceIndex in scene.choices {
            let choice = scenario.choices[choiceIndex]
            let staysHere = choice.outcomes.allSatisfy { ($0.target ?? choice.defaultTarget).map { $0 == .scene(index) } ?? true }
            // A `once` choice can be used up while the player is still here, or before they come back.
            if choice.isOnce && (staysHere || reenterable) { continue }
            guard let condition = choice.guardCondition else { return nil }
            guards.append(condition)
        }
        if guards.isEmpty { return "all of its choices are 'once' choices, which can all be used up before the player is here again" }

        var variables: [VariableReference: Set<Int>] = [:]
        var visitedScenes = Set<Int>()
        var moments = Set<Int>()
        for condition in guards { collect(condition, &variables, &visitedScenes, &moments) }
        let sceneStart = scene.moment?.minutes ?? Int.min
        var times = Set(moments.flatMap { [$0 &- 1, $0] }.filter { $0 >= sceneStart })
        if times.isEmpty || scene.moment != nil { times.insert(scene.moment?.minutes ?? 0) }

        let variableOrder = variables.keys.sorted { ($0.scope.rawValue, $0.index) < ($1.scope.rawValue, $1.index) }
        var axes: [[Int]] = variableOrder.map { reference in
            let variable = scenario.variable(reference)
            var candidates = Set([variable.minimum, variable.maximum])
            for constant in variables[reference]! {
                for delta in [-1, 0, 1] {
                    let (value, overflow) = constant.addingReportingOverflow(delta)
                    if !overflow, (variable.minimum...variable.maximum).contains(value) { candidates.insert(value) }
                }
            }
            return candidates.sorted()
        }
        let visitedOrder = visitedScenes.sorted()
        axes += visitedOrder.map { $0 == index ? [1] : [0, 1] }
        axes.append(times.sorted())

        var total = 1
        for axis in axes {
            total = total.multipliedReportingOverflow(by: axis.count).partialValue
            if total > combinationLimit || total <= 0 { return nil }
        }

        var environment = Assignment(values: [:], visited: [:], now: Moment(minutes: 0))
        var counters = Array(repeating: 0, count: axes.count)
        while true {
            for (position, reference) in variableOrder.enumerated() { environment.values[reference] = axes[position][counters[position]] }
            for (offset, sceneIndex) in visitedOrder.enumerated() {
                environment.visited[sceneIndex] = axes[variableOrder.count + offset][counters[variableOrder.count + offset]] == 1
            }
            environment.now = Moment(minutes: axes[axes.count - 1][counters[axes.count - 1]])
            let allFalse = guards.allSatisfy { ((try? $0.evaluate(in: environment)) ?? 1) == 0 }
            if allFalse { return "when " + describe(environment, variableOrder, visitedOrder, scenario) + ", none of its choices is available" }
            // Next combination, like an odometer.
            var position = 0
            while position < axes.count {
                counters[position] += 1
                if counters[position] < axes[position].count { break }
                counters[position] = 0
                position += 1
            }
            if position == axes.count { return nil }
        }
    }

    private static func describe(_ environment: Assignment, _ variables: [VariableReference], _ visited: [Int], _ scenario: Scenario) -> String {
        var parts = variables.map { reference -> String in
            let variable = scenario.variable(reference)
            let value = environment.values[reference] ?? 0
            return variable.type == .flag ? "\(variable.id) is \(value == 1 ? "yes" : "no")" : "\(variable.id) = \(value)"
        }
        parts += visited.map { (environment.visited[$0] ?? false ? "" : "not ") + "visited \(scenario.scenes[$0].id)" }
        if parts.isEmpty { parts.append("the time is \(DateFormatting.describe(environment.now, calendar: scenario.calendar))") }
        return parts.joined(separator: " and ")
    }

    private static func collect(_ expression: Expression, _ variables: inout [VariableReference: Set<Int>], _ visited: inout Set<Int>, _ moments: inout Set<Int>) {
        switch expression {
        case .constant: break
        case .variable(let reference): variables[reference, default: []].formUnion([])
        case .visited(let scene): visited.insert(scene)
        case .before(let moment), .notBefore(let moment): moments.insert(moment.minutes)
        case .not(let operand), .negate(let operand): collect(operand, &variables, &visited, &moments)
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b, _):
            collect(a, &variables, &visited, &moments)
            collect(b, &variables, &visited, &moments)
        case .compare(_, let a, let b):
            // Remember the constants each variable is compared with: that is where the truth can change.
            for (side, other) in [(a, b), (b, a)] {
                if case .variable(let reference) = side {
                    let constants = constantValues(other)
                    variables[reference, default: []].formUnion(constants)
                }
            }
            collect(a, &variables, &visited, &moments)
            collect(b, &variables, &visited, &moments)
        }
    }

    /// Constants in an expression (for `a > 30`, 30; for `a > b + 5`, 5).
    private static func constantValues(_ expression: Expression) -> [Int] {
        switch expression {
        case .constant(let value): [value]
        case .negate(.constant(let value)): [-value]
        case .arithmetic(_, let a, let b, _): constantValues(a) + constantValues(b)
        default: []
        }
    }

    /// A trial assignment of values.
    private struct Assignment: EvaluationEnvironment {
        var values: [VariableReference: Int]
        var visited: [Int: Bool]
        var now: Moment

        func value(of variable: VariableReference) -> Int { values[variable] ?? 0 }
        func hasVisited(scene: Int) -> Bool { visited[scene] ?? false }
    }
}

/// The scenes as a graph: an edge for every way a player can go from one scene to another by themselves
/// (choices, chance outcomes, `go` lines).
struct SceneGraph {
    let successors: [[Int]]
    /// Scenes that world events can move players into, at any time.
    let moveTargets: Set<Int>

    init(_ scenario: Scenario) {
        var successors = Array(repeating: [Int](), count: scenario.scenes.count)
        for (index, scene) in scenario.scenes.enumerated() {
            var targets: [Target?] = [scene.fallback]
            for choiceIndex in scene.choices {
                let choice = scenario.choices[choiceIndex]
                targets.append(choice.defaultTarget)
                targets += choice.outcomes.map(\.target)
            }
            for case .scene(let next)? in targets where !successors[index].contains(next) { successors[index].append(next) }
        }
        self.successors = successors
        var moves = Set<Int>()
        for event in scenario.events {
            for outcome in [event.fired] + (event.otherwise.map { [$0] } ?? []) {
                for case .move(_, let scene) in outcome.effects { moves.insert(scene) }
            }
        }
        moveTargets = moves
    }

    /// For each scene, whether a player who leaves it can come back: it lies on a cycle (a strongly
    /// connected component of more than one scene, or with an edge to itself), or an event can move
    /// players into it. Tarjan's algorithm, written without recursion so large scenarios cannot exhaust
    /// the stack.
    func reenterableScenes() -> [Bool] {
        let count = successors.count
        var index = Array(repeating: -1, count: count), lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var result = Array(repeating: false, count: count)
        var nextIndex = 0
        for root in 0..<count where index[root] == -1 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.last {
                if edge < successors[node].count {
                    work[work.count - 1].edge += 1
                    let next = successors[node][edge]
                    if index[next] == -1 {
                        index[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                let cyclic = component.count > 1 || successors[node].contains(node)
                for member in component { result[member] = cyclic || moveTargets.contains(member) }
            }
        }
        return result
    }
}
