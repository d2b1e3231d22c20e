/// A condition the checker judges for being never true: where it is read, and what it decides.
/// A big story has one for most of its choices, all kept until the analyses: 40 bytes each, with no
/// memory of their own.
struct JudgedCondition: Sendable {
    /// What a condition decides: whether a choice is offered, a passage shown, or an `in scene` block's
    /// choices offered.
    enum Subject: Equatable, Sendable {
        /// A choice's own guard, by the choice's index.
        case choice(Int)
        case passage
        case inSceneBlock
    }

    var condition: Expression
    var location: SourceLocation
    private var storedScene: Int32
    /// The subject in four bytes: the choice's index, or below zero the others.
    private var storedSubject: Int32

    init(condition: Expression, scene: Int, subject: Subject, location: SourceLocation) {
        self.condition = condition
        self.location = location
        storedScene = Int32(scene)
        storedSubject = switch subject {
        case .choice(let index): Int32(index)
        case .passage: -1
        case .inSceneBlock: -2
        }
    }

    /// The scene it is read in.
    var scene: Int { Int(storedScene) }

    var subject: Subject {
        switch storedSubject {
        case 0...: .choice(Int(storedSubject))
        case -1: .passage
        default: .inSceneBlock
        }
    }

    /// What it means for the player when the condition is never true ("choice 'eat' is never offered").
    func consequence(in scenario: Scenario) -> String {
        switch subject {
        case .choice(let index): "choice '\(scenario.choices[index].id)' is never offered"
        case .passage: "this passage is never shown"
        case .inSceneBlock: "the choices of this 'in scene' block are never offered"
        }
    }
}

extension Compiler {
    /// The checks that need the whole resolved scenario: reachability, dead ends, conditions that are
    /// never true, and traps. The searches share one work limit.
    mutating func analyse(_ scenario: inout Scenario) {
        // The conditions that need a search to be judged, and the graph the search for traps walks, need
        // nothing from the dead ends: for a big story they are worked out on a second thread meanwhile.
        let independent: ConcurrentValue<([NeverTrueCandidate], TrapAnalysis)>?
        if Self.secondThreadHelps(sceneCount: scenario.scenes.count) {
            independent = ConcurrentValue { [scenario, judgedConditions] in
                (Self.neverTrueCandidates(judgedConditions, in: scenario), TrapAnalysis(scenario))
            }
        } else {
            independent = nil
        }
        diagnostics += Self.unreachableScenes(scenario)
        var budget = DeadEndAnalysis.workLimit
        let verdicts = DeadEndAnalysis.verdicts(in: scenario, budget: &budget)
        for (index, verdict) in verdicts.enumerated() { report(verdict, scene: index, scenario) }
        let (candidates, graph) = independent?.wait() ?? (Self.neverTrueCandidates(judgedConditions, in: scenario), TrapAnalysis(scenario))
        var traps = graph
        traps.close(neverOffered: reportNeverTrueConditions(candidates, scenario, budget: &budget))
        traps.closeExitsThatCannotOpen(budget: &budget)
        let stuck = Set(verdicts.indices.filter { if case .deadEnd = verdicts[$0] { true } else { false } })
        for trap in traps.traps() where trap.scenes.allSatisfy({ !stuck.contains($0) }) {
            let first = trap.scenes.min { scenario.scenes[$0].location < scenario.scenes[$1].location }!
            diagnostics.append(Diagnostic(.trap(reason: trap.reason, scenes: trap.scenes.map { scenario.scenes[$0].id }), at: scenario.scenes[first].location))
        }
    }

    /// A judged condition that values picked one comparison at a time do not make true, and the search
    /// that decides whether any values do.
    typealias NeverTrueCandidate = (judged: JudgedCondition, search: DeadEndAnalysis.Search)

    /// The judged conditions a search can decide exactly and that picked values do not already make true.
    private static func neverTrueCandidates(_ judgedConditions: [JudgedCondition], in scenario: Scenario) -> [NeverTrueCandidate] {
        var candidates: [NeverTrueCandidate] = []
        var probe = DeadEndAnalysis.Assignment(lowestOf: scenario)
        for judged in judgedConditions where DeadEndAnalysis.isDecidedExactly(judged.condition) {
            // Most conditions hold for values picked to satisfy their comparisons one by one: no search.
            if DeadEndAnalysis.holdsForPickedValues(judged.condition, scene: judged.scene, in: scenario, environment: &probe) { continue }
            guard let search = DeadEndAnalysis.Search(scene: judged.scene, conditions: [judged.condition], goal: .someConditionTrue, in: scenario) else { continue }
            candidates.append((judged, search))
        }
        return candidates
    }

