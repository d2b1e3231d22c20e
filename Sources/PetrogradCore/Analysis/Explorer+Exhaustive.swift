import Foundation

extension Explorer {
    /// How far an exhaustive search has got, for a progress line.
    public struct ExhaustiveProgress: Sendable {
        /// Distinct states found so far.
        public var states: Int
        /// States whose ways forward have been followed.
        public var expanded: Int
        /// Bytes the search holds: the visited set and queue, the parents and the transitions.
        public var bytes: Int
    }

    /// The threads exhaustive search uses unless told otherwise: one per core.
    public static var defaultThreads: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// States are expanded in chunks of this many, whatever the thread count, and merged in order, so the
    /// numbering of states, the paths and the findings never depend on how many threads ran.
    static let chunkStates = 256
    static let chunksPerBatch = 64

    /// Searches every reachable state of a one-player game in `role`, up to `limit` distinct states, on
    /// `threads` threads. `reducesDeadValues` writes values that can no longer be read (`Liveness`) as a
    /// fixed value, so fewer states are told apart; the verdicts are the same either way.
    public func exhaustive(role: Int, limit: Int = 2_000_000, threads: Int = Explorer.defaultThreads, reducesDeadValues: Bool = true,
                           progress: ((ExhaustiveProgress) -> Void)? = nil) -> ExhaustiveReport {
        exhaustive(role: role, limit: limit, threads: threads, reducesDeadValues: reducesDeadValues, usesMachine: true, progress: progress)
    }

