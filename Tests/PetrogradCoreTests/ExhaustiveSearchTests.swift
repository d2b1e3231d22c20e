import Testing
@testable import PetrogradCore

/// Exhaustive search over packed keys: the keys are exact, the reduction by liveness keeps the verdicts,
/// and the thread count changes nothing.
@Suite struct ExhaustiveSearchTests {
    static func scenario(_ text: String) throws -> Scenario {
        try #require(Compiler.compile([SourceFile(path: "test.story", text: text)]).scenario)
    }

    /// What a search decides, without what reduction may legitimately change (the number of states, which
    /// of several shortest paths is reported).
    struct Verdicts: Equatable {
        var isComplete: Bool
        var findings: [String]
        var findingPathLengths: [Int]
        var scenesReached: [Int]
        var choicesTaken: [Int]
        var endingsReached: [Int]
        var fewestDecisions: [Int]

        init(_ report: Explorer.ExhaustiveReport) {
            isComplete = report.isComplete
            findings = report.findings.map { "\($0.kind)" }
            findingPathLengths = report.findings.map(\.path.count)
            scenesReached = report.scenesReached.members
            choicesTaken = report.choicesTaken.members
            endingsReached = report.endings.indices.filter { report.endings[$0] > 0 }
            fewestDecisions = report.fewestDecisions.map { [$0.decisions, $0.days] } ?? []
        }
    }

    @Test func keysGiveTheirStatesBack() throws {
        let scenario = try Self.scenario(ScenarioGenerator.scenario(sceneCount: 60))
        let explorer = Explorer(scenario: scenario)
        let start = try explorer.simulation.start(roles: [0], seed: 0).get()
        let layout = ExplorationKeyLayout(scenario: scenario, role: 0, relevance: explorer.relevance, liveness: nil, start: start.state)
        var state = start.state
        var key = [UInt64](repeating: 0, count: layout.wordCount)
        var again = key
        // Along one path: every state packs, unpacks to the same values and packs to the same key again.
        for _ in 0..<25 {
            guard case .scene(let scene) = state.players[0].position else { break }
            #expect(key.withUnsafeMutableBufferPointer { layout.pack(state, into: $0.baseAddress!) })
            let unpacked = key.withUnsafeBufferPointer { layout.unpack($0.baseAddress!) }
            #expect(unpacked.players[0].position == state.players[0].position)
            #expect(unpacked.players[0].time == state.players[0].time)
            #expect(unpacked.world.clock == state.world.clock)
            // Of an event only whether it is still to come is kept.
            #expect(unpacked.world.events.map { $0 == .pending } == state.world.events.map { $0 == .pending })
            for index in scenario.worldVariables.indices where explorer.relevance.world[index] {
                #expect(unpacked.world.values[index] == state.world.values[index])
            }
            #expect(again.withUnsafeMutableBufferPointer { layout.pack(unpacked, into: $0.baseAddress!) })
            #expect(key == again)
            let choice = try #require(scenario.scenes[scene].choices.first { (try? explorer.simulation.isAvailable($0, player: 0, in: state)) == true })
            try explorer.simulation.advance(&state, player: 0, choice: choice, outcome: scenario.choices[choice].hasChance ? 0 : nil)
        }
    }

    @Test func anEventsOutcomeDoesNotSplitStatesButWhetherItIsStillToComeDoes() throws {
        let scenario = try Self.scenario(ScenarioGenerator.scenario(sceneCount: 60))
        let explorer = Explorer(scenario: scenario)
        let start = try explorer.simulation.start(roles: [0], seed: 0).get()
        #expect(start.state.world.events.count >= 2)
        let layout = ExplorationKeyLayout(scenario: scenario, role: 0, relevance: explorer.relevance, liveness: nil, start: start.state)
        func key(_ statuses: [EventStatus]) -> [UInt64] {
            var state = start.state
            state.world.events = statuses
            var key = [UInt64](repeating: 0, count: layout.wordCount)
            #expect(key.withUnsafeMutableBufferPointer { layout.pack(state, into: $0.baseAddress!) })
            return key
        }
        let pending = [EventStatus](repeating: .pending, count: start.state.world.events.count)
        var fired = pending, otherwise = pending, lapsed = pending
        fired[1] = .fired
        otherwise[1] = .otherwise
        lapsed[1] = .lapsed
        #expect(key(fired) == key(otherwise) && key(fired) == key(lapsed))
        #expect(key(fired) != key(pending))
        var another = pending
        another[0] = .fired
        #expect(key(another) != key(fired))
    }

