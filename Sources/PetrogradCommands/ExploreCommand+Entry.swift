import PetrogradCore

extension ExploreCommand {
    /// Whether a scene belongs to the games explored, for the lists of what was never reached. With
    /// `--at`, only the scenes the entry point's start leads to (and those world events move players to)
    /// count, so a game in one period is not blamed for the act's other scenes; without it, every scene
    /// counts but those that only entry points lead to, which the roles' own games never meet.
    func canReach(_ scene: Int, model: Scenario, role: Int) -> Bool {
        if let entry = at.flatMap(model.entryIndex) { return Self.reachable(from: model.entries[entry].starts[role], model: model, role: role).scenes.contains(scene) }
        return !entryOnly(model: model, role: role).scenes.contains(scene)
    }

    /// Whether an ending belongs to the games explored (as `canReach` for scenes).
    func canReach(ending: Int, model: Scenario, role: Int) -> Bool {
        if let entry = at.flatMap(model.entryIndex) { return Self.reachable(from: model.entries[entry].starts[role], model: model, role: role).endings.contains(ending) }
        return !entryOnly(model: model, role: role).endings.contains(ending)
    }

    /// What only the scenario's entry points lead to, for the role: none without entry points.
    func entryOnly(model: Scenario, role: Int) -> (scenes: Set<Int>, endings: Set<Int>) {
        guard !model.entries.isEmpty else { return ([], []) }
        let own = Self.reachable(from: model.roles[role].start, model: model, role: role)
        var scenes: Set<Int> = [], endings: Set<Int> = []
        for entry in model.entries {
            let fromEntry = Self.reachable(from: entry.starts[role], model: model, role: role)
            scenes.formUnion(fromEntry.scenes.subtracting(own.scenes))
            endings.formUnion(fromEntry.endings.subtracting(own.endings))
        }
        return (scenes, endings)
    }

    /// The scenes and endings a start leads to for the role, by the scenes' ways on and by world events
    /// that move the role's players.
    static func reachable(from start: Int, model: Scenario, role: Int) -> (scenes: Set<Int>, endings: Set<Int>) {
        var queue = [start]
        for event in model.events {
            for outcome in [event.fired] + (event.otherwise.map { [$0] } ?? []) {
                for case .move(let moved, let scene) in Effect.flattened(outcome.effects) where moved == nil || moved == role { queue.append(scene) }
            }
        }
        var scenes = Set(queue)
        var endings: Set<Int> = []
        while let scene = queue.popLast() {
            for target in model.destinations(ofScene: scene) {
                switch target {
                case .scene(let next): if scenes.insert(next).inserted { queue.append(next) }
                case .ending(let ending): endings.insert(ending)
                }
            }
        }
        return (scenes, endings)
    }
}
