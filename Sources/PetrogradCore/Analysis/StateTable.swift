/// An open-addressing table of state numbers, for `VisitedStates`: each slot holds the top 32 bits of its
/// key's hash, then the state number + 1 in the low 32 bits (0 is an empty slot). The hash's top bits
/// choose the slot (after the first `skipped`, which chose the table), so growing reads no key and moves
/// slots in order; the 32 kept bits let a probe pass other keys without reading them (each such read is a
/// cache miss). The table knows no keys: the caller says which state numbers match.
struct StateTable {
    private(set) var slots: UnsafeMutablePointer<UInt64>
    private(set) var size: Int
    /// The leading hash bits that chose this table among others, and are not used for the slot.
    let skipped: UInt64
    /// A hash's slot is `(hash << skipped) >> shift`.
    private var shift: UInt64
    private(set) var count = 0
    static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// A table of `size` slots, a power of two no larger than 2^(32 − skipped).
    init(size: Int, skipped: UInt64) {
        precondition(size > 1 && size & (size - 1) == 0)
        self.size = size
        self.skipped = skipped
        shift = UInt64(64 - size.trailingZeroBitCount)
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
    }

    func deallocate() { slots.deallocate() }

    var bytes: Int { size * MemoryLayout<UInt64>.size }

    @inline(__always)
    func home(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash << skipped) >> shift) }

    /// The state number with `hash` for which `matches` holds, nil when there is none.
    @inline(__always)
    func find(_ hash: UInt64, matches: (Int) -> Bool) -> Int? {
        let tag = hash & Self.tagMask
        var slot = home(hash)
        while slots[slot] != 0 {
            let entry = slots[slot]
            let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            if entry & Self.tagMask == tag, matches(index) { return index }
            slot = (slot + 1) & (size - 1)
        }
        return nil
    }

    /// Adds state `index`, which the table does not hold; kept at most three quarters full.
    @inline(__always)
    mutating func add(_ hash: UInt64, index: Int) {
        place(hash & Self.tagMask | UInt64(index + 1))
        count += 1
        if count * 4 > size * 3 { grow() }
    }

    @inline(__always)
    private func place(_ entry: UInt64) {
        var slot = Int(truncatingIfNeeded: ((entry & Self.tagMask) << skipped) >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
        slots[slot] = entry
    }

    /// Doubles the table: each slot's new place comes from the hash bits it keeps, taken in slot order.
    private mutating func grow() {
        let old = slots, oldSize = size
        size *= 2
        shift -= 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        for place in 0..<oldSize where old[place] != 0 { self.place(old[place]) }
        old.deallocate()
    }

    /// Empties a table that holds exactly `entries`, keeping its size: only their slots are cleared, so a
    /// large table that holds few is emptied in the time those few take (clearing all of it would also
    /// push it out of the cache: a large memset writes around it). Removing only some entries would leave
    /// holes that end other keys' probes early: this is for emptying.
    mutating func removeAll(_ entries: [(hash: UInt64, index: UInt32)]) {
        for (hash, index) in entries {
            let entry = hash & Self.tagMask | UInt64(index + 1)
            var slot = home(hash)
            // Earlier clearing leaves holes on the way: they are passed, not taken for the end.
            while slots[slot] != entry { slot = (slot + 1) & (size - 1) }
            slots[slot] = 0
        }
        count -= entries.count
    }
}
