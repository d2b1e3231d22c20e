/// What a player's conditions see: the world, their own variables and visits, and their time.
public struct PlayerEnvironment: EvaluationEnvironment {
    public let world: [Int]
    public let player: PlayerState

    public init(world: [Int], player: PlayerState) {
        self.world = world
        self.player = player
    }

    public func value(of variable: VariableReference) -> Int {
        variable.scope == .world ? world[variable.index] : player.values[variable.index]
    }

    public func hasVisited(scene: Int) -> Bool { player.visited.contains(scene) }
    public var now: Moment { player.time }
}

/// What a world event's conditions see: the world and its clock.
struct WorldEnvironment: EvaluationEnvironment {
    let world: WorldState

    func value(of variable: VariableReference) -> Int { variable.scope == .world ? world.values[variable.index] : 0 }
    func hasVisited(scene: Int) -> Bool { false }
    var now: Moment { world.clock }
}
