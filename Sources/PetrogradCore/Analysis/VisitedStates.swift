import Foundation

/// The exact set of states exhaustive search has found: their keys (`ExplorationKeyLayout`), each
/// `wordCount` words, kept in the order found in fixed-size blocks (so state numbers are dense, the
/// breadth-first queue is a cursor into them, and growing never copies a key), and tables of state
/// numbers to find a key again (`StateTable`). A key is found only when compared word by word equal: no
/// hash is taken as the state's identity.
///
/// The tables are 16 shards, chosen by a hash's first bits, so that threads can fill them at once. The
/// search goes in rounds: workers look keys up among the settled states (`find`) while one thread numbers
/// the new states of an earlier batch in order (`add`), which looks only in two small tables of the states
/// added in this round and the one before (what the workers could not yet see); then `settle` puts this
/// round's states in their shards, a shard per thread at a time. Each shard is filled in state order, so
/// the tables are the same whatever the thread count.
///
/// A class over raw memory because it holds hundreds of megabytes and is shared with the workers.
final class VisitedStates: @unchecked Sendable {
    let wordCount: Int
    private static let blockShift = 12
    private static let blockStates = 1 << blockShift
    private static let shardBits: UInt64 = 4
    private static let shardCount = 1 << shardBits
    private let shards: UnsafeMutablePointer<StateTable>

    /// What changes, behind a pointer: a class's own stored variables are checked for exclusive access at
    /// run time, at every access, and on this path that check costs more than the work it guards.
    private struct Storage {
        var count = 0
        /// States below this number are in the shards; those from it on only in `recent`.
        var settledCount = 0
        var blockCount = 0
        /// The states added since the last `settle`, in a table and with their hashes by shard.
        var recent: StateTable
        var unsettled: [[(hash: UInt64, index: UInt32)]]
        /// Those the last `settle` put in the shards, kept for one more round in a table of their own (so
        /// that emptying it leaves no holes in another's probes).
        var older: StateTable
        var previous: [[(hash: UInt64, index: UInt32)]]
    }

    /// The key blocks, in a table that never moves (room for every state number), so that workers read
    /// keys while new blocks are added.
    private let blocks: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    private static let maximumBlocks = (1 << 32) >> blockShift

    private let storage: UnsafeMutablePointer<Storage>

    /// How many states there are.
    var count: Int { storage.pointee.count }

