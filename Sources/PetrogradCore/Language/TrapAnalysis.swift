/// Finds traps (PG042): scenes a player can enter but from which no ending can be reached.
///
/// The scenes form a graph of every way a player can move: each choice to where each of its outcomes
/// leads (or back to its own scene when it leads nowhere), `go` lines, and world events' `move`. A scene
/// escapes when a path of open edges leads from it to an ending. A choice's edges are closed only when it
/// can provably never be taken:
/// - its guard is never true (PG057);
/// - it leads out of a cycle of scenes, and every choice that leads out of that cycle towards an ending
///   has a guard that is false whenever a player arrives and that reads only values nothing in the cycle
///   can change: player variables that no choice in the cycle writes, and world variables that nothing
///   writes at all (another player, or an event, could change those). Guards that read `visited` or the
///   time are taken to be able to open.
/// A world event that can move a role into a scene that escapes is a way out from anywhere, so such a role
/// is never reported as trapped.
struct TrapAnalysis: Sendable {
    /// A set of scenes that holds players for ever, and why, in words for the message.
    struct Trap: Equatable, Sendable {
        var scenes: [Int]
        var reason: String
    }

    private struct Edge: Sendable {
        var target: Target
        /// The choice that moves the player, or nil for a `go` line.
        var choice: Int?
    }

    let scenario: Scenario
    private var edges: FlatLists<Edge>
    /// Choices that can never be taken, with whether each was closed because it leads out of a cycle.
    private var closed: [Int: Bool]
    /// The scenes events can move players into, and the role moved (nil: everyone).
    private var moves: [(role: Int?, scene: Int)] = []

    /// The graph of a scenario's scenes, every edge open; `close(neverOffered:)` closes the choices
    /// whose guards are never true.
    init(_ scenario: Scenario) {
        self.scenario = scenario
        closed = [:]
        var edges = FlatLists<Edge>()
        edges.reserveCapacity(lists: scenario.scenes.count, elements: scenario.choices.count + scenario.scenes.count)
        for index in scenario.scenes.indices {
            // Built for every scene: plain loops, fields read in place (copying a choice costs more).
            // A choice's edges differ in their targets; a choice's and a `go` line's may not.
            var first = edges.elements.count
            func add(_ target: Target, _ choice: Int?) {
                if !edges.elements[first...].contains(where: { $0.target == target }) { edges.append(Edge(target: target, choice: choice)) }
            }
            // Into shared scenes and back: a call leads into them, a return to wherever any call keeps.
            func add(_ leading: Leading?, _ choice: Int?) {
                switch leading {
                case .call(let shared): add(.scene(shared), choice)
                case .back: for target in scenario.returnTargets { add(target, choice) }
                case nil: break
                }
            }
            if let fallback = scenario.scenes[index].fallback { add(fallback, nil) }
            for route in scenario.scenes[index].routes { add(route.target, nil) }
            add(scenario.scenes[index].leading, nil)
            for choiceIndex in scenario.scenes[index].choices {
                let own = scenario.choices[choiceIndex].defaultTarget ?? .scene(index)
                first = edges.elements.count
                add(own, choiceIndex)
                add(scenario.choices[choiceIndex].leading, choiceIndex)
                for outcome in scenario.choices[choiceIndex].outcomes {
                    add(outcome.target ?? own, choiceIndex)
                    add(outcome.leading, choiceIndex)
                }
            }
            edges.closeList()
        }
        self.edges = edges
        for event in scenario.events {
            for outcome in [event.fired] + (event.otherwise.map { [$0] } ?? []) + event.replacements.map(\.outcome) {
                for case .move(let role, let scene) in Effect.flattened(outcome.effects) { moves.append((role, scene)) }
            }
        }
    }

    /// Closes the edges of choices that are never offered (their guards are never true).
    mutating func close(neverOffered: Set<Int>) {
        for choice in neverOffered { closed[choice] = false }
    }

    private func isOpen(_ edge: Edge) -> Bool { edge.choice.map { closed[$0] == nil } ?? true }

    /// The scenes each scene can move a player to along open edges.
    private func successors() -> FlatLists<Int> {
        var successors = FlatLists<Int>()
        successors.reserveCapacity(lists: edges.count, elements: edges.elements.count)
        for sceneEdges in edges {
            for edge in sceneEdges where isOpen(edge) {
                if case .scene(let scene) = edge.target, !successors.openList.contains(scene) { successors.append(scene) }
            }
            successors.closeList()
        }
        return successors
    }

