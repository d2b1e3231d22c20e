/// Where each part of a one-player game lives in the machine's flat state: one contiguous run of `Int`
/// slots, so that a step touches one small block of memory and a state is copied, compared or packed
/// (exhaustive search keys) as plain words.
///
///     0                 position: scene index ≥ 0, or −(ending + 1) once the player has finished
///     1                 the player's time (minutes, as `Moment.minutes`)
///     2                 the world clock (minutes)
///     3                 the generator's seed (bit pattern of the `UInt64`)
///     4                 the generator's draws so far (bit pattern of the `UInt64`)
///     5                 event cursor: how many leading events of `Scenario.eventOrder` are decided. It is
///                       derived from the statuses (kept so that a step skips them), not part of what
///                       makes two states differ
///     worldBase …       world values, as `Scenario.worldVariables`
///     playerBase …      the player's values, as `Scenario.playerVariables` (return slots included)
///     eventBase …       each event's `EventStatus.rawValue`, as `Scenario.events`, a byte each, eight to a
///                       slot (`eventStatus`): a state is mostly events, and it is copied for every
///                       successor exhaustive search tries
///     visitedBase …     visited scenes, 64 to a slot (bit `s & 63` of slot `visitedBase + s >> 6`)
///     usedBase …        `once` choices taken, 64 to a slot, the same way
struct MachineLayout: Sendable, Equatable {
    static let position = 0
    static let time = 1
    static let clock = 2
    static let seed = 3
    static let draws = 4
    static let eventCursor = 5

    let worldBase: Int
    let playerBase: Int
    let eventBase: Int
    let visitedBase: Int
    let usedBase: Int
    /// The number of slots in a state.
    let count: Int

    init(_ scenario: Scenario) {
        worldBase = 6
        playerBase = worldBase + scenario.worldVariables.count
        eventBase = playerBase + scenario.playerVariables.count
        visitedBase = eventBase + (scenario.events.count + 7) / 8
        usedBase = visitedBase + (scenario.scenes.count + 63) / 64
        count = usedBase + (scenario.choices.count + 63) / 64
    }

    /// The status of event `index` (an `EventStatus.rawValue`) in `state`.
    @inline(__always)
    func eventStatus(_ index: Int, in state: UnsafePointer<Int>) -> Int {
        Int(UnsafeRawPointer(state + eventBase).load(fromByteOffset: index, as: UInt8.self))
    }

    @inline(__always)
    func setEventStatus(_ status: Int, of index: Int, in state: UnsafeMutablePointer<Int>) {
        UnsafeMutableRawPointer(state + eventBase).storeBytes(of: UInt8(truncatingIfNeeded: status), toByteOffset: index, as: UInt8.self)
    }

    /// A position as its slot holds it.
    static func encode(_ position: Position) -> Int {
        switch position {
        case .scene(let scene): scene
        case .ending(let ending): -(ending + 1)
        }
    }

    static func decode(_ slot: Int) -> Position {
        slot >= 0 ? .scene(slot) : .ending(-slot - 1)
    }
}