    init(wordCount: Int) {
        self.wordCount = wordCount
        shards = .allocate(capacity: Self.shardCount)
        for shard in 0..<Self.shardCount { (shards + shard).initialize(to: StateTable(size: 256, skipped: Self.shardBits)) }
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(recent: StateTable(size: 1024, skipped: 0), unsettled: Array(repeating: [], count: Self.shardCount),
                                       older: StateTable(size: 1024, skipped: 0), previous: Array(repeating: [], count: Self.shardCount)))
        // Only reserved: the system gives memory to the part that is written.
        blocks = .allocate(capacity: Self.maximumBlocks)
    }

    deinit {
        for block in 0..<storage.pointee.blockCount { blocks[block].deallocate() }
        blocks.deallocate()
        for shard in 0..<Self.shardCount { shards[shard].deallocate() }
        shards.deinitialize(count: Self.shardCount)
        shards.deallocate()
        storage.pointee.recent.deallocate()
        storage.pointee.older.deallocate()
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The bytes the set holds: its key blocks and its tables.
    var bytes: Int {
        storage.pointee.blockCount * Self.blockStates * wordCount * 8
            + (0..<Self.shardCount).reduce(storage.pointee.recent.bytes + storage.pointee.older.bytes) { $0 + shards[$1].bytes }
    }

    /// The key of state `index`.
    @inline(__always)
    func key(_ index: Int) -> UnsafeMutablePointer<UInt64> {
        blocks[index >> Self.blockShift] + (index & (Self.blockStates - 1)) * wordCount
    }

    /// The hash `find` and `add` take: computed apart, so that workers can take it in parallel.
    @inline(__always)
    func hash(_ key: UnsafePointer<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        for word in 0..<wordCount {
            hash = (hash ^ key[word]) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        // Mixed once more: the top bits choose the shard and the slot, and are kept in it.
        hash = (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    @inline(__always)
    private static func shard(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> (64 - shardBits)) }

    @inline(__always)
    private func equal(_ index: Int, _ key: UnsafePointer<UInt64>) -> Bool {
        let stored = self.key(index)
        for word in 0..<wordCount where stored[word] != key[word] { return false }
        return true
    }

    /// The slot where a probe for `hash` among the settled states starts. Reading the slots of many keys
    /// first, in a loop whose loads do not wait on each other, brings them into the cache together (the
    /// tables are far larger than the cache, so each first read is a miss) before they are probed one at
    /// a time; the caller keeps the sum of what it read, so that the reads are not left out.
    @inline(__always)
    func firstSlot(_ hash: UInt64) -> UInt64 {
        let table = shards + Self.shard(hash)
        return table.pointee.slots[table.pointee.home(hash)]
    }

    /// After `firstSlot` has brought a probe's first slot in: the first and last words of the key that slot
    /// names when its hash bits match (0 otherwise), read for the same reason. A key found is compared
    /// word by word, and that read is another miss; reading the keys of many probes in one loop lets their
    /// misses overlap too.
    @inline(__always)
    func firstCandidate(_ hash: UInt64) -> UInt64 {
        let table = shards + Self.shard(hash)
        let entry = table.pointee.slots[table.pointee.home(hash)]
        guard entry != 0, entry & StateTable.tagMask == hash & StateTable.tagMask else { return 0 }
        let key = self.key(Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1)
        return key[0] &+ key[wordCount - 1]
    }

    /// The same for a probe among the states added in this round and the one before (`add`): their tables
    /// are small, but the expanding in between has pushed them out of the cache.
    @inline(__always)
    func firstRecentSlot(_ hash: UInt64) -> UInt64 {
        storage.pointee.recent.slots[storage.pointee.recent.home(hash)] &+ storage.pointee.older.slots[storage.pointee.older.home(hash)]
    }

    /// The number of the settled state with this key and `hash`, nil when there is none. Only reads what
    /// `add` does not write, so many threads may look up at once while one adds, until `settle`.
    func find(_ key: UnsafePointer<UInt64>, hash: UInt64) -> Int? {
        shards[Self.shard(hash)].find(hash) { equal($0, key) }
    }

    /// The number of the state with this key, adding it when new and `mayAdd`; nil when it is new and may
    /// not be added (or there is no room for another). The key must not be among the states settled before
    /// the last `settle` (`find` said so then): only those added since are looked at.
    func add(_ key: UnsafePointer<UInt64>, hash: UInt64, mayAdd: Bool) -> (index: Int, isNew: Bool)? {
        if let index = storage.pointee.recent.find(hash, matches: { equal($0, key) }) ?? storage.pointee.older.find(hash, matches: { equal($0, key) }) {
            return (index, false)
        }
        guard mayAdd else { return nil }
        let index = storage.pointee.count
        if index >> Self.blockShift == storage.pointee.blockCount {
            guard storage.pointee.blockCount < Self.maximumBlocks else { return nil }
            // Not cleared: each key is written whole before it is read.
            (blocks + storage.pointee.blockCount).initialize(to: .allocate(capacity: Self.blockStates * wordCount))
            storage.pointee.blockCount += 1
        }
        self.key(index).update(from: key, count: wordCount)
        storage.pointee.count += 1
        storage.pointee.recent.add(hash, index: index)
        storage.pointee.unsettled[Self.shard(hash)].append((hash, UInt32(truncatingIfNeeded: index)))
        return (index, true)
    }

    /// `find`, then `add`: one key at a time, wherever it is.
    func insert(_ key: UnsafePointer<UInt64>, mayAdd: Bool) -> (index: Int, isNew: Bool)? {
        let hash = hash(key)
        if let index = find(key, hash: hash) { return (index, false) }
        return add(key, hash: hash, mayAdd: mayAdd)
    }

    /// Puts the states added since the last call in their shards, on up to `threads` threads.
    func settle(threads: Int) {
        guard storage.pointee.count > storage.pointee.settledCount else { return }
        let queue = WorkQueue(count: Self.shardCount)
        let work = { @Sendable (_: Int) in
            while let shard = queue.next() {
                for (hash, index) in self.storage.pointee.unsettled[shard] { self.shards[shard].add(hash, index: Int(index)) }
            }
        }
        if threads <= 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: Swift.min(threads, Self.shardCount), execute: work)
        }
        // The older table is emptied whole and becomes the one this round's states are added to.
        for shard in 0..<Self.shardCount {
            storage.pointee.older.removeAll(storage.pointee.previous[shard])
            swap(&storage.pointee.previous[shard], &storage.pointee.unsettled[shard])
            storage.pointee.unsettled[shard].removeAll(keepingCapacity: true)
        }
        swap(&storage.pointee.recent, &storage.pointee.older)
        storage.pointee.settledCount = storage.pointee.count
    }
}
