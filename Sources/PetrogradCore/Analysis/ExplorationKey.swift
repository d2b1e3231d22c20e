/// How exhaustive search writes a one-player state as a few fixed-width words: everything that decides the
/// state's future, each value packed into the bits its declared range needs. Packing is exact and
/// reversible (`unpack` gives the state back), so two states share a key only when they are the same
/// state after reduction: what no condition reads (`Explorer.Relevance`) and what can no longer be read
/// from the player's scene onward (`Liveness`) is written as a fixed value. The generator is left out:
/// exhaustive search follows every outcome of a chance roll itself. Of each world event only whether it
/// is still to come is kept: the simulation reads nothing else of a decided event (no condition names an
/// event's outcome), so its outcome (fired, otherwise, lapsed) never splits states.
///
/// A class, though nothing in it changes: search hands it to every step, and a struct of this many arrays
/// would be copied, and each array retained, every time.
final class ExplorationKeyLayout: Sendable {
    /// Where one value lives: in word `word`, from bit `shift`, as its distance from `lower`, in as many
    /// bits as `mask` has ones (none for a range of one value, so that reading needs no branch on it).
    struct Field: Sendable {
        var word: Int
        var shift: UInt64
        var lower: Int
        var upper: Int
        var mask: UInt64

        /// A value fits when its distance from `lower`, as an unsigned number, is at most this.
        var span: UInt { UInt(bitPattern: upper &- lower) }
    }

    /// A variable's value in the key; only relevant variables have one.
    struct ValueField: Sendable {
        var isPlayer: Bool
        var index: Int
        /// Its slot in the machine's state (`MachineLayout`), for the machine's packing.
        var slot: Int
        var field: Field
        /// What it is written as where it can no longer be read.
        var canonical: Int
        /// Its number in `Liveness`.
        var liveBit: Int
    }

    let role: Int
    let sceneCount: Int
    let position: Field
    let time: Field
    let clock: Field
    let values: [ValueField]
    /// Whether each event is decided, a bit each (1: decided), 64 to a word from this word on, in the
    /// order events are decided in (`Scenario.eventOrder`): the decided events then mostly lead, so the
    /// machine's packing writes them a word at a time.
    let eventWord: Int
    let eventCount: Int
    /// `Scenario.eventOrder` (the machine's `MachineProgram.events`): bit `i` is event `eventOrder[i]`'s.
    let eventOrder: [Int]
    /// The scenes whose visits some condition reads, one bit each, and where those bits are.
    let visitedScenes: [Int]
    let visitedFields: [Field]
    /// The `once` choices, one bit each for "used".
    let onceChoices: [Int]
    let onceFields: [Field]
    /// The value a variable is given where it does not count: 0, or the nearest value its range allows.
    let canonicalWorld: [Int]
    let canonicalPlayer: [Int]
    let wordCount: Int
    /// For each scene, `liveWordsPerScene` words: bit `v` says whether `values[v]` can still be read there
    /// (`Liveness`, by value number rather than by variable; all of them without liveness).
    private let liveValues: [UInt64]
    private let liveWordsPerScene: Int
    /// The scenes where liveness writes some value as its fixed value: elsewhere (and at endings) the key
    /// is the one a layout without liveness writes.
    let dropsValues: [Bool]