    /// Warns about every candidate condition that no combination of values makes true (PG057), when the
    /// search decides it within the budget; returns the choices that are never offered.
    private mutating func reportNeverTrueConditions(_ candidates: [NeverTrueCandidate], _ scenario: Scenario, budget: inout Int) -> Set<Int> {
        var neverOffered = Set<Int>()
        for (entry, result) in zip(candidates, DeadEndAnalysis.run(candidates.map(\.search), in: scenario, budget: &budget)) where result == .notFound {
            let reads = DeadEndAnalysis.describeReads(of: entry.judged.condition, scene: entry.judged.scene, scenario)
            diagnostics.append(Diagnostic(.neverTrue(consequence: entry.judged.consequence(in: scenario), reads: reads), at: entry.judged.location))
            if case .choice(let choice) = entry.judged.subject { neverOffered.insert(choice) }
        }
        return neverOffered
    }

    private mutating func report(_ verdict: DeadEndAnalysis.Verdict, scene index: Int, _ scenario: Scenario) {
        let scene = scenario.scenes[index]
        switch verdict {
        case .safe:
            break
        case .deadEnd(let reason):
            diagnostics.append(Diagnostic(.deadEnd(scene: scene.id, reason: reason), at: scene.location))
        case .undecided(let reason):
            diagnostics.append(Diagnostic(.deadEndUnchecked(scene: scene.id, reason: reason), at: scene.location))
        }
    }

    /// The reports on scenes no role's start, entry or event leads to.
    private static func unreachableScenes(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reached = Array(repeating: false, count: scenario.scenes.count)
        var queue: [Int] = []
        func visit(_ target: Target?) {
            guard case .scene(let scene) = target, !reached[scene] else { return }
            reached[scene] = true
            queue.append(scene)
        }
        for role in scenario.roles { visit(.scene(role.start)) }
        for entry in scenario.entries { entry.starts.forEach { visit(.scene($0)) } }
        for event in scenario.events {
            for outcome in [event.fired] + (event.otherwise.map { [$0] } ?? []) {
                for case .move(_, let scene) in Effect.flattened(outcome.effects) { visit(.scene(scene)) }
            }
        }
        while let scene = queue.popLast() {
            scenario.forEachDestination(ofScene: scene) { visit($0) }
        }
        for (index, scene) in scenario.scenes.enumerated() where !reached[index] {
            diagnostics.append(Diagnostic(.unreachableScene(name: scene.id), at: scene.location))
        }
        return diagnostics
    }
}

/// Decides whether a scene can leave a player with no available choice, judged from the declared ranges.
///
/// The guards of a scene's choices are tried on every combination of *critical values*: each variable's
/// limits and the numbers next to every constant it is compared with, the two values of each flag and
/// each `visited`, and the moments around each date the guards mention (never before the scene's own
/// date). For comparisons of one variable with a constant this is exact; it is what lets
/// `hunger > 50` and `hunger <= 50` stand together without a report.
///
/// The search is bounded twice, so that no scenario makes `check` slow: a scene with more than
/// `combinationLimit` combinations is not searched, and all the searches of a scenario together may
/// evaluate at most `workLimit` operators and values of guards. A search whose most possible work does
/// not fit in what is left of the limit is not started. A scene left unsearched is never reported as a
/// dead end: it gets a warning (PG056) that says it was not checked.
enum DeadEndAnalysis {
    /// The most combinations tried for one scene.
    static let combinationLimit = 50_000
    /// The most work for all the scenes of a scenario: one unit per operator or value of a guard evaluated,
    /// and one per value set for a combination. About a second of a release build's time.
    static let workLimit = 40_000_000

    /// What the analysis says about a scene.
    enum Verdict: Equatable {
        /// A player can always leave (or the scene has a `go` line).
        case safe
        /// A player can be stuck; why.
        case deadEnd(String)
        /// The analysis could not tell within its limits; why.
        case undecided(String)
    }

