/// Keys to and from the machine's flat slots (`MachineLayout`), the same keys `pack(_: GameState)` writes,
/// so that exhaustive search can step with the compiled machine without building a `GameState` per state.
extension ExplorationKeyLayout {
    /// Writes the key of the machine state `slots` into `key`; false when a value lies outside its range.
    func pack(slots: UnsafePointer<Int>, program: MachineProgram, into key: UnsafeMutablePointer<UInt64>) -> Bool {
        let machine = program.layout
        key.update(repeating: 0, count: wordCount)
        let place = slots[MachineLayout.position]
        let scene: Int? = place >= 0 ? place : nil
        guard Self.put(place >= 0 ? place : sceneCount + (-place - 1), position, key) else { return false }
        guard Self.put(slots[MachineLayout.time], time, key), Self.put(slots[MachineLayout.clock], clock, key) else { return false }
        guard putValues(at: scene, into: key, { slots[$0.slot] }) else { return false }
        // The events before the cursor are decided: whole words of ones. After it, only those the clock
        // has reached can be; when the events come in order of start, none after the first that starts
        // later than the clock (an event is decided only once the clock has reached its start, and the
        // clock never goes back). The key's bits follow the machine's order of events.
        let pending = Int(EventStatus.pending.rawValue)
        let cursor = slots[MachineLayout.eventCursor]
        for word in 0..<cursor >> 6 { key[eventWord + word] = ~0 }
        if cursor & 63 != 0 { key[eventWord + cursor >> 6] = (1 << UInt64(cursor & 63)) - 1 }
        let clock = slots[MachineLayout.clock]
        var bit = cursor
        while bit < eventCount {
            let event = program.tables.events[bit]
            if program.eventsByStart, event.start > clock { break }
            if machine.eventStatus(event.index, in: slots) != pending { key[eventWord + bit >> 6] |= 1 << UInt64(bit & 63) }
            bit += 1
        }
        for (number, scene) in visitedScenes.enumerated() where slots[machine.visitedBase + scene >> 6] & (1 << (scene & 63)) != 0 {
            _ = Self.put(1, visitedFields[number], key)
        }
        for (number, choice) in onceChoices.enumerated() where slots[machine.usedBase + choice >> 6] & (1 << (choice & 63)) != 0 {
            _ = Self.put(1, onceFields[number], key)
        }
        return true
    }

    /// How many leading slots of the machine's state a step can read: all of them, or, when no condition
    /// reads a visit and no choice is `once`, those before the visited and used bits (the machine still
    /// writes visits, but nothing reads them). Search copies and clears only these.
    func slotsRead(_ machine: MachineLayout) -> Int {
        visitedScenes.isEmpty && onceChoices.isEmpty ? machine.visitedBase : machine.count
    }

    /// Fills the machine's slots from a key (those `slotsRead` counts), with what the key leaves out at its
    /// canonical value; the generator is left at seed 0 (search forces every chance outcome), a decided
    /// event reads as fired and the event cursor is derived.
    func unpack(_ key: UnsafePointer<UInt64>, into slots: UnsafeMutablePointer<Int>, program: MachineProgram) {
        let machine = program.layout
        slots.update(repeating: 0, count: slotsRead(machine))
        let place = Self.get(position, key)
        slots[MachineLayout.position] = place < sceneCount ? place : -(place - sceneCount + 1)
        slots[MachineLayout.time] = Self.get(time, key)
        slots[MachineLayout.clock] = Self.get(clock, key)
        for (index, value) in canonicalWorld.enumerated() { slots[machine.worldBase + index] = value }
        for (index, value) in canonicalPlayer.enumerated() { slots[machine.playerBase + index] = value }
        values.withUnsafeBufferPointer { values in
            for value in values { slots[value.slot] = Self.get(value.field, key) }
        }
        // Pending is 0, as the slots already are: only the decided events are written, a set bit at a time.
        let fired = Int(EventStatus.fired.rawValue)
        for word in 0..<(eventCount + 63) >> 6 {
            var bits = key[eventWord + word]
            while bits != 0 {
                machine.setEventStatus(fired, of: eventOrder[word << 6 + bits.trailingZeroBitCount], in: slots)
                bits &= bits - 1
            }
        }
        for (number, scene) in visitedScenes.enumerated() where Self.get(visitedFields[number], key) != 0 {
            slots[machine.visitedBase + scene >> 6] |= 1 << (scene & 63)
        }
        for (number, choice) in onceChoices.enumerated() where Self.get(onceFields[number], key) != 0 {
            slots[machine.usedBase + choice >> 6] |= 1 << (choice & 63)
        }
        // The cursor is the first event still to come: the key's leading ones.
        var cursor = 0
        for word in 0..<(eventCount + 63) >> 6 {
            let ones = (~key[eventWord + word]).trailingZeroBitCount
            cursor += ones
            if ones < 64 { break }
        }
        slots[MachineLayout.eventCursor] = Swift.min(cursor, eventCount)
    }
}
