/// Plays a `MachineProgram` for one player on flat states (`MachineLayout`): the same steps as
/// `Simulation.advance` (`Step.take` then `Step.settle`, making no events), with the same draws from the
/// state's generator and the same `RuntimeError`s, but reading flat tables and running compiled
/// conditions instead of walking the scenario's trees. Not thread-safe: each thread uses its own machine.
final class Machine {
    let program: MachineProgram
    /// The role of the player (for `move` effects that name a role).
    let role: Int
    // The program's tables in raw memory (`MachineTables`, one for all machines), so the hot loops read
    // them without bounds checks or reference counting.
    private let code: UnsafeMutableBufferPointer<Int>
    private let choices: UnsafeMutableBufferPointer<MachineProgram.ChoiceEntry>
    private let gates: UnsafeMutableBufferPointer<MachineProgram.Gate>
    private let outcomes: UnsafeMutableBufferPointer<MachineProgram.OutcomeEntry>
    private let sceneChoices: UnsafeMutableBufferPointer<Int>
    private let scenes: UnsafeMutableBufferPointer<MachineProgram.SceneEntry>
    private let routes: UnsafeMutableBufferPointer<MachineProgram.RouteEntry>
    private let events: UnsafeMutableBufferPointer<MachineProgram.EventEntry>
    private let replacements: UnsafeMutableBufferPointer<MachineProgram.ReplacementEntry>
    private let stack: UnsafeMutablePointer<Int>
    private let layout: MachineLayout
    private let visitedBase: Int
    private let usedBase: Int
    private let moveLimit: Int
    private let eventsByStart: Bool
    /// The scenes settle moved the player on from in the current step (for an endless loop's message);
    /// one more than the most it may hold.
    private let trail: UnsafeMutablePointer<Int>

    init(program: MachineProgram, role: Int) {
        self.program = program
        self.role = role
        // The machine holds the program, which keeps the tables.
        let tables = program.tables
        code = tables.code
        choices = tables.choices
        gates = tables.gates
        outcomes = tables.outcomes
        sceneChoices = tables.sceneChoices
        scenes = tables.scenes
        routes = tables.routes
        events = tables.events
        replacements = tables.replacements
        stack = .allocate(capacity: program.stackSize)
        trail = .allocate(capacity: program.scenario.scenes.count + 2)
        layout = program.layout
        visitedBase = program.layout.visitedBase
        usedBase = program.layout.usedBase
        moveLimit = program.scenario.scenes.count + 1
        eventsByStart = program.eventsByStart
    }

    deinit {
        stack.deallocate()
        trail.deallocate()
    }

    // MARK: Choosing

    /// The choices of a scene, as indices into `Scenario.choices`.
    func choices(ofScene scene: Int) -> UnsafeMutableBufferPointer<Int> {
        UnsafeMutableBufferPointer(rebasing: sceneChoices[scenes[scene].firstChoice..<scenes[scene].firstChoice + scenes[scene].choiceCount])
    }

    /// Whether the player can take the choice now: a `once` choice unused, and its guard holding.
    func isAvailable(_ choice: Int, in state: UnsafeMutablePointer<Int>) throws(RuntimeError) -> Bool {
        let gate = gates[choice]
        if gate.isOnce, state[usedBase + choice >> 6] & (1 << (choice & 63)) != 0 { return false }
        if gate.guardCode < 0 { return true }
        return try run(gate.guardCode, state) != 0
    }

    /// Takes an available choice and settles the world: `Simulation.advance` for one player. `outcome`
    /// forces a chance outcome (an index into the outcomes, or their count for the remainder) instead of
    /// rolling. On an error the state is left part-way, as the reference leaves its copy.
    func take(_ choice: Int, outcome forced: Int?, in state: UnsafeMutablePointer<Int>) throws(RuntimeError) {
        let entry = choices[choice]
        if entry.isOnce { state[usedBase + choice >> 6] |= 1 << (choice & 63) }
        if entry.counterSlot >= 0 { count(entry.counterSlot, limit: entry.counterLimit, state) }
        if entry.effectCode >= 0 { _ = try run(entry.effectCode, state) }
        var picked = entry.outcomeCount == 0 ? -1 : 0
        if entry.hasChance {
            if let forced {
                picked = forced < entry.outcomeCount ? forced : -1
            } else {
                let roll = percentile(state)
                picked = -1
                var threshold = 0
                for index in 0..<entry.outcomeCount {
                    threshold += outcomes[entry.firstOutcome + index].percent
                    if roll < threshold {
                        picked = index
                        break
                    }
                }
            }
        }
        var target = entry.defaultTarget
        var leading = entry.leading
        if picked >= 0 {
            let outcome = outcomes[entry.firstOutcome + picked]
            if outcome.effectCode >= 0 { _ = try run(outcome.effectCode, state) }
            if outcome.overrides {
                target = outcome.target
                leading = outcome.leading
            }
        }
        let here = state[MachineLayout.position]
        if here >= 0 {
            let next = try lead(to: target, by: leading, from: here, state)
            if next != MachineProgram.nowhere { try enter(next, state) }
        }
        var moves = 0
        try settle(state, moves: &moves)
    }