    /// Every scene's verdict, in scene order, within `workLimit` for the whole scenario.
    static func verdicts(in scenario: Scenario, workLimit: Int = workLimit) -> [Verdict] {
        var budget = workLimit
        return verdicts(in: scenario, budget: &budget)
    }

    /// Every scene's verdict, in scene order; the searches take their work from `budget`.
    static func verdicts(in scenario: Scenario, budget: inout Int) -> [Verdict] {
        let reenterable = SceneGraph(scenario).reenterableScenes()
        var verdicts = Array(repeating: Verdict.safe, count: scenario.scenes.count)
        var searches: [Search] = []
        for index in scenario.scenes.indices {
            switch prepare(scene: index, in: scenario, reenterable: reenterable[index]) {
            case .decided(let verdict): verdicts[index] = verdict
            case .search(let search): searches.append(search)
            }
        }
        for (search, result) in zip(searches, run(searches, in: scenario, budget: &budget)) {
            switch result {
            case .found(let values): verdicts[search.scene] = .deadEnd("when \(values), none of its choices is available")
            case .notFound: verdicts[search.scene] = .safe
            case .notRun: verdicts[search.scene] = .undecided(search.tooMuchWork)
            }
        }
        return verdicts
    }

    /// What a search found: a combination of values that meets its goal, none, or nothing because it
    /// was not run.
    enum SearchResult: Equatable {
        case found(String)
        case notFound
        case notRun
    }

    /// Runs searches within `budget` and returns their results in the order given.
    ///
    /// The cheapest searches first, so that the work limit, if it is reached at all, leaves out only the
    /// most expensive ones. A search starts only when its most possible work fits in what is left, so
    /// every search that runs is run to the end and its result is exact.
    static func run(_ searches: [Search], in scenario: Scenario, budget: inout Int) -> [SearchResult] {
        var results = Array(repeating: SearchResult.notRun, count: searches.count)
        // One assignment for every search: a search sets every value its guards read.
        var environment = Assignment(scenario)
        for index in searches.indices.sorted(by: { (searches[$0].estimatedWork, searches[$0].scene, $0) < (searches[$1].estimatedWork, searches[$1].scene, $1) }) {
            let search = searches[index]
            guard search.estimatedWork <= budget else { continue }
            let (found, work) = search.run(in: scenario, environment: &environment)
            budget -= work
            results[index] = found.map { .found($0) } ?? .notFound
        }
        return results
    }

    /// The circle of scenes without choices that a scene without choices passes the player into by its
    /// `go` line, if it does: such scenes hand the player on by themselves for ever.
    static func passingCircle(from start: Int, in scenario: Scenario) -> [Int]? {
        var path: [Int] = []
        var current = start
        while !path.contains(current) {
            path.append(current)
            let scene = scenario.scenes[current]
            guard scene.choices.isEmpty, scene.routes.isEmpty, scene.leading == nil, case .scene(let next)? = scene.fallback else { return nil }
            current = next
        }
        return Array(path[path.firstIndex(of: current)!...]) + [current]
    }

    /// A scene's verdict when it needs no search, or the search to run.
    enum Preparation {
        case decided(Verdict)
        case search(Search)
    }

    /// `reenterable` says whether a player can come back to the scene after leaving it: then a `once`
    /// choice that leads away may already be used up.
    static func prepare(scene index: Int, in scenario: Scenario, reenterable: Bool) -> Preparation {
        let scene = scenario.scenes[index]
        // Led on by a call or a return, a player never stays: a return with nowhere to go is a runtime error.
        if scene.leading != nil { return .decided(.safe) }
        if let fallback = scene.fallback {
            if fallback == .scene(index) {
                return .decided(.deadEnd("its 'go' line leads back to the scene itself, so a player sent on by it would never leave"))
            }
            if scene.choices.isEmpty, let circle = passingCircle(from: index, in: scenario) {
                return .decided(.deadEnd("it passes the player on by 'go' lines in a circle that never ends: \(circle.map { scenario.scenes[$0].id }.joined(separator: " → "))"))
            }
            return .decided(.safe)
        }
        if scene.choices.isEmpty && scene.routes.isEmpty { return .decided(.deadEnd("it has no choices and no 'go' line")) }
        // A `go … if …` line leads on when its condition holds, as a choice would.
        var guards: [Expression] = scene.routes.map(\.condition)
        for choiceIndex in scene.choices {
            let choice = scenario.choices[choiceIndex]
            let staysHere = choice.outcomes.allSatisfy { ($0.target ?? choice.defaultTarget).map { $0 == .scene(index) } ?? true }
            // A `once` choice can be used up while the player is still here, or before they come back.
            if choice.isOnce && (staysHere || reenterable) { continue }
            guard let condition = choice.guardCondition else { return .decided(.safe) }
            guards.append(condition)
        }
        if guards.isEmpty { return .decided(.deadEnd("all of its choices are 'once' choices, which can all be used up before the player is here again")) }

        guard let search = Search(scene: index, conditions: guards, goal: .everyConditionFalse, in: scenario) else {
            return .decided(.undecided("its choices' conditions have more combinations of values than the checker tries (more than \(grouped(combinationLimit)))"))
        }
        return .search(search)
    }