    /// Exhaustive search stepping with the compiled machine, or with the reference `Simulation.advance`
    /// (`usesMachine` false), which must find exactly the same.
    func exhaustive(role: Int, limit: Int, threads: Int, reducesDeadValues: Bool, usesMachine: Bool,
                    progress: ((ExhaustiveProgress) -> Void)?) -> ExhaustiveReport {
        var report = ExhaustiveReport(role: role, isComplete: true, states: 0, transitions: 0,
                                      scenesReached: BitSet(capacity: scenario.scenes.count),
                                      choicesTaken: BitSet(capacity: scenario.choices.count),
                                      endings: Array(repeating: 0, count: scenario.endings.count), findings: [], depth: 0, bytesPerState: 0,
                                      fewestDecisions: nil)
        let started: Simulation.Transition
        var replaced = replacedEventCounts()
        let assumed = eventsWithAssumptions()
        var errorKeys = Set<String>()
        switch simulation.start(roles: [role], seed: 0, setup: setup) {
        case .failure(let error):
            report.findings.append(Finding(kind: .startFailed(error), path: []))
            return report
        case .success(let transition):
            started = transition
            Self.count(transition.events, into: &replaced)
            if let broken = brokenAssumption(in: transition.events, state: transition.state), let key = Self.key(broken) {
                errorKeys.insert(key)
                report.findings.append(Finding(kind: broken, path: []))
            }
        }
        let liveness = reducesDeadValues ? Liveness(scenario: scenario, relevance: relevance) : nil
        let layout = ExplorationKeyLayout(scenario: scenario, role: role, relevance: relevance, liveness: liveness, start: started.state)
        // Whether a state is a real decision is judged on states told apart by everything relevant, as
        // without reduction, so that the fewest decisions do not depend on it.
        let decisionLayout = liveness == nil ? nil : ExplorationKeyLayout(scenario: scenario, role: role, relevance: relevance, liveness: nil, start: started.state)
        // The compiled machine steps, unless told to use the reference step (tests compare the two) or the
        // start is a state the machine does not play.
        let source: any SuccessorSource
        if usesMachine, machineProgram.slots(of: started.state) != nil {
            source = MachineSuccessors(explorer: self, role: role, layout: layout, decisionLayout: decisionLayout, assumed: assumed,
                                       replaced: replaced.map(\.event))
        } else {
            source = SimulationSuccessors(explorer: self, layout: layout, decisionLayout: decisionLayout, assumed: assumed,
                                          countsReplacements: !replaced.isEmpty)
        }
        let words = layout.wordCount
        let visited = VisitedStates(wordCount: words)
        var startKey = [UInt64](repeating: 0, count: words)
        guard startKey.withUnsafeMutableBufferPointer({ layout.pack(started.state, into: $0.baseAddress!) }) else {
            report.isComplete = false
            return report
        }
        _ = startKey.withUnsafeBufferPointer { visited.insert($0.baseAddress!, mayAdd: true) }
        visited.settle(threads: 1)

        var search = SearchRecord()
        var deadEndScenes = Set<Int>()
        var depth = 0
        var levelEnd = 1
        var cursor = 0
        let threadCount = Swift.max(1, threads)
        // Two sets of buffers: one batch is merged from one set while the next is expanded into the other.
        let bufferCount = 2 * Self.chunksPerBatch
        let buffers = UnsafeMutablePointer<ExpansionBuffer>.allocate(capacity: bufferCount)
        buffers.initialize(repeating: ExpansionBuffer(wordCount: words, replaced: replaced.map { Explorer.ReplacedEventCount(event: $0.event, replacements: $0.replacements.map { _ in 0 }) },
                                                      scenario: scenario),
                           count: bufferCount)
        defer {
            buffers.deinitialize(count: bufferCount)
            buffers.deallocate()
        }
        let shared = SharedBuffers(pointer: buffers)
        var reportedProgress = 0
        func path(to index: Int) -> [Action] { search.path(to: index, scenario) }

        /// A run of states expanded together: from `start`, never past those numbered when it is planned.
        struct Batch {
            var start: Int
            var end: Int
            var firstBuffer: Int
            var chunkCount: Int { (end - start + Explorer.chunkStates - 1) / Explorer.chunkStates }
        }
        var planned = 0
        var nextBuffers = 0
        func plan() -> Batch? {
            guard planned < visited.count else { return nil }
            let batch = Batch(start: planned, end: Swift.min(visited.count, planned + Self.chunkStates * Self.chunksPerBatch), firstBuffer: nextBuffers)
            planned = batch.end
            nextBuffers = Self.chunksPerBatch - nextBuffers
            return batch
        }
        /// The work of expanding `batch`: chunks are handed out as workers come for them, so a worker on a
        /// busier core takes fewer. Each worker also looks its successors up among the settled states.
        func expansion(of batch: Batch) -> @Sendable () -> Void {
            let queue = WorkQueue(count: batch.chunkCount)
            return {
                while let chunk = queue.next() {
                    let buffer = shared.pointer + batch.firstBuffer + chunk
                    buffer.pointee.reset()
                    let first = batch.start + chunk * Self.chunkStates
                    for index in first..<Swift.min(batch.end, first + Self.chunkStates) {
                        let key = visited.key(index)
                        if let scene = layout.scene(key) {
                            source.expand(key, scene: scene, into: &buffer.pointee)
                            buffer.pointee.scenesReached.insert(scene)
                            buffer.pointee.attempts += buffer.pointee.states[buffer.pointee.states.count - 1].attempts
                        } else {
                            buffer.pointee.states.append(.init(transitionEnd: buffer.pointee.transitions.count, anyAvailable: false, chanceChoices: 0, attempts: 0,
                                                                              distinctOutcomes: 0))
                            if let ending = layout.ending(key) { buffer.pointee.endingStates[ending] += 1 }
                        }
                    }
                    buffer.pointee.lookUp(in: visited)
                }
            }
        }
        func expand(_ batch: Batch) {
            let work = expansion(of: batch)
            if threadCount == 1 || batch.chunkCount == 1 {
                work()
            } else {
                DispatchQueue.concurrentPerform(iterations: Swift.min(threadCount, batch.chunkCount)) { _ in work() }
            }
        }

        // While one thread merges a batch, the others expand the next one, whose states were all numbered
        // before (the merge writes only new states, and the settled tables they look in do not change until
        // both are done); the merging thread then joins them. Where the batches are cut changes nothing the
        // search finds: the merge numbers states in the same order whatever each worker found.
        var pending = plan()
        if let pending { expand(pending) }
        while let batch = pending {
            let next = plan()
            let helpers = DispatchGroup()
            var joining: (@Sendable () -> Void)?
            if let next {
                let work = expansion(of: next)
                joining = work
                for _ in 1..<threadCount { DispatchQueue.global().async(group: helpers, execute: work) }
            }
            cursor = batch.start
            let chunkCount = batch.chunkCount
            // Merged in state order, exactly as one thread going state by state would.
            for chunk in 0..<chunkCount {
                let buffer = buffers + batch.firstBuffer + chunk
                var transition = 0
                var successor = 0
                // The slots the new keys are looked for and added at, read ahead together.
                var sum: UInt64 = 0
                for (number, hash) in buffer.pointee.hashes.enumerated() where buffer.pointee.found[number] == ExpansionBuffer.notFound {
                    sum &+= visited.firstRecentSlot(hash)
                }
                buffer.pointee.readAhead = sum
                for expanded in buffer.pointee.states {
                    let here = cursor
                    cursor += 1
                    if here == levelEnd {
                        depth += 1
                        levelEnd = visited.count
                    }
                    search.edgeStart.append(UInt32(truncatingIfNeeded: search.edges.count))
                    let hereKey = visited.key(here)
                    guard let scene = layout.scene(hereKey) else {
                        search.isDecision.append(false)
                        search.explained.append(false)
                        continue
                    }
                    var explained = false
                    while transition < expanded.transitionEnd {
                        let step = buffer.pointee.transitions[transition]
                        transition += 1
                        let choice = Int(step.choice)
                        let forced: Int? = step.outcome < 0 ? nil : Int(step.outcome)
                        func action() -> Action { Action.choose(player: 1, choice: scenario.choices[choice].id, outcome: forced.map { $0 + 1 }) }
                        let problem = step.problem < 0 ? nil : buffer.pointee.problems[Int(step.problem)]
                        switch step.kind {
                        case .availabilityError:
                            // A condition that cannot be decided (division by zero) is a finding, not a hidden choice.
                            explained = true
                            if case .error(let error)? = problem, errorKeys.insert(error.description).inserted {
                                report.findings.append(Finding(kind: .runtimeError(error), path: path(to: here)))
                            }
                            continue
                        case .stepError:
                            explained = true
                            if case .error(let error)? = problem, errorKeys.insert(error.description).inserted {
                                report.findings.append(Finding(kind: .runtimeError(error), path: path(to: here) + [action()]))
                            }
                            continue
                        case .successor, .unpackable:
                            break
                        }
                        if case .brokenAssumption(let broken, let key)? = problem, errorKeys.insert(key).inserted {
                            report.findings.append(Finding(kind: broken, path: path(to: here) + [action()]))
                        }
                        guard step.kind == .successor else {
                            report.isComplete = false
                            continue
                        }
                        // Found by the worker, or added now (or found among those this batch added).
                        let found: (index: Int, isNew: Bool)?
                        let known = buffer.pointee.found[successor]
                        if known != ExpansionBuffer.notFound {
                            found = (Int(known), false)
                        } else {
                            let hash = buffer.pointee.hashes[successor]
                            found = buffer.pointee.keys.withUnsafeBufferPointer {
                                visited.add($0.baseAddress! + successor * words, hash: hash, mayAdd: visited.count < limit)
                            }
                        }
                        successor += 1
                        guard let found else {
                            report.isComplete = false
                            continue
                        }
                        search.edges.append(UInt32(truncatingIfNeeded: found.index))
                        if found.isNew {
                            search.parent.append(UInt32(truncatingIfNeeded: here))
                            search.parentChoice.append(UInt32(truncatingIfNeeded: choice))
                            search.parentOutcome.append(Int32(step.outcome))
                        }
                    }
                    // A chance choice counts as its own way forward, whatever the roll brings.
                    search.isDecision.append(expanded.distinctOutcomes + expanded.chanceChoices >= 2)
                    if !expanded.anyAvailable {
                        explained = true
                        if deadEndScenes.insert(scene).inserted {
                            report.findings.append(Finding(kind: .deadEnd(scene: scene), path: path(to: here)))
                        }
                    }
                    search.explained.append(explained)
                }
            }
            // On one thread, the next batch is expanded here, after the merge.
            joining?()
            helpers.wait()
            visited.settle(threads: threadCount)
            if let progress, cursor / 100_000 != reportedProgress {
                reportedProgress = cursor / 100_000
                progress(ExhaustiveProgress(states: visited.count, expanded: cursor, bytes: visited.bytes + search.bytes))
            }
            // No next batch was known before this merge: the states it numbered make one.
            pending = next ?? plan()
            if next == nil, let pending { expand(pending) }
        }
        search.edgeStart.append(UInt32(truncatingIfNeeded: search.edges.count))
        for chunk in 0..<bufferCount {
            for scene in buffers[chunk].scenesReached.members { report.scenesReached.insert(scene) }
            for choice in buffers[chunk].choicesTaken.members { report.choicesTaken.insert(choice) }
            for (ending, count) in buffers[chunk].endingStates.enumerated() { report.endings[ending] += count }
            report.transitions += buffers[chunk].attempts
            for (number, counted) in buffers[chunk].replaced.enumerated() {
                for (replacement, count) in counted.replacements.enumerated() { replaced[number].replacements[replacement] += count }
                replaced[number].own += counted.own
                replaced[number].otherwise += counted.otherwise
            }
        }
        report.states = visited.count
        report.depth = depth
        markScenesPassedThrough(&report.scenesReached)
        if report.isComplete {
            report.fewestDecisions = search.fewestDecisions(visited: visited, layout: layout)
            for trap in search.trapEntries(visited: visited, layout: layout) {
                report.findings.append(Finding(kind: .trap(scene: trap.scene), path: path(to: trap.state)))
            }
        }
        report.bytesPerState = visited.bytes / Swift.max(1, visited.count)
        report.memoryBytes = visited.bytes + search.bytes
        report.replacedEvents = replaced
        return report
    }

    /// The number of outcomes of a chance choice, counting the remainder when its chances leave one.
    static func outcomeCount(_ choice: Choice) -> Int {
        let total = choice.outcomes.reduce(0) { $0 + ($1.percent ?? 0) }
        return choice.outcomes.count + (total < 100 ? 1 : 0)
    }

    /// A scene without choices (a `go` line's stop, a junction, a `return`) hands players on at once, so no
    /// state ever stands in it: it was reached when a reached scene leads into it.
    func markScenesPassedThrough(_ reached: inout BitSet) {
        var queue = (0..<scenario.scenes.count).filter { reached.contains($0) }
        while let scene = queue.popLast() {
            for case .scene(let next) in scenario.destinations(ofScene: scene)
            where scenario.scenes[next].choices.isEmpty && !reached.contains(next) {
                reached.insert(next)
                queue.append(next)
            }
        }
    }
}

/// The per-chunk buffers, shared with the workers: each worker writes only its own chunks, and the search
/// reads them only after every worker is done.
private struct SharedBuffers: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<ExpansionBuffer>
}
