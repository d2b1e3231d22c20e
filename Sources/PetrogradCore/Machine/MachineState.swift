/// Conversion between the reference `GameState` and the machine's flat slots (`MachineLayout`), exact in
/// both directions for a game of one player who is at the table.
extension MachineProgram {
    /// The slots of a one-player state; nil for a state the machine does not play (several players, an
    /// absent player, or one whose arrays do not fit this scenario).
    func slots(of state: GameState) -> [Int]? {
        guard state.players.count == 1, !state.players[0].isAbsent else { return nil }
        let player = state.players[0]
        guard state.world.values.count == scenario.worldVariables.count, player.values.count == scenario.playerVariables.count,
              state.world.events.count == scenario.events.count else { return nil }
        var slots = [Int](repeating: 0, count: layout.count)
        slots[MachineLayout.position] = MachineLayout.encode(player.position)
        slots[MachineLayout.time] = player.time.minutes
        slots[MachineLayout.clock] = state.world.clock.minutes
        slots[MachineLayout.seed] = Int(bitPattern: UInt(state.random.seed))
        slots[MachineLayout.draws] = Int(bitPattern: UInt(state.random.draws))
        for (index, value) in state.world.values.enumerated() { slots[layout.worldBase + index] = value }
        for (index, value) in player.values.enumerated() { slots[layout.playerBase + index] = value }
        slots.withUnsafeMutableBufferPointer { slots in
            for (index, status) in state.world.events.enumerated() { layout.setEventStatus(Int(status.rawValue), of: index, in: slots.baseAddress!) }
        }
        for scene in player.visited.members {
            guard scene < scenario.scenes.count else { return nil }
            slots[layout.visitedBase + scene >> 6] |= 1 << (scene & 63)
        }
        for choice in player.usedChoices.members {
            guard choice < scenario.choices.count else { return nil }
            slots[layout.usedBase + choice >> 6] |= 1 << (choice & 63)
        }
        slots[MachineLayout.eventCursor] = decidedPrefix(of: slots)
        return slots
    }

    /// The number of leading events in `eventOrder` that are decided.
    func decidedPrefix(of slots: [Int]) -> Int {
        slots.withUnsafeBufferPointer { slots in
            var cursor = 0
            while cursor < tables.events.count, layout.eventStatus(tables.events[cursor].index, in: slots.baseAddress!) != Int(EventStatus.pending.rawValue) { cursor += 1 }
            return cursor
        }
    }

    /// The reference state of the slots, for a player of `role`.
    func gameState(of slots: [Int], role: Int) -> GameState {
        var visited = BitSet(capacity: scenario.scenes.count)
        for scene in 0..<scenario.scenes.count where slots[layout.visitedBase + scene >> 6] & (1 << (scene & 63)) != 0 { visited.insert(scene) }
        var used = BitSet(capacity: 0)
        for choice in 0..<scenario.choices.count where slots[layout.usedBase + choice >> 6] & (1 << (choice & 63)) != 0 { used.insert(choice) }
        let player = PlayerState(role: role, position: MachineLayout.decode(slots[MachineLayout.position]),
                                 time: Moment(minutes: slots[MachineLayout.time]),
                                 values: Array(slots[layout.playerBase..<layout.eventBase]), visited: visited, usedChoices: used)
        let world = WorldState(values: Array(slots[layout.worldBase..<layout.playerBase]), clock: Moment(minutes: slots[MachineLayout.clock]),
                               events: slots.withUnsafeBufferPointer { slots in
                                   (0..<scenario.events.count).map { EventStatus(rawValue: UInt8(layout.eventStatus($0, in: slots.baseAddress!))) ?? .pending }
                               })
        return GameState(world: world, players: [player],
                         random: RandomSource(seed: UInt64(UInt(bitPattern: slots[MachineLayout.seed])),
                                              draws: UInt64(UInt(bitPattern: slots[MachineLayout.draws]))))
    }
}