    /// A search over the combinations of critical values of some conditions evaluated in a scene, for one
    /// that satisfies its goal: every condition false (a dead end), or some condition true (a condition
    /// that can be true, a way out that can open).
    struct Search: Sendable {
        enum Goal: Sendable {
            case everyConditionFalse, someConditionTrue
        }

        var scene: Int
        var goal: Goal
        var guards: [Expression]
        /// The operators and values in each guard: what evaluating it costs at most.
        var guardSizes: [Int]
        var axes: [[Int]]
        var variableOrder: [VariableReference]
        var visitedOrder: [Int]
        /// The work if every combination evaluates every guard: the most the search can take.
        var estimatedWork: Int
        var combinations: Int

        /// Why the search is not run when its work does not fit.
        var tooMuchWork: String {
            let steps = guardSizes.reduce(axes.count, +)
            return "trying every case of its choices' conditions would take too long (\(grouped(combinations)) combinations of values, up to \(grouped(steps)) steps each)"
        }

        /// Tries the combinations until one meets the goal; returns that combination, described ("hunger =
        /// 0 and strike = 0"), or nil when none does, and the work it took (never more than `estimatedWork`).
        func run(in scenario: Scenario, environment: inout Assignment) -> (found: String?, work: Int) {
            var total = 0
            var counters = Array(repeating: 0, count: axes.count)
            let visitedStart = variableOrder.count
            while true {
                // The values of this combination, then the guards up to the first one that holds.
                var work = axes.count
                for (position, reference) in variableOrder.enumerated() { environment.set(reference, axes[position][counters[position]]) }
                for (offset, sceneIndex) in visitedOrder.enumerated() {
                    environment.visited[sceneIndex] = axes[visitedStart + offset][counters[visitedStart + offset]] == 1
                }
                environment.now = Moment(minutes: axes[axes.count - 1][counters[axes.count - 1]])
                var someHolds = false
                for (number, condition) in guards.enumerated() {
                    work += guardSizes[number]
                    // A guard that fails (division by zero) is given the benefit of the doubt: it may hold.
                    if ((try? condition.evaluate(in: environment)) ?? 1) != 0 {
                        someHolds = true
                        break
                    }
                }
                total += work
                if someHolds == (goal == .someConditionTrue) {
                    return (describe(environment, variableOrder, visitedOrder, scenario), total)
                }
                // Next combination, like an odometer.
                var position = 0
                while position < axes.count {
                    counters[position] += 1
                    if counters[position] < axes[position].count { break }
                    counters[position] = 0
                    position += 1
                }
                if position == axes.count { return (nil, total) }
            }
        }
    }

    /// Whether the search over critical values decides a condition exactly, so that "no combination
    /// makes it true" proves it is never true: every comparison sets one variable against a constant (or
    /// compares constants). With arithmetic on variables the critical values can miss the values where a
    /// condition holds (`a + b = 37`), so such conditions are not judged.
    static func isDecidedExactly(_ expression: Expression) -> Bool {
        func isConstant(_ expression: Expression) -> Bool {
            switch expression {
            case .constant, .negate(.constant): true
            default: false
            }
        }
        switch expression {
        case .constant, .variable, .visited, .before, .notBefore: return true
        case .not(let operand): return isDecidedExactly(operand)
        case .and(let a, let b), .or(let a, let b): return isDecidedExactly(a) && isDecidedExactly(b)
        case .compare(_, let a, let b):
            if case .variable = a { return isConstant(b) }
            if case .variable = b { return isConstant(a) }
            return isConstant(a) && isConstant(b)
        case .negate, .arithmetic: return false
        }
    }

