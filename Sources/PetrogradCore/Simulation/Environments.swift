/// What a player's conditions see: the world, their own variables and visits, and their time.
struct PlayerEnvironment: EvaluationEnvironment {
    let world: [Int]
    let player: PlayerState

    func value(of variable: VariableReference) -> Int {
        variable.scope == .world ? world[variable.index] : player.values[variable.index]
    }

    func hasVisited(scene: Int) -> Bool { player.visited.contains(scene) }
    var now: Moment { player.time }
}

/// What a world event's conditions see: the world and its clock.
struct WorldEnvironment: EvaluationEnvironment {
    let world: WorldState

    func value(of variable: VariableReference) -> Int { variable.scope == .world ? world.values[variable.index] : 0 }
    func hasVisited(scene: Int) -> Bool { false }
    var now: Moment { world.clock }
}