    /// For each scene, whether an ending can be reached from it along open edges.
    private func escapes(_ successors: FlatLists<Int>) -> [Bool] {
        let exits = edges.indices.filter { scene in edges[scene].contains { isOpen($0) && $0.target.isEnding } }
        return SceneGraph.reaching(exits, successors: successors)
    }

    /// Closes the choices that lead out of a cycle of scenes when none of them can open (see the type's
    /// summary). Each cycle is one search over the values its exits' guards read, within `budget`; a
    /// cycle whose search does not fit keeps its exits open.
    mutating func closeExitsThatCannotOpen(budget: inout Int) {
        let successors = successors()
        let escapes = escapes(successors)
        // What choices and events write is needed only for a circle with guarded ways out.
        var knownWrites: Writes?
        var candidates: [(exits: Set<Int>, search: DeadEndAnalysis.Search)] = []
        for component in SceneGraph.components(successors) {
            guard let first = component.first, escapes[first],
                  component.count > 1 || successors[first].contains(first) else { continue }
            let members = Set(component)
            var exits = Set<Int>()
            var hasOpenGo = false
            for scene in component {
                for edge in edges[scene] where isOpen(edge) {
                    switch edge.target {
                    case .scene(let next) where members.contains(next) || !escapes[next]: continue
                    default: break
                    }
                    if let choice = edge.choice { exits.insert(choice) } else { hasOpenGo = true }
                }
            }
            let guards = exits.sorted().compactMap { scenario.choices[$0].guardCondition }
            guard !hasOpenGo, !exits.isEmpty, guards.count == exits.count, guards.allSatisfy(Self.readsOnlyVariables) else { continue }
            let writes = knownWrites ?? Writes(scenario)
            knownWrites = writes
            let writtenInside = Set(component.flatMap { scenario.scenes[$0].choices }.flatMap { writes.byChoice[$0] ?? [] })
            var fixed: [VariableReference: Set<Int>] = [:]
            var decidable = true
            for reference in Set(guards.flatMap(\.variables)) {
                // Counts change as players move, and effects on entering a scene as they arrive: never fixed.
                if writtenInside.contains(reference) || (reference.scope == .world && writes.anywhere.contains(reference))
                    || scenario.variable(reference).isInternal || writes.onEntering.contains(reference) {
                    decidable = false
                    break
                }
                // The values a player can arrive with; without them, every value in the range.
                if let values = writes.values(of: reference, outside: members, in: scenario) { fixed[reference] = values }
            }
            guard decidable,
                  let search = DeadEndAnalysis.Search(scene: nil, conditions: guards, goal: .someConditionTrue, in: scenario, fixed: fixed)
            else { continue }
            candidates.append((exits, search))
        }
        for (candidate, result) in zip(candidates, DeadEndAnalysis.run(candidates.map(\.search), in: scenario, budget: &budget)) where result == .notFound {
            for choice in candidate.exits { closed[choice] = true }
        }
    }

    /// The traps: the scenes some role can reach that cannot reach an ending, in groups of scenes joined
    /// by the ways between them, each group in scene order.
    func traps() -> [Trap] {
        let successors = successors()
        let escapes = escapes(successors)
        var trapped = Array(repeating: false, count: edges.count)
        for role in scenario.roles.indices {
            let moved = moves.filter { $0.role == nil || $0.role == role }.map(\.scene)
            if moved.contains(where: { escapes[$0] }) { continue }
            var reached = Array(repeating: false, count: edges.count)
            var queue = [scenario.roles[role].start] + scenario.entries.map { $0.starts[role] } + moved
            for scene in queue { reached[scene] = true }
            while let scene = queue.popLast() {
                if !escapes[scene] { trapped[scene] = true }
                for next in successors[scene] where !reached[next] {
                    reached[next] = true
                    queue.append(next)
                }
            }
        }
        // Group the trapped scenes by the ways between them, in either direction.
        var neighbours = Array(repeating: [Int](), count: edges.count)
        for (scene, next) in successors.enumerated() where trapped[scene] {
            for target in next where trapped[target] && target != scene {
                neighbours[scene].append(target)
                neighbours[target].append(scene)
            }
        }
        var grouped = Array(repeating: false, count: edges.count)
        var traps: [Trap] = []
        for root in trapped.indices where trapped[root] && !grouped[root] {
            var group: [Int] = []
            var queue = [root]
            grouped[root] = true
            while let scene = queue.popLast() {
                group.append(scene)
                for next in neighbours[scene] where !grouped[next] {
                    grouped[next] = true
                    queue.append(next)
                }
            }
            group.sort()
            traps.append(Trap(scenes: group, reason: reason(for: group)))
        }
        return traps
    }