    @Test func aValueOutsideItsRangeDoesNotPack() throws {
        let scenario = try Self.scenario(ScenarioGenerator.scenario(sceneCount: 10))
        let explorer = Explorer(scenario: scenario)
        let start = try explorer.simulation.start(roles: [0], seed: 0).get()
        let layout = ExplorationKeyLayout(scenario: scenario, role: 0, relevance: explorer.relevance, liveness: nil, start: start.state)
        var state = start.state
        state.world.values[1] = 1_000
        var key = [UInt64](repeating: 0, count: layout.wordCount)
        #expect(!key.withUnsafeMutableBufferPointer { layout.pack(state, into: $0.baseAddress!) })
    }

    /// A search long enough for many rounds (one batch merged while the next is expanded) finds exactly the
    /// states a plain breadth-first walk over `GameState`s with a `Set` of keys finds: none twice, none missed.
    @Test func aLongSearchFindsEachStateOnceAsAPlainWalkDoes() throws {
        let scenario = try Self.scenario(ScenarioGenerator.flags(flagCount: 16, delay: 8, lateCount: 4))
        let explorer = Explorer(scenario: scenario)
        let start = try explorer.simulation.start(roles: [0], seed: 0).get()
        let layout = ExplorationKeyLayout(scenario: scenario, role: 0, relevance: explorer.relevance,
                                          liveness: Liveness(scenario: scenario, relevance: explorer.relevance), start: start.state)
        func key(_ state: GameState) throws -> [UInt64] {
            var key = [UInt64](repeating: 0, count: layout.wordCount)
            #expect(key.withUnsafeMutableBufferPointer { layout.pack(state, into: $0.baseAddress!) })
            return key
        }
        var seen: Set<[UInt64]> = [try key(start.state)]
        var queue = [start.state]
        var transitions = 0
        while let state = queue.popLast() {
            guard case .scene(let scene) = state.players[0].position else { continue }
            for choice in scenario.scenes[scene].choices where try explorer.simulation.isAvailable(choice, player: 0, in: state) {
                let outcomes = scenario.choices[choice].hasChance ? Explorer.outcomeCount(scenario.choices[choice]) : 1
                for outcome in 0..<outcomes {
                    var next = state
                    try explorer.simulation.advance(&next, player: 0, choice: choice, outcome: scenario.choices[choice].hasChance ? outcome : nil)
                    transitions += 1
                    if seen.insert(try key(next)).inserted { queue.append(next) }
                }
            }
        }
        #expect(seen.count > 3 * Explorer.chunkStates * Explorer.chunksPerBatch)
        for threads in [1, 2] {
            let report = explorer.exhaustive(role: 0, limit: 10 * seen.count, threads: threads)
            #expect(report.isComplete)
            #expect(report.states == seen.count, "\(threads) threads")
            #expect(report.transitions == transitions, "\(threads) threads")
        }
    }

    @Test func theVisitedSetFindsEveryKeyAgain() {
        let visited = VisitedStates(wordCount: 3)
        for number in 0..<20_000 {
            let key: [UInt64] = [UInt64(number % 7), UInt64(number), UInt64(number / 3)]
            let found = key.withUnsafeBufferPointer { visited.insert($0.baseAddress!, mayAdd: true) }
            #expect(found?.index == number && found?.isNew == true)
        }
        for number in stride(from: 0, to: 20_000, by: 97) {
            let key: [UInt64] = [UInt64(number % 7), UInt64(number), UInt64(number / 3)]
            let found = key.withUnsafeBufferPointer { visited.insert($0.baseAddress!, mayAdd: false) }
            #expect(found?.index == number && found?.isNew == false)
        }
        let unknown: [UInt64] = [1, 2, 3]
        #expect(unknown.withUnsafeBufferPointer { visited.insert($0.baseAddress!, mayAdd: false) } == nil)
        #expect(visited.count == 20_000)
        // Settled into the shards on two threads, every key is found there, and by its number.
        visited.settle(threads: 2)
        for number in stride(from: 0, to: 20_000, by: 13) {
            let key: [UInt64] = [UInt64(number % 7), UInt64(number), UInt64(number / 3)]
            #expect(key.withUnsafeBufferPointer { visited.find($0.baseAddress!, hash: visited.hash($0.baseAddress!)) } == number)
            #expect(key.withUnsafeBufferPointer { visited.insert($0.baseAddress!, mayAdd: true) }.map { [$0.index] } == [number])
        }
        #expect(unknown.withUnsafeBufferPointer { visited.find($0.baseAddress!, hash: visited.hash($0.baseAddress!)) } == nil)
        // Added after the settle: found by `add` among the recent ones, not yet by `find`.
        let later: [UInt64] = [9, 9, 9]
        let added = later.withUnsafeBufferPointer { visited.add($0.baseAddress!, hash: visited.hash($0.baseAddress!), mayAdd: true) }
        #expect(added?.index == 20_000 && added?.isNew == true)
        #expect(later.withUnsafeBufferPointer { visited.add($0.baseAddress!, hash: visited.hash($0.baseAddress!), mayAdd: false) }?.index == 20_000)
        #expect(later.withUnsafeBufferPointer { visited.find($0.baseAddress!, hash: visited.hash($0.baseAddress!)) } == nil)
        visited.settle(threads: 1)
        #expect(later.withUnsafeBufferPointer { visited.find($0.baseAddress!, hash: visited.hash($0.baseAddress!)) } == 20_000)
        // Two more rounds: what the last settle took is still found by `add` (workers that looked up before
        // it could not see it), though the round before it has been let go.
        func round(_ base: UInt64) -> [[UInt64]] { (0..<5_000).map { [base, UInt64($0), 7] } }
        for key in round(1) { _ = key.withUnsafeBufferPointer { visited.add($0.baseAddress!, hash: visited.hash($0.baseAddress!), mayAdd: true) } }
        visited.settle(threads: 2)
        let second = round(2).map { key in key.withUnsafeBufferPointer { visited.add($0.baseAddress!, hash: visited.hash($0.baseAddress!), mayAdd: true)?.index } }
        visited.settle(threads: 2)
        let again = round(2).map { key in key.withUnsafeBufferPointer { visited.add($0.baseAddress!, hash: visited.hash($0.baseAddress!), mayAdd: false)?.index } }
        #expect(second.allSatisfy { $0 != nil })
        #expect(zip(again, second).filter { $0 != $1 }.count == 0, "keys of the last round no longer found")
        #expect(visited.count == 30_001)
    }

