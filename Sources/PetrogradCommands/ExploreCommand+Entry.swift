import PetrogradCore

extension ExploreCommand {
    /// Whether a scene can be reached at all from where the explored games start: always, from the
    /// roles' starts; from an entry point (`--at`), only the scenes its start leads to (and those world
    /// events move players to), so a game in one period is not blamed for the act's other scenes.
    func canReach(_ scene: Int, model: Scenario, role: Int) -> Bool {
        reachableFromEntry(model: model, role: role).map { $0.scenes.contains(scene) } ?? true
    }

    /// Whether an ending can be reached at all from where the explored games start (as `canReach`).
    func canReach(ending: Int, model: Scenario, role: Int) -> Bool {
        reachableFromEntry(model: model, role: role).map { $0.endings.contains(ending) } ?? true
    }

    /// The scenes and endings the entry point's start leads to for the role; nil without `--at`.
    private func reachableFromEntry(model: Scenario, role: Int) -> (scenes: Set<Int>, endings: Set<Int>)? {
        guard let at, let entry = model.entryIndex(at) else { return nil }
        var scenes: Set<Int> = []
        var endings: Set<Int> = []
        var queue = [model.entries[entry].starts[role]]
        for event in model.events {
            for outcome in [event.fired] + (event.otherwise.map { [$0] } ?? []) {
                for case .move(let moved, let scene) in Effect.flattened(outcome.effects) where moved == nil || moved == role { queue.append(scene) }
            }
        }
        scenes.formUnion(queue)
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