    /// Why a group of scenes holds players: its ways out are closed, or it has none.
    private func reason(for group: [Int]) -> String {
        let members = Set(group)
        var ways: [String] = []
        var closedByCycle = false
        for scene in group {
            for edge in edges[scene] {
                guard let choice = edge.choice, let byCycle = closed[choice] else { continue }
                if case .scene(let next) = edge.target, members.contains(next) { continue }
                let way = "choice '\(scenario.choices[choice].id)' in scene '\(scenario.scenes[scene].id)'"
                if !ways.contains(way) { ways.append(way) }
                closedByCycle = closedByCycle || byCycle
            }
        }
        if ways.isEmpty {
            return group.count == 1 ? "every choice and 'go' in it leads back to it"
                : "every choice and 'go' in them leads to one of them"
        }
        let why = closedByCycle
            ? "their conditions are false whenever a player arrives, and nothing in \(group.count == 1 ? "this scene" : "these scenes") changes what they read"
            : "their conditions are never true"
        return "the only ways out (\(ways.joined(separator: ", "))) can never be taken: " + why
    }

    /// Whether a condition reads only variables: no `visited`, no time.
    private static func readsOnlyVariables(_ condition: Expression) -> Bool {
        guard DeadEndAnalysis.isDecidedExactly(condition) else { return false }
        var variables: [VariableReference: Set<Int>] = [:]
        var visited = Set<Int>()
        var moments = Set<Int>()
        DeadEndAnalysis.collect(condition, &variables, &visited, &moments)
        return visited.isEmpty && moments.isEmpty
    }

    /// What the choices and events of a scenario write.
    private struct Writes {
        /// Every variable each choice writes.
        var byChoice: [Int: Set<VariableReference>] = [:]
        /// The constants each choice sets variables to…
        var constants: [Int: [VariableReference: Set<Int>]] = [:]
        /// … and the variables it changes by other means (`add`, `set` from an expression).
        var anyValue: [Int: Set<VariableReference>] = [:]
        /// Every variable anything writes, events included.
        var anywhere = Set<VariableReference>()
        /// Every variable a scene's effects on entering write.
        var onEntering = Set<VariableReference>()

        init(_ scenario: Scenario) {
            for (index, choice) in scenario.choices.enumerated() { record(choice.effects + choice.outcomes.flatMap(\.effects), choice: index) }
            for event in scenario.events {
                record(event.fired.effects + (event.otherwise?.effects ?? []) + event.replacements.flatMap(\.outcome.effects), choice: nil)
            }
            for scene in scenario.scenes { record(scene.effects, choice: nil) }
            onEntering = Set(scenario.scenes.flatMap { Effect.flattened($0.effects) }.compactMap(\.writtenVariable))
        }

        private mutating func record(_ effects: [Effect], choice: Int?) {
            // Effects inside a conditional one count as if they always happened: they add the values they may set.
            for effect in Effect.flattened(effects) {
                let reference: VariableReference
                var constant: Int?
                switch effect {
                case .set(let target, .constant(let value)): reference = target; constant = value
                case .set(let target, .negate(.constant(let value))) where value != Int.min: reference = target; constant = -value
                case .set(let target, _), .add(let target, _): reference = target
                case .advance, .journal, .move, .conditional: continue
                }
                anywhere.insert(reference)
                guard let choice else { continue }
                byChoice[choice, default: []].insert(reference)
                if let constant {
                    constants[choice, default: [:]][reference, default: []].insert(constant)
                } else {
                    anyValue[choice, default: []].insert(reference)
                }
            }
        }

        /// The values a player can hold in a variable when choices in `excluded` scenes do not change it:
        /// its starting value and the constants other choices set it to; nil when another choice changes
        /// it by other means.
        func values(of reference: VariableReference, outside excluded: Set<Int>, in scenario: Scenario) -> Set<Int>? {
            var values: Set<Int> = [scenario.variable(reference).initial]
            for (choice, references) in byChoice where references.contains(reference) && !excluded.contains(scenario.choices[choice].scene) {
                if anyValue[choice]?.contains(reference) == true { return nil }
                values.formUnion(constants[choice]?[reference] ?? [])
            }
            return values
        }
    }
}

extension Target {
    var isEnding: Bool {
        if case .ending = self { true } else { false }
    }
}
