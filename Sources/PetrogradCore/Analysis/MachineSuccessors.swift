/// Successors by the compiled machine (`Machine`): the key is unpacked into flat slots, each choice is
/// taken on a copy of them, and the result packed again; no `GameState` is built, except around the steps
/// that decide an event whose outcome the report looks at again (a replaced event, an event with `assumes`
/// lines), which go through the same reference checks as `SimulationSuccessors`.
struct MachineSuccessors: SuccessorSource {
    let explorer: Explorer
    let program: MachineProgram
    let role: Int
    let layout: ExplorationKeyLayout
    /// The layout that tells real decisions apart, when it differs from `layout` (no reduction by liveness).
    let decisionLayout: ExplorationKeyLayout?
    let assumed: [Int]
    let countsReplacements: Bool
    /// The events whose deciding steps are checked on `GameState`s.
    let watched: [Int]

    init(explorer: Explorer, role: Int, layout: ExplorationKeyLayout, decisionLayout: ExplorationKeyLayout?, assumed: [Int], replaced: [Int]) {
        self.explorer = explorer
        program = explorer.machineProgram
        self.role = role
        self.layout = layout
        self.decisionLayout = decisionLayout
        self.assumed = assumed
        countsReplacements = !replaced.isEmpty
        watched = Array(Set(replaced + assumed)).sorted()
    }

    func expand(_ key: UnsafePointer<UInt64>, scene: Int, into buffer: inout ExpansionBuffer) {
        if buffer.machineScratch == nil { buffer.machineScratch = MachineScratch(program: program, role: role) }
        let scratch = buffer.machineScratch!
        let machine = scratch.machine
        let count = layout.slotsRead(program.layout)
        let state = scratch.state, successor = scratch.successor
        layout.unpack(key, into: state, program: program)
        let scenario = explorer.scenario
        var expanded = ExpansionBuffer.Expanded(transitionEnd: 0, anyAvailable: false, chanceChoices: 0, attempts: 0, distinctOutcomes: 0)
        buffer.outcomeKeys.removeAll(keepingCapacity: true)
        for choice in machine.choices(ofScene: scene) {
            do throws(RuntimeError) {
                guard try machine.isAvailable(choice, in: state) else { continue }
            } catch {
                buffer.add(.availabilityError, choice: choice, outcome: nil, hasChance: false, problem: .error(error))
                continue
            }
            expanded.anyAvailable = true
            let hasChance = program.tables.choices[choice].hasChance
            if hasChance { expanded.chanceChoices += 1 }
            let outcomeCount = hasChance ? Explorer.outcomeCount(scenario.choices[choice]) : 1
            for outcome in 0..<outcomeCount {
                let forced: Int? = hasChance ? outcome : nil
                expanded.attempts += 1
                successor.update(from: state, count: count)
                do throws(RuntimeError) {
                    try machine.take(choice, outcome: forced, in: successor)
                } catch {
                    buffer.add(.stepError, choice: choice, outcome: forced, hasChance: hasChance, problem: .error(error))
                    continue
                }
                var problem: ExpansionBuffer.Problem?
                if watched.contains(where: { program.layout.eventStatus($0, in: state) != program.layout.eventStatus($0, in: successor) }) {
                    // The slots a step does not read are left out, as the key leaves them out.
                    let unread = repeatElement(0, count: program.layout.count - count)
                    let before = program.gameState(of: Array(UnsafeBufferPointer(start: state, count: count)) + unread, role: role)
                    let after = program.gameState(of: Array(UnsafeBufferPointer(start: successor, count: count)) + unread, role: role)
                    let action = Action.choose(player: 1, choice: scenario.choices[choice].id, outcome: forced.map { $0 + 1 })
                    if countsReplacements, Explorer.settlesCounted(buffer.replaced, from: before, to: after) {
                        explorer.countStep(action, from: before, outcome: forced, into: &buffer.replaced)
                    }
                    if !assumed.isEmpty, let broken = explorer.brokenAssumption(from: before, to: after, action: action, outcome: forced, events: assumed),
                       let key = Explorer.key(broken) {
                        problem = .brokenAssumption(broken, key: key)
                    }
                }
                buffer.addSuccessor(choice: choice, outcome: forced, hasChance: hasChance, problem: problem, layout: layout,
                                    decisionLayout: decisionLayout, expanded: &expanded) { layout, key in
                    layout.pack(slots: successor, program: program, into: key)
                }
            }
        }
        expanded.transitionEnd = buffer.transitions.count
        buffer.states.append(expanded)
    }
}

/// One worker's machine and the slots it steps on.
final class MachineScratch {
    let machine: Machine
    let state: UnsafeMutablePointer<Int>
    let successor: UnsafeMutablePointer<Int>

    init(program: MachineProgram, role: Int) {
        machine = Machine(program: program, role: role)
        state = .allocate(capacity: program.layout.count)
        state.initialize(repeating: 0, count: program.layout.count)
        successor = .allocate(capacity: program.layout.count)
        successor.initialize(repeating: 0, count: program.layout.count)
    }

    deinit {
        state.deallocate()
        successor.deallocate()
    }
}
