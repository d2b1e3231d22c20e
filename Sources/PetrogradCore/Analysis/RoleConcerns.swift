/// What in a scenario concerns the players of one role: the scenes they can reach, the variables those
/// scenes read or change, and the world events that move them, speak to them, or change what their
/// scenes read. `explore` lists only these variables for a role, and `graph --role` draws these events.
public struct RoleConcerns: Sendable {
    /// For each scene, whether the role can reach it (as `ScenarioGraph.reachableScenes` finds it).
    public var scenes: [Bool]
    /// Whether each world variable, and each player variable, is read or changed in those scenes.
    public var worldVariables: [Bool]
    public var playerVariables: [Bool]
    /// Whether each world event concerns the role.
    public var events: [Bool]

    public init(_ scenario: Scenario, role: Int) {
        scenes = ScenarioGraph.reachableScenes(in: scenario, role: role)
        var world = Array(repeating: false, count: scenario.worldVariables.count)
        var player = Array(repeating: false, count: scenario.playerVariables.count)
        var read = Array(repeating: false, count: scenario.worldVariables.count)
        func note(_ reference: VariableReference, reading: Bool) {
            switch reference.scope {
            case .world:
                world[reference.index] = true
                if reading { read[reference.index] = true }
            case .player:
                player[reference.index] = true
            }
        }
        func note(_ expression: Expression?) {
            for reference in expression?.variables ?? [] { note(reference, reading: true) }
        }
        func note(_ effects: [Effect]) {
            for effect in Effect.flattened(effects) {
                switch effect {
                case .set(let target, let value), .add(let target, let value):
                    note(target, reading: false)
                    note(value)
                case .conditional(let branches):
                    for branch in branches { note(branch.condition) }
                case .advance, .journal, .move:
                    break
                }
            }
        }
        for (index, scene) in scenario.scenes.enumerated() where scenes[index] {
            note(scene.effects)
            for passage in scene.passages { note(passage.condition) }
            for route in scene.routes { note(route.condition) }
            for choice in scene.choices.map({ scenario.choices[$0] }) {
                note(choice.guardCondition)
                note(choice.effects)
                for outcome in choice.outcomes { note(outcome.effects) }
            }
        }
        worldVariables = world
        playerVariables = player
        events = scenario.events.map { event in
            let outcomes = [event.fired] + (event.otherwise.map { [$0] } ?? []) + event.replacements.map(\.outcome)
            return outcomes.contains { outcome in
                outcome.roleTexts.contains { $0.role == role }
                    || Effect.flattened(outcome.effects).contains { effect in
                        switch effect {
                        case .move(let moved, _): moved == nil || moved == role
                        case .set(let target, _), .add(let target, _): target.scope == .world && read[target.index]
                        case .advance, .journal, .conditional: false
                        }
                    }
            }
        }
    }
}