    /// Whether a condition holds for values picked to satisfy its parts one by one: a quick proof that it
    /// can be true, found for most conditions without a search. False proves nothing. `environment` must
    /// hold values within the declared ranges (`Assignment(lowestOf:)`); every value picked is.
    static func holdsForPickedValues(_ condition: Expression, scene: Int, in scenario: Scenario, environment: inout Assignment) -> Bool {
        let start = scenario.scenes[scene].moment ?? Moment(minutes: 0)
        environment.now = start
        environment.visited[scene] = true
        pick(condition, true, scene: scene, start: start, in: scenario, &environment)
        return ((try? condition.evaluate(in: environment)) ?? 1) != 0
    }

    /// Sets the values a condition reads so that it comes out `wanted`, part by part (an `or` by its left
    /// side), within the declared ranges.
    private static func pick(_ condition: Expression, _ wanted: Bool, scene: Int, start: Moment, in scenario: Scenario, _ environment: inout Assignment) {
        switch condition {
        case .not(let operand):
            pick(operand, !wanted, scene: scene, start: start, in: scenario, &environment)
        case .and(let a, let b):
            pick(a, wanted, scene: scene, start: start, in: scenario, &environment)
            if wanted { pick(b, wanted, scene: scene, start: start, in: scenario, &environment) }
        case .or(let a, let b):
            pick(a, wanted, scene: scene, start: start, in: scenario, &environment)
            if !wanted { pick(b, wanted, scene: scene, start: start, in: scenario, &environment) }
        case .variable(let reference):
            let variable = scenario.variable(reference)
            environment.set(reference, wanted ? variable.maximum : variable.minimum)
        case .visited(let other) where other != scene:
            environment.visited[other] = wanted
        case .before(let moment):
            environment.now = wanted ? start : max(start, moment)
        case .notBefore(let moment):
            environment.now = wanted ? max(start, moment) : start
        case .compare(let comparison, let a, let b):
            // `30 < v` is `v > 30`.
            let reference: VariableReference, other: Expression
            var holds = comparison
            if case .variable(let left) = a {
                (reference, other) = (left, b)
            } else if case .variable(let right) = b {
                (reference, other, holds) = (right, a, comparison.mirrored)
            } else {
                return
            }
            guard let constant = try? other.evaluate(in: environment) else { return }
            if !wanted { holds = holds.negated }
            let variable = scenario.variable(reference)
            let (low, high) = (variable.minimum, variable.maximum)
            let value: Int? = switch holds {
            case .equal: (low...high).contains(constant) ? constant : nil
            case .notEqual: low != constant ? low : (high != constant ? high : nil)
            case .less, .lessOrEqual: low
            case .greater, .greaterOrEqual: high
            }
            if let value { environment.set(reference, value) }
        default:
            break
        }
    }

    /// What a condition read in `scene` depends on, each with the values it can take there:
    /// `hunger (0 to 100)`, `marched (yes or no)`, `visited nevsky (yes or no)`, `the time (…)`.
    static func describeReads(of condition: Expression, scene: Int, _ scenario: Scenario) -> [String] {
        var variables: [VariableReference: Set<Int>] = [:]
        var visited = Set<Int>()
        var moments = Set<Int>()
        collect(condition, &variables, &visited, &moments)
        var reads = condition.variables.reduce(into: [VariableReference]()) { if !$0.contains($1) { $0.append($1) } }.map { reference in
            let variable = scenario.variable(reference)
            return variable.type == .flag ? "\(variable.id) (yes or no)" : "\(variable.id) (\(variable.minimum) to \(variable.maximum))"
        }
        reads += visited.sorted().map { "visited \(scenario.scenes[$0].id) (" + ($0 == scene ? "always yes in that scene itself)" : "yes or no)") }
        if !moments.isEmpty {
            reads.append(scenario.scenes[scene].moment.map { "the time (never before the scene's own date, \(DateFormatting.describe($0, calendar: scenario.calendar)))" } ?? "the time")
        }
        return reads
    }