    /// The layout for `role`'s games. `liveness` nil keeps every relevant value everywhere; `start` widens
    /// the clock's range to include the start, whatever the setup did.
    init(scenario: Scenario, role: Int, relevance: Explorer.Relevance, liveness: Liveness?, start: GameState) {
        self.role = role
        sceneCount = scenario.scenes.count
        var builder = Builder()
        position = builder.field(0...(scenario.scenes.count + scenario.endings.count))
        // Without `advance` effects a player's time is always the moment of some scene or entry (or where
        // the game started), so its range is theirs; otherwise any supported moment.
        var moments = [scenario.origin, start.world.clock] + start.players.map(\.time)
        moments += scenario.scenes.compactMap(\.moment) + scenario.entries.map(\.moment)
        var times = moments.min()!.minutes...moments.max()!.minutes
        if Self.advancesTime(scenario) {
            times = Moment.supportedRange.lowerBound.minutes...Moment.supportedRange.upperBound.minutes
        }
        time = builder.field(times)
        clock = builder.field(times)
        let returnSlots = Set(scenario.returnSlots)
        func range(_ limits: ClosedRange<Int>, isReturnSlot: Bool) -> ClosedRange<Int> {
            // A return slot holds a scene (+1) or an ending (negated), written without clamping.
            guard isReturnSlot else { return limits }
            return Swift.min(limits.lowerBound, -scenario.endings.count)...Swift.max(limits.upperBound, scenario.scenes.count)
        }
        canonicalWorld = scenario.worldLimits.map { Swift.min(Swift.max(0, $0.lowerBound), $0.upperBound) }
        canonicalPlayer = scenario.playerLimits.indices.map { index in
            let limits = range(scenario.playerLimits[index], isReturnSlot: returnSlots.contains(index))
            return Swift.min(Swift.max(0, limits.lowerBound), limits.upperBound)
        }
        let machine = MachineLayout(scenario)
        var values: [ValueField] = []
        for index in scenario.worldLimits.indices where relevance.world[index] {
            values.append(ValueField(isPlayer: false, index: index, slot: machine.worldBase + index, field: builder.field(scenario.worldLimits[index]),
                                     canonical: canonicalWorld[index], liveBit: index))
        }
        for index in scenario.playerLimits.indices where relevance.player[index] {
            let limits = range(scenario.playerLimits[index], isReturnSlot: returnSlots.contains(index))
            values.append(ValueField(isPlayer: true, index: index, slot: machine.playerBase + index, field: builder.field(limits),
                                     canonical: canonicalPlayer[index], liveBit: scenario.worldLimits.count + index))
        }
        self.values = values
        eventCount = scenario.events.count
        eventWord = builder.words((eventCount + 63) / 64)
        eventOrder = scenario.eventOrder
        visitedScenes = relevance.visited.indices.filter { relevance.visited[$0] }
        visitedFields = visitedScenes.map { _ in builder.field(0...1) }
        onceChoices = scenario.choices.indices.filter { scenario.choices[$0].isOnce }
        onceFields = onceChoices.map { _ in builder.field(0...1) }
        wordCount = Swift.max(1, builder.wordCount)
        let liveWords = (values.count + 63) / 64
        var liveValues = [UInt64](repeating: 0, count: scenario.scenes.count * liveWords)
        for scene in 0..<scenario.scenes.count {
            for (number, value) in values.enumerated() where liveness?.isLive(value.liveBit, at: scene) ?? true {
                liveValues[scene * liveWords + number >> 6] |= 1 << UInt64(number & 63)
            }
        }
        self.liveValues = liveValues
        liveWordsPerScene = liveWords
        dropsValues = (0..<scenario.scenes.count).map { scene in
            (0..<values.count).contains { (liveValues[scene * liveWords + $0 >> 6] >> UInt64($0 & 63)) & 1 == 0 }
        }
    }

    /// Writes `values` into `key`, each read by `value` or, where it can no longer be read in `scene`, as
    /// its fixed value (nil `scene`: at an ending, where every value is kept, since the report counts the
    /// distinct final states of each ending). Liveness is looked at only in the scenes where it drops
    /// something. False when a value lies outside its range.
    @inline(__always)
    func putValues(at scene: Int?, into key: UnsafeMutablePointer<UInt64>, _ value: (ValueField) -> Int) -> Bool {
        values.withUnsafeBufferPointer { values in
            guard let scene, dropsValues[scene] else {
                for field in values { guard Self.put(value(field), field.field, key) else { return false } }
                return true
            }
            return liveValues.withUnsafeBufferPointer { live in
                let words = live.baseAddress! + scene * liveWordsPerScene
                for number in values.indices {
                    let field = values[number]
                    let isLive = (words[number >> 6] >> UInt64(number & 63)) & 1 != 0
                    guard Self.put(isLive ? value(field) : field.canonical, field.field, key) else { return false }
                }
                return true
            }
        }
    }

    /// Lays fields out word by word; a field never straddles two words.
    private struct Builder {
        var word = 0
        var used = 0
        var wordCount: Int { used == 0 ? word : word + 1 }

        mutating func field(_ range: ClosedRange<Int>) -> Field {
            let span = UInt(bitPattern: range.upperBound &- range.lowerBound)
            let width = span == 0 ? 0 : UInt.bitWidth - span.leadingZeroBitCount
            if used + width > 64 {
                word += 1
                used = 0
            }
            let field = Field(word: word, shift: UInt64(used), lower: range.lowerBound, upper: range.upperBound,
                              mask: width == 64 ? ~0 : (1 << UInt64(width)) - 1)
            used += width
            return field
        }

        /// `count` whole words of their own; returns the first.
        mutating func words(_ count: Int) -> Int {
            guard count > 0 else { return word }
            if used > 0 {
                word += 1
                used = 0
            }
            let first = word
            word += count
            return first
        }
    }