    // MARK: Moving

    /// A roll from 0 to 99 from the state's generator (`RandomSource.percentile`).
    private func percentile(_ state: UnsafeMutablePointer<Int>) -> Int {
        var random = RandomSource(seed: UInt64(UInt(bitPattern: state[MachineLayout.seed])), draws: UInt64(UInt(bitPattern: state[MachineLayout.draws])))
        let roll = random.percentile()
        state[MachineLayout.draws] = Int(bitPattern: UInt(random.draws))
        return roll
    }

    /// Adds one to a hidden count, which stops at its limit.
    private func count(_ slot: Int, limit: Int, _ state: UnsafeMutablePointer<Int>) {
        if state[slot] < limit { state[slot] += 1 }
    }

    /// Where a player is led: `Step.lead`.
    private func lead(to target: Int, by leading: MachineProgram.Leading, from here: Int, _ state: UnsafeMutablePointer<Int>) throws(RuntimeError) -> Int {
        switch leading {
        case .none:
            return target
        case .call(let shared):
            guard let free = program.returnSlots.first(where: { state[$0] == 0 }) else {
                throw RuntimeError(kind: .callsTooDeep, location: program.scenario.scenes[shared].location)
            }
            let kept = target == MachineProgram.nowhere ? here : target
            state[free] = kept >= 0 ? kept + 1 : kept
            return shared
        case .back(let location):
            guard let last = program.returnSlots.last(where: { state[$0] != 0 }) else {
                throw RuntimeError(kind: .nothingToReturnTo, location: program.locations[location])
            }
            let value = state[last]
            state[last] = 0
            // A save edited by hand could point anywhere: only what the scenario has is followed.
            if value > 0, value - 1 < scenes.count { return value - 1 }
            if value < 0, value != Int.min, -value - 1 < program.scenario.endings.count { return value }
            throw RuntimeError(kind: .nothingToReturnTo, location: program.locations[location])
        }
    }

    private func enter(_ target: Int, _ state: UnsafeMutablePointer<Int>) throws(RuntimeError) {
        state[MachineLayout.position] = target
        guard target >= 0 else { return }
        state[visitedBase + target >> 6] |= 1 << (target & 63)
        let scene = scenes[target]
        if scene.moment != Int.min, scene.moment > state[MachineLayout.time] { state[MachineLayout.time] = scene.moment }
        if scene.counterSlot >= 0 { count(scene.counterSlot, limit: scene.counterLimit, state) }
        if scene.effectCode >= 0 { _ = try run(scene.effectCode, state) }
    }

    // MARK: Settling

    /// `Step.settle` for one player: the clock, due events in `eventOrder`, and scenes that hand the player
    /// on when no choice is available, until nothing changes.
    private func settle(_ state: UnsafeMutablePointer<Int>, moves: inout Int) throws(RuntimeError) {
        let pending = Int(EventStatus.pending.rawValue)
        while true {
            var changed = false
            if state[MachineLayout.position] >= 0, state[MachineLayout.time] > state[MachineLayout.clock] {
                state[MachineLayout.clock] = state[MachineLayout.time]
            }
            let clock = state[MachineLayout.clock]
            var cursor = state[MachineLayout.eventCursor]
            while cursor < events.count {
                let event = events[cursor]
                if event.start > clock {
                    if eventsByStart { break }
                    cursor += 1
                    continue
                }
                cursor += 1
                guard layout.eventStatus(event.index, in: state) == pending else { continue }
                if try decide(event, clock: clock, state) { changed = true }
            }
            cursor = state[MachineLayout.eventCursor]
            while cursor < events.count, layout.eventStatus(events[cursor].index, in: state) != pending { cursor += 1 }
            state[MachineLayout.eventCursor] = cursor
            let here = state[MachineLayout.position]
            if here >= 0, scenes[here].leadsOnItsOwn, try handsOn(from: here, state, moves: &moves) { changed = true }
            if !changed { return }
        }
    }

