/// Keys to and from the machine's flat slots (`MachineLayout`), the same keys `pack(_: GameState)` writes,
/// so that exhaustive search can step with the compiled machine without building a `GameState` per state.
extension ExplorationKeyLayout {
    /// Writes the key of the machine state `slots` into `key`; false when a value lies outside its range.
    func pack(slots: UnsafePointer<Int>, machine: MachineLayout, into key: UnsafeMutablePointer<UInt64>) -> Bool {
        key.update(repeating: 0, count: wordCount)
        let place = slots[MachineLayout.position]
        let scene: Int? = place >= 0 ? place : nil
        guard Self.put(place >= 0 ? place : sceneCount + (-place - 1), position, key) else { return false }
        guard Self.put(slots[MachineLayout.time], time, key), Self.put(slots[MachineLayout.clock], clock, key) else { return false }
        for value in values {
            var live = true
            if let liveness, let scene { live = liveness.isLive(value.liveBit, at: scene) }
            let written = live ? slots[(value.isPlayer ? machine.playerBase : machine.worldBase) + value.index] : value.canonical
            guard Self.put(written, value.field, key) else { return false }
        }
        var word: UInt64 = 0
        for index in 0..<eventCount {
            word |= UInt64(slots[machine.eventBase + index] & 3) << UInt64((index & 31) * 2)
            if index & 31 == 31 {
                key[eventWord + index >> 5] = word
                word = 0
            }
        }
        if eventCount & 31 != 0 { key[eventWord + eventCount >> 5] = word }
        for (number, scene) in visitedScenes.enumerated() where slots[machine.visitedBase + scene >> 6] & (1 << (scene & 63)) != 0 {
            _ = Self.put(1, visitedFields[number], key)
        }
        for (number, choice) in onceChoices.enumerated() where slots[machine.usedBase + choice >> 6] & (1 << (choice & 63)) != 0 {
            _ = Self.put(1, onceFields[number], key)
        }
        return true
    }

    /// Fills the machine's slots from a key, with what the key leaves out at its canonical value; the
    /// generator is left at seed 0 (search forces every chance outcome) and the event cursor is derived.
    func unpack(_ key: UnsafePointer<UInt64>, into slots: UnsafeMutablePointer<Int>, program: MachineProgram) {
        let machine = program.layout
        slots.update(repeating: 0, count: machine.count)
        let place = Self.get(position, key)
        slots[MachineLayout.position] = place < sceneCount ? place : -(place - sceneCount + 1)
        slots[MachineLayout.time] = Self.get(time, key)
        slots[MachineLayout.clock] = Self.get(clock, key)
        for (index, value) in canonicalWorld.enumerated() { slots[machine.worldBase + index] = value }
        for (index, value) in canonicalPlayer.enumerated() { slots[machine.playerBase + index] = value }
        for value in values {
            slots[(value.isPlayer ? machine.playerBase : machine.worldBase) + value.index] = Self.get(value.field, key)
        }
        for index in 0..<eventCount {
            slots[machine.eventBase + index] = Int((key[eventWord + index >> 5] >> UInt64((index & 31) * 2)) & 3)
        }
        for (number, scene) in visitedScenes.enumerated() where Self.get(visitedFields[number], key) != 0 {
            slots[machine.visitedBase + scene >> 6] |= 1 << (scene & 63)
        }
        for (number, choice) in onceChoices.enumerated() where Self.get(onceFields[number], key) != 0 {
            slots[machine.usedBase + choice >> 6] |= 1 << (choice & 63)
        }
        var cursor = 0
        while cursor < program.events.count, slots[machine.eventBase + program.events[cursor].index] != Int(EventStatus.pending.rawValue) {
            cursor += 1
        }
        slots[MachineLayout.eventCursor] = cursor
    }
}