    /// `50,000`: a number with its thousands marked, the same in every locale.
    static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }

    /// The operators and values in an expression, without recursion (guards may be long chains).
    static func size(_ expression: Expression) -> Int {
        var count = 0
        var pending = [expression]
        while let next = pending.popLast() {
            count += 1
            switch next {
            case .constant, .variable, .visited, .before, .notBefore: break
            case .not(let a), .negate(let a): pending.append(a)
            case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
                pending.append(a)
                pending.append(b)
            }
        }
        return count
    }

    private static func describe(_ environment: Assignment, _ variables: [VariableReference], _ visited: [Int], _ scenario: Scenario) -> String {
        var parts = variables.map { reference -> String in
            let variable = scenario.variable(reference)
            let value = environment.value(of: reference)
            return variable.type == .flag ? "\(variable.id) is \(value == 1 ? "yes" : "no")" : "\(variable.id) = \(value)"
        }
        parts += visited.map { (environment.visited[$0] ? "" : "not ") + "visited \(scenario.scenes[$0].id)" }
        if parts.isEmpty { parts.append("the time is \(DateFormatting.describe(environment.now, calendar: scenario.calendar))") }
        return parts.joined(separator: " and ")
    }

    static func collect(_ expression: Expression, _ variables: inout [VariableReference: Set<Int>], _ visited: inout Set<Int>, _ moments: inout Set<Int>) {
        switch expression {
        case .constant: break
        case .variable(let reference): variables[reference, default: []].formUnion([])
        case .visited(let scene): visited.insert(scene)
        case .before(let moment), .notBefore(let moment): moments.insert(moment.minutes)
        case .not(let operand), .negate(let operand): collect(operand, &variables, &visited, &moments)
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b):
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
        case .arithmetic(_, let a, let b): constantValues(a) + constantValues(b)
        default: []
        }
    }

    /// A trial assignment of values, in arrays indexed like the scenario's variables and scenes.
    struct Assignment: EvaluationEnvironment {
        var world: [Int]
        var player: [Int]
        var visited: [Bool]
        var now = Moment(minutes: 0)

        init(_ scenario: Scenario) {
            world = Array(repeating: 0, count: scenario.worldVariables.count)
            player = Array(repeating: 0, count: scenario.playerVariables.count)
            visited = Array(repeating: false, count: scenario.scenes.count)
        }

        /// Every variable at its minimum.
        init(lowestOf scenario: Scenario) {
            self.init(scenario)
            world = scenario.worldVariables.map(\.minimum)
            player = scenario.playerVariables.map(\.minimum)
        }

        func value(of variable: VariableReference) -> Int {
            variable.scope == .world ? world[variable.index] : player[variable.index]
        }

        func hasVisited(scene: Int) -> Bool { visited[scene] }

        mutating func set(_ variable: VariableReference, _ value: Int) {
            switch variable.scope {
            case .world: world[variable.index] = value
            case .player: player[variable.index] = value
            }
        }
    }
}

extension DeadEndAnalysis.Search {
    /// The search, or nil when the conditions have more than `DeadEndAnalysis.combinationLimit`
    /// combinations of values. `scene` bounds the clock from below by its date and has been visited; nil for conditions read
    /// anywhere. A variable in `fixed` takes only the values given there (within its range).
    init?(scene: Int?, conditions: [Expression], goal: Goal, in scenario: Scenario, fixed: [VariableReference: Set<Int>] = [:]) {
        var variables: [VariableReference: Set<Int>] = [:]
        var visitedScenes = Set<Int>()
        var moments = Set<Int>()
        for condition in conditions { DeadEndAnalysis.collect(condition, &variables, &visitedScenes, &moments) }
        let moment = scene.flatMap { scenario.scenes[$0].moment }
        let sceneStart = moment?.minutes ?? Int.min
        var times = Set(moments.flatMap { [$0 &- 1, $0] }.filter { $0 >= sceneStart })
        if times.isEmpty || moment != nil { times.insert(moment?.minutes ?? 0) }

        let variableOrder = variables.keys.sorted { ($0.scope.rawValue, $0.index) < ($1.scope.rawValue, $1.index) }
        var axes: [[Int]] = variableOrder.map { reference in
            let variable = scenario.variable(reference)
            if let values = fixed[reference] { return Set(values.map { min(max($0, variable.minimum), variable.maximum) }).sorted() }
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
        axes += visitedOrder.map { $0 == scene ? [1] : [0, 1] }
        axes.append(times.sorted())

        var combinations = 1
        for axis in axes {
            let (product, overflow) = combinations.multipliedReportingOverflow(by: axis.count)
            combinations = overflow ? Int.max : product
            if combinations > DeadEndAnalysis.combinationLimit { return nil }
        }
        let sizes = conditions.map(DeadEndAnalysis.size)
        let perCombination = sizes.reduce(axes.count, +)
        let (estimate, overflow) = combinations.multipliedReportingOverflow(by: perCombination)
        self.init(scene: scene ?? 0, goal: goal, guards: conditions, guardSizes: sizes, axes: axes, variableOrder: variableOrder,
                  visitedOrder: visitedOrder, estimatedWork: overflow ? Int.max : estimate, combinations: combinations)
    }
}

/// The scenes as a graph: an edge for every way a player can go from one scene to another by themselves
/// (choices, chance outcomes, `go` lines).
struct SceneGraph {
    let successors: FlatLists<Int>
    /// Scenes that world events can move players into, at any time.
    let moveTargets: Set<Int>