    /// Decides a due event when it can be: a replacement whose condition holds, the event itself when its
    /// condition holds, or its `otherwise` (or lapse) once its window has closed.
    private func decide(_ event: MachineProgram.EventEntry, clock: Int, _ state: UnsafeMutablePointer<Int>) throws(RuntimeError) -> Bool {
        for number in 0..<event.replacementCount {
            let replacement = replacements[event.firstReplacement + number]
            if try run(replacement.conditionCode, state) != 0 {
                layout.setEventStatus(Int(EventStatus.fired.rawValue), of: event.index, in: state)
                if replacement.effectCode >= 0 { _ = try run(replacement.effectCode, state) }
                return true
            }
        }
        var holds = true
        if event.conditionCode >= 0 { holds = try run(event.conditionCode, state) != 0 }
        if holds {
            layout.setEventStatus(Int(EventStatus.fired.rawValue), of: event.index, in: state)
            if event.firedCode >= 0 { _ = try run(event.firedCode, state) }
            return true
        }
        guard event.end <= clock else { return false }
        if event.hasOtherwise {
            layout.setEventStatus(Int(EventStatus.otherwise.rawValue), of: event.index, in: state)
            if event.otherwiseCode >= 0 { _ = try run(event.otherwiseCode, state) }
        } else {
            layout.setEventStatus(Int(EventStatus.lapsed.rawValue), of: event.index, in: state)
        }
        return true
    }

    /// Moves the player on from a scene that offers no available choice: the first route that holds, or
    /// the fallback (or leading). True when the player moved.
    private func handsOn(from here: Int, _ state: UnsafeMutablePointer<Int>, moves: inout Int) throws(RuntimeError) -> Bool {
        let scene = scenes[here]
        for index in 0..<scene.choiceCount where try isAvailable(sceneChoices[scene.firstChoice + index], in: state) { return false }
        var next = MachineProgram.nowhere
        for index in 0..<scene.routeCount where try run(routes[scene.firstRoute + index].conditionCode, state) != 0 {
            next = routes[scene.firstRoute + index].target
            break
        }
        if next == MachineProgram.nowhere {
            guard scene.fallback != MachineProgram.nowhere || scene.leading != .none else { return false }
            next = try lead(to: scene.fallback, by: scene.leading, from: here, state)
        }
        guard next != MachineProgram.nowhere else { return false }
        trail[moves] = here
        moves += 1
        if moves > moveLimit {
            let scenes = Array(UnsafeBufferPointer(start: trail, count: moves))
            let previous = scenes.dropLast().lastIndex(of: here) ?? 0
            throw RuntimeError(kind: .endlessLoop(scenes: scenes[previous...].map { program.scenario.scenes[$0].id }),
                               location: program.scenario.scenes[here].location)
        }
        try enter(next, state)
        return true
    }

    // MARK: Running code