    static func advancesTime(_ scenario: Scenario) -> Bool {
        var effects: [Effect] = scenario.entries.flatMap(\.effects) + scenario.scenes.flatMap(\.effects)
        for choice in scenario.choices { effects += choice.effects + choice.outcomes.flatMap(\.effects) }
        return Effect.flattened(effects).contains { if case .advance = $0 { return true } else { return false } }
    }

    // MARK: Packing

    /// Writes `value` into its field; false when it lies outside the field's range. One unsigned
    /// comparison checks both ends, and a value in range needs no mask (a field of width 0 writes 0).
    @inline(__always)
    static func put(_ value: Int, _ field: Field, _ key: UnsafeMutablePointer<UInt64>) -> Bool {
        let distance = UInt(bitPattern: value &- field.lower)
        guard distance <= field.span else { return false }
        key[field.word] |= UInt64(distance) << field.shift
        return true
    }

    @inline(__always)
    static func get(_ field: Field, _ key: UnsafePointer<UInt64>) -> Int {
        field.lower &+ Int(bitPattern: UInt((key[field.word] >> field.shift) & field.mask))
    }

    /// Writes the key of a one-player state into `key` (`wordCount` words). False when a value lies outside
    /// the range its layout allows (a state the scenario's ranges say cannot happen).
    func pack(_ state: GameState, into key: UnsafeMutablePointer<UInt64>) -> Bool {
        key.update(repeating: 0, count: wordCount)
        let player = state.players[0]
        let scene: Int?
        switch player.position {
        case .scene(let index):
            scene = index
            guard Self.put(index, position, key) else { return false }
        case .ending(let index):
            scene = nil
            guard Self.put(sceneCount + index, position, key) else { return false }
        }
        guard Self.put(player.time.minutes, time, key), Self.put(state.world.clock.minutes, clock, key) else { return false }
        let values = player.values
        let world = state.world.values
        guard putValues(at: scene, into: key, { $0.isPlayer ? values[$0.index] : world[$0.index] }) else { return false }
        for (bit, event) in eventOrder.enumerated() where state.world.events[event] != .pending {
            key[eventWord + bit >> 6] |= 1 << UInt64(bit & 63)
        }
        for (number, scene) in visitedScenes.enumerated() where player.visited.contains(scene) {
            _ = Self.put(1, visitedFields[number], key)
        }
        for (number, choice) in onceChoices.enumerated() where player.usedChoices.contains(choice) {
            _ = Self.put(1, onceFields[number], key)
        }
        return true
    }

    /// Whether the key stands at an ending (nil: in a scene), read without unpacking the rest.
    func ending(_ key: UnsafePointer<UInt64>) -> Int? {
        let value = Self.get(position, key)
        return value >= sceneCount ? value - sceneCount : nil
    }

    /// The player's scene, nil at an ending.
    func scene(_ key: UnsafePointer<UInt64>) -> Int? {
        let value = Self.get(position, key)
        return value < sceneCount ? value : nil
    }

    /// The player's time.
    func time(_ key: UnsafePointer<UInt64>) -> Moment { Moment(minutes: Self.get(time, key)) }

    /// The state a key was packed from, with what the key leaves out at its canonical value (a decided
    /// event as fired).
    func unpack(_ key: UnsafePointer<UInt64>) -> GameState {
        let place = Self.get(position, key)
        let position: Position = place < sceneCount ? .scene(place) : .ending(place - sceneCount)
        var worldValues = canonicalWorld
        var playerValues = canonicalPlayer
        for value in values {
            if value.isPlayer { playerValues[value.index] = Self.get(value.field, key) } else { worldValues[value.index] = Self.get(value.field, key) }
        }
        var statuses = [EventStatus](repeating: .pending, count: eventCount)
        for (bit, event) in eventOrder.enumerated() where (key[eventWord + bit >> 6] >> UInt64(bit & 63)) & 1 != 0 {
            statuses[event] = .fired
        }
        var visited = BitSet(capacity: 0)
        for (number, scene) in visitedScenes.enumerated() where Self.get(visitedFields[number], key) != 0 { visited.insert(scene) }
        var used = BitSet(capacity: 0)
        for (number, choice) in onceChoices.enumerated() where Self.get(onceFields[number], key) != 0 { used.insert(choice) }
        let playerState = PlayerState(role: role, position: position, time: Moment(minutes: Self.get(time, key)), values: playerValues,
                                      visited: visited, usedChoices: used)
        return GameState(world: WorldState(values: worldValues, clock: Moment(minutes: Self.get(clock, key)), events: statuses),
                         players: [playerState], random: RandomSource(seed: 0))
    }
}