    init(_ scenario: Scenario) {
        var successors = FlatLists<Int>()
        successors.reserveCapacity(lists: scenario.scenes.count, elements: scenario.choices.count + scenario.scenes.count)
        for index in scenario.scenes.indices {
            scenario.forEachDestination(ofScene: index) { target in
                if case .scene(let next) = target, !successors.openList.contains(next) { successors.append(next) }
            }
            successors.closeList()
        }
        self.successors = successors
        var moves = Set<Int>()
        for event in scenario.events {
            for outcome in [event.fired] + (event.otherwise.map { [$0] } ?? []) {
                for case .move(_, let scene) in Effect.flattened(outcome.effects) { moves.insert(scene) }
            }
        }
        moveTargets = moves
    }

    /// For each scene, whether a player who leaves it can come back: it lies on a cycle (a strongly
    /// connected component of more than one scene, or with an edge to itself), or an event can move
    /// players into it.
    func reenterableScenes() -> [Bool] {
        var result = Array(repeating: false, count: successors.count)
        for component in Self.components(successors) {
            guard let first = component.first else { continue }
            let cyclic = component.count > 1 || successors[first].contains(first)
            for member in component { result[member] = cyclic || moveTargets.contains(member) }
        }
        return result
    }

    /// For each node of a graph given by each node's successors, whether one of `targets` can be reached
    /// from it (a target reaches itself).
    static func reaching(_ targets: [Int], successors: FlatLists<Int>) -> [Bool] {
        let predecessors = successors.reversedEdges()
        var reaches = Array(repeating: false, count: successors.count)
        var queue: [Int] = []
        for target in targets where !reaches[target] {
            reaches[target] = true
            queue.append(target)
        }
        while let node = queue.popLast() {
            for previous in predecessors[node] where !reaches[previous] {
                reaches[previous] = true
                queue.append(previous)
            }
        }
        return reaches
    }

    /// The strongly connected components of a graph given by each node's successors, each listed once.
    /// Tarjan's algorithm, written without recursion so large scenarios cannot exhaust the stack.
    static func components(_ successors: FlatLists<Int>) -> FlatLists<Int> {
        let count = successors.count
        var index = Array(repeating: -1, count: count), lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var components = FlatLists<Int>()
        components.reserveCapacity(lists: count, elements: count)
        var nextIndex = 0
        for root in 0..<count where index[root] == -1 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.last {
                let nodeSuccessors = successors[node]
                if edge < nodeSuccessors.count {
                    work[work.count - 1].edge += 1
                    let next = nodeSuccessors[nodeSuccessors.startIndex + edge]
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
                while let member = stack.popLast() {
                    onStack[member] = false
                    components.append(member)
                    if member == node { break }
                }
                components.closeList()
            }
        }
        return components
    }
}

extension Expression.Comparison {
    /// The comparison with its sides swapped: `a < b` is `b > a`.
    var mirrored: Self {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }

    /// The comparison that holds exactly when this one does not.
    var negated: Self {
        switch self {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        }
    }
}