    /// Runs code from `start` until `result` (returning the condition's value) or `end` (returning 0).
    private func run(_ start: Int, _ state: UnsafeMutablePointer<Int>) throws(RuntimeError) -> Int {
        let code = self.code.baseAddress!
        let stack = self.stack
        var pc = start
        var top = -1
        while true {
            switch Self.op(code[pc]) {
            case .constant:
                top += 1
                stack[top] = code[pc + 1]
                pc += 2
            case .load:
                top += 1
                stack[top] = state[code[pc + 1]]
                pc += 2
            case .bit:
                top += 1
                stack[top] = state[code[pc + 1]] & code[pc + 2] != 0 ? 1 : 0
                pc += 3
            case .before:
                top += 1
                stack[top] = state[code[pc + 1]] < code[pc + 2] ? 1 : 0
                pc += 3
            case .notBefore:
                top += 1
                stack[top] = state[code[pc + 1]] >= code[pc + 2] ? 1 : 0
                pc += 3
            case .not:
                stack[top] = stack[top] == 0 ? 1 : 0
                pc += 1
            case .negate:
                stack[top] = stack[top] == Int.min ? Int.max : -stack[top]
                pc += 1
            case .jumpIfZeroKeeping:
                if stack[top] == 0 {
                    pc = code[pc + 1]
                } else {
                    top -= 1
                    pc += 2
                }
            case .jumpIfNonZeroOne:
                if stack[top] != 0 {
                    stack[top] = 1
                    pc = code[pc + 1]
                } else {
                    top -= 1
                    pc += 2
                }
            case .truth:
                stack[top] = stack[top] != 0 ? 1 : 0
                pc += 1
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                let left = stack[top - 1], right = stack[top]
                top -= 1
                stack[top] = Self.compare(code[pc], left, right) ? 1 : 0
                pc += 1
            case .compareSlot:
                top += 1
                stack[top] = Self.compare(code[pc + 1], state[code[pc + 2]], code[pc + 3]) ? 1 : 0
                pc += 4
            case .plus:
                let left = stack[top - 1], right = stack[top]
                let (sum, overflow) = left.addingReportingOverflow(right)
                top -= 1
                stack[top] = overflow ? (right > 0 ? Int.max : Int.min) : sum
                pc += 1
            case .minus:
                let left = stack[top - 1], right = stack[top]
                let (difference, overflow) = left.subtractingReportingOverflow(right)
                top -= 1
                stack[top] = overflow ? (right < 0 ? Int.max : Int.min) : difference
                pc += 1
            case .times:
                let left = stack[top - 1], right = stack[top]
                let (product, overflow) = left.multipliedReportingOverflow(by: right)
                top -= 1
                stack[top] = overflow ? ((left < 0) == (right < 0) ? Int.max : Int.min) : product
                pc += 1
            case .divide:
                let left = stack[top - 1], right = stack[top]
                guard right != 0 else { throw RuntimeError(kind: .divisionByZero, location: program.locations[code[pc + 1]]) }
                top -= 1
                stack[top] = left == Int.min && right == -1 ? Int.max : left / right
                pc += 2
            case .result:
                return stack[top]
            case .set:
                let value = stack[top]
                top -= 1
                state[code[pc + 1]] = Swift.min(Swift.max(value, code[pc + 2]), code[pc + 3])
                pc += 4
            case .add:
                let amount = stack[top]
                top -= 1
                let slot = code[pc + 1]
                let (sum, overflow) = state[slot].addingReportingOverflow(amount)
                state[slot] = Swift.min(Swift.max(overflow ? (amount > 0 ? Int.max : Int.min) : sum, code[pc + 2]), code[pc + 3])
                pc += 4
            case .addConstant:
                let slot = code[pc + 1], amount = code[pc + 2]
                let (sum, overflow) = state[slot].addingReportingOverflow(amount)
                state[slot] = Swift.min(Swift.max(overflow ? (amount > 0 ? Int.max : Int.min) : sum, code[pc + 3]), code[pc + 4])
                pc += 5
            case .drop:
                top -= 1
                pc += 1
            case .advance:
                // Only a player's effects advance; the player may have finished (an ending), as in the reference.
                let (time, overflow) = state[MachineLayout.time].addingReportingOverflow(code[pc + 1])
                let moved = overflow ? Int.max : time
                guard program.supportedMinutes.contains(moved) else {
                    throw RuntimeError(kind: .clockOutOfRange, location: program.locations[code[pc + 2]])
                }
                state[MachineLayout.time] = moved
                pc += 3
            case .move:
                let wanted = code[pc + 1]
                if state[MachineLayout.position] >= 0, wanted < 0 || wanted == role {
                    // Entering runs the scene's own effects, which need the stack from its bottom: it is
                    // empty between effects.
                    try enter(code[pc + 2], state)
                }
                pc += 3
            case .jumpIfZero:
                let value = stack[top]
                top -= 1
                pc = value == 0 ? code[pc + 1] : pc + 2
            case .jump:
                pc = code[pc + 1]
            case .end:
                return 0
            }
        }
    }
}

extension Machine {
    /// The operation a code word holds. The words are written by `MachineCodeWriter` only, so every one
    /// read as an operation is one; reading it by its bits spares a check on every instruction.
    @inline(__always)
    static func op(_ word: Int) -> MachineOp {
        unsafeBitCast(UInt8(truncatingIfNeeded: word), to: MachineOp.self)
    }

    @inline(__always)
    static func compare(_ comparison: Int, _ left: Int, _ right: Int) -> Bool {
        switch op(comparison) {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        default: left >= right
        }
    }

    /// Runs `body` on the slots of `state` in place, passing on its error.
    static func withSlots<Result>(_ state: inout [Int], _ body: (UnsafeMutablePointer<Int>) throws(RuntimeError) -> Result) throws(RuntimeError) -> Result {
        var failure: RuntimeError?
        let result: Result? = state.withUnsafeMutableBufferPointer { buffer in
            do throws(RuntimeError) {
                return try body(buffer.baseAddress!)
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return result!
    }

    /// `take` on an array of slots.
    func take(_ choice: Int, outcome: Int?, in state: inout [Int]) throws(RuntimeError) {
        try Self.withSlots(&state) { slots throws(RuntimeError) in try take(choice, outcome: outcome, in: slots) }
    }

    /// `isAvailable` on an array of slots.
    func isAvailable(_ choice: Int, in state: inout [Int]) throws(RuntimeError) -> Bool {
        try Self.withSlots(&state) { slots throws(RuntimeError) in try isAvailable(choice, in: slots) }
    }
}
