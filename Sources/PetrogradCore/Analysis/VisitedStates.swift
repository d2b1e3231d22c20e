/// The exact set of states exhaustive search has found: their keys (`ExplorationKeyLayout`), each
/// `wordCount` words, kept in the order found in fixed-size blocks (so state numbers are dense, the
/// breadth-first queue is a cursor into them, and growing never copies a key), and an open-addressing
/// table of state numbers to find a key again. Keys are compared word by word: no hash is taken as the
/// state's identity.
///
/// A class over raw memory because it holds hundreds of megabytes: searching workers read keys while no
/// key is added (the search alternates between expanding and merging), which is why it may be shared.
final class VisitedStates: @unchecked Sendable {
    let wordCount: Int
    private(set) var count = 0
    private static let blockShift = 12
    private static let blockStates = 1 << blockShift
    private var blocks: [UnsafeMutablePointer<UInt64>] = []
    /// State number + 1; 0 is an empty slot. Its size is a power of two.
    private var slots: UnsafeMutablePointer<UInt32>
    private var slotMask: Int

    init(wordCount: Int) {
        self.wordCount = wordCount
        slotMask = 1023
        slots = .allocate(capacity: slotMask + 1)
        slots.initialize(repeating: 0, count: slotMask + 1)
    }

    deinit {
        for block in blocks { block.deallocate() }
        slots.deallocate()
    }

    /// The bytes the set holds: its key blocks and its table.
    var bytes: Int { blocks.count * Self.blockStates * wordCount * 8 + (slotMask + 1) * MemoryLayout<UInt32>.size }

    /// The key of state `index`.
    @inline(__always)
    func key(_ index: Int) -> UnsafeMutablePointer<UInt64> {
        blocks[index >> Self.blockShift] + (index & (Self.blockStates - 1)) * wordCount
    }

    @inline(__always)
    private func hash(_ key: UnsafePointer<UInt64>) -> Int {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        for word in 0..<wordCount {
            hash = (hash ^ key[word]) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        return Int(truncatingIfNeeded: hash)
    }

    @inline(__always)
    private func equal(_ index: Int, _ key: UnsafePointer<UInt64>) -> Bool {
        let stored = self.key(index)
        for word in 0..<wordCount where stored[word] != key[word] { return false }
        return true
    }

    /// The number of the state with this key, adding it when new and `mayAdd`; nil when it is new and may
    /// not be added.
    func insert(_ key: UnsafePointer<UInt64>, mayAdd: Bool) -> (index: Int, isNew: Bool)? {
        var slot = hash(key) & slotMask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if equal(index, key) { return (index, false) }
            slot = (slot + 1) & slotMask
        }
        guard mayAdd else { return nil }
        let index = count
        if index >> Self.blockShift == blocks.count {
            let block = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.blockStates * wordCount)
            block.initialize(repeating: 0, count: Self.blockStates * wordCount)
            blocks.append(block)
        }
        self.key(index).update(from: key, count: wordCount)
        count += 1
        slots[slot] = UInt32(truncatingIfNeeded: count)
        // Kept at most three quarters full, so probes stay short.
        if count * 4 > (slotMask + 1) * 3 { grow() }
        return (index, true)
    }

    private func grow() {
        let size = (slotMask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        slotMask = size - 1
        for index in 0..<count {
            var slot = hash(key(index)) & slotMask
            while slots[slot] != 0 { slot = (slot + 1) & slotMask }
            slots[slot] = UInt32(truncatingIfNeeded: index + 1)
        }
    }
}