    @Test(arguments: ["generated", "flags", "shared scenes"])
    func reductionKeepsTheVerdicts(shape: String) throws {
        let text = switch shape {
        case "generated": ScenarioGenerator.scenario(sceneCount: 20)
        case "flags": ScenarioGenerator.flags(flagCount: 8, delay: 2, lateCount: 2)
        default: SharedScenesTests.story
        }
        let scenario = try Self.scenario(text)
        let explorer = Explorer(scenario: scenario)
        for role in scenario.roles.indices {
            let reduced = explorer.exhaustive(role: role, limit: 200_000, threads: 1, reducesDeadValues: true)
            let full = explorer.exhaustive(role: role, limit: 200_000, threads: 1, reducesDeadValues: false)
            #expect(reduced.isComplete && full.isComplete)
            #expect(Verdicts(reduced) == Verdicts(full), "\(shape), role \(role)")
            #expect(reduced.states <= full.states)
        }
    }

    @Test func reductionMergesFlagsNothingReadsAgain() throws {
        // 8 flags read 2 chapters after they are set: without liveness every combination set so far is a
        // state of its own; with it, at most the flags still to be read (2 or 3, and 2 read at the end).
        let scenario = try Self.scenario(ScenarioGenerator.flags(flagCount: 8, delay: 2, lateCount: 2))
        let explorer = Explorer(scenario: scenario)
        let reduced = explorer.exhaustive(role: 0, threads: 1, reducesDeadValues: true)
        let full = explorer.exhaustive(role: 0, threads: 1, reducesDeadValues: false)
        #expect(full.states > 1_000)
        #expect(reduced.states * 4 < full.states, "\(reduced.states) states reduced, \(full.states) without")
        #expect(reduced.endings == [reduced.endings[0]] && reduced.endings[0] >= 1)
        #expect(reduced.findings.isEmpty && full.findings.isEmpty)
    }

    @Test func theThreadCountChangesNothing() throws {
        let scenario = try Self.scenario(ScenarioGenerator.scenario(sceneCount: 120))
        let explorer = Explorer(scenario: scenario)
        for role in scenario.roles.indices {
            // A limit inside the search, so the cut falls at the same state whatever the threads.
            let one = explorer.exhaustive(role: role, limit: 40_000, threads: 1)
            let two = explorer.exhaustive(role: role, limit: 40_000, threads: 2)
            #expect(one.states == two.states && one.transitions == two.transitions && one.depth == two.depth)
            #expect(one.isComplete == two.isComplete && one.endings == two.endings)
            #expect(one.findings.map { "\($0.kind) \($0.path)" } == two.findings.map { "\($0.kind) \($0.path)" })
            #expect(Verdicts(one) == Verdicts(two))
        }
    }

    @Test func bytesPerStateComeFromTheSetItself() throws {
        let scenario = try Self.scenario(ScenarioGenerator.scenario(sceneCount: 1000))
        let report = Explorer(scenario: scenario).exhaustive(role: 0, limit: 20_000, threads: 2)
        #expect(report.states == 20_000 && !report.isComplete)
        // At least the packed key of each state, and less than the whole search holds.
        #expect(report.bytesPerState >= 8 && report.bytesPerState * report.states < report.memoryBytes, "\(report.bytesPerState) bytes per state")
    }
}
