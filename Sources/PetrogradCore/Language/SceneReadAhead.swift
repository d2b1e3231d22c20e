import Foundation

/// Reads outlined scenes' blocks on a second thread, in order, while the compiler builds the scenes
/// already read. Reading a block (its lines into syntax) takes longer than building its model, so the
/// compiler does not only wait: when the batch it needs next is still being read, it reads a later one
/// nobody has started, and a batch nobody has started it reads itself. The two threads share the reading
/// that way, and a machine whose second core is busy loses little but the thread.
///
/// The compiler takes the scenes in the order of `blocks`, with each one's reports, whichever thread
/// read them, so what it finds is exactly what it finds reading them alone (`SceneReadAheadTests`). The
/// second thread reads with its own copy of each file's parser; a parser keeps nothing from one scene to
/// the next.
final class SceneReadAhead: @unchecked Sendable {
    /// A scene's block as read: its syntax (nil when the block no longer opens the scene outlined), and
    /// the reports on its lines.
    typealias Read = (scene: SceneSyntax?, diagnostics: [Diagnostic])
    /// Where a scene's block is, and the parser of its file.
    typealias Block = (reader: OutlinedSceneReader, outline: SceneOutline)

    /// Scenes read at a time: enough that handing them over costs little, few enough that building
    /// starts soon.
    static let batchSize = 32
    /// How many batches the second thread may read ahead of the one being built.
    static let batchesAhead = 4

    /// Each scene's block; nil for a scene with nothing to read.
    private let blocks: [Block?]
    /// The second thread's parser for each of the compiler's, by the compiler's.
    private let helperReaders: [ObjectIdentifier: OutlinedSceneReader]
    private var batchCount: Int { (blocks.count + Self.batchSize - 1) / Self.batchSize }

    /// Scenes read, and which thread read them: memory is freed fastest by the thread that allocated
    /// it (the allocator keeps each thread's memory under its own lock).
    private struct Batch {
        var reads: [Read] = []
        var readAhead = false
    }

    // Shared by the two threads, under `condition`.
    private let condition = NSCondition()
    /// The first batch neither thread has started.
    private var nextUnstarted = 0
    /// Batches read and not yet taken, by number.
    private var ready: [Int: Batch] = [:]
    /// How many batches the compiler has taken.
    private var taken = 0
    /// Batches the second thread read and the compiler has built, given back for it to free.
    private var built: [[Read]] = []
    private var helperFinished = false

    // The compiler's own.
    private var current = Batch()
    private var nextInCurrent = 0

    init(blocks: [Block?]) {
        self.blocks = blocks
        var helperReaders: [ObjectIdentifier: OutlinedSceneReader] = [:]
        for case let (reader, _)? in blocks where helperReaders[ObjectIdentifier(reader)] == nil {
            helperReaders[ObjectIdentifier(reader)] = OutlinedSceneReader(reader.parser)
        }
        self.helperReaders = helperReaders
        let thread = Thread { [self] in readAhead() }
        // The parser's recursion is bounded, but deep: the second thread gets a main thread's stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The second thread: starts the next batch nobody has, while it is not too far ahead.
    private func readAhead() {
        var spent: [[Read]] = []
        while true {
            spent.removeAll(keepingCapacity: true)
            condition.lock()
            swap(&spent, &built)
            while nextUnstarted < batchCount, nextUnstarted - taken >= Self.batchesAhead { condition.wait() }
            guard nextUnstarted < batchCount else {
                helperFinished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = nextUnstarted
            nextUnstarted += 1
            condition.unlock()
            let reads = read(batch) { helperReaders[ObjectIdentifier($0)]! }
            condition.lock()
            ready[batch] = Batch(reads: reads, readAhead: true)
            condition.broadcast()
            condition.unlock()
        }
    }

    private func read(_ batch: Int, with parser: (OutlinedSceneReader) -> OutlinedSceneReader) -> [Read] {
        let range = batch * Self.batchSize..<min((batch + 1) * Self.batchSize, blocks.count)
        var reads: [Read] = []
        reads.reserveCapacity(range.count)
        for index in range {
            if let (reader, outline) = blocks[index] {
                reads.append(parser(reader).parser.readOutlinedScene(outline))
            } else {
                reads.append((nil, []))
            }
        }
        return reads
    }

    /// The next scene's block, in the order of `blocks`. Called once for each of them.
    func next() -> Read {
        if nextInCurrent == current.reads.count {
            takeNextBatch()
            nextInCurrent = 0
        }
        defer { nextInCurrent += 1 }
        return current.reads[nextInCurrent]
    }

    /// Gives back the batch built and takes the one to build next. While the second thread is still
    /// reading that one, this thread reads the next batch nobody has started, rather than wait; a batch
    /// nobody has started it reads at once.
    private func takeNextBatch() {
        var givenBack: [Read]? = current.readAhead ? current.reads : nil
        // This thread's own reads are freed here, before the lock is taken.
        current = Batch()
        let batch = taken
        condition.lock()
        if givenBack != nil {
            built.append(givenBack!)
            // The second thread must hold the last reference, or this thread could still free them.
            givenBack = nil
        }
        defer {
            taken = batch + 1
            condition.broadcast()
            condition.unlock()
        }
        while true {
            if let reads = ready.removeValue(forKey: batch) {
                current = reads
                return
            }
            if nextUnstarted == batch {
                nextUnstarted += 1
                condition.unlock()
                current = Batch(reads: read(batch) { $0 })
                condition.lock()
                return
            }
            guard nextUnstarted < batchCount, nextUnstarted - batch <= Self.batchesAhead else {
                condition.wait()
                continue
            }
            let later = nextUnstarted
            nextUnstarted += 1
            condition.unlock()
            let reads = read(later) { $0 }
            condition.lock()
            ready[later] = Batch(reads: reads)
        }
    }

    /// Waits for the second thread to end, once every scene is taken: the parsers are the compiler's
    /// alone again.
    func finish() {
        condition.lock()
        while !helperFinished { condition.wait() }
        condition.unlock()
    }
}
