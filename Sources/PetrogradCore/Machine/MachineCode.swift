/// The machine's instructions, stored as their raw values in a flat array of `Int` words, an operation followed by its operands. A
/// condition runs on a small stack and ends with `result`; a list of effects ends with `end`. Slots are
/// indices into the state (`MachineLayout`), so a variable is read with one load whatever its scope.
enum MachineOp: Int {
    /// `constant v`: push v.
    case constant
    /// `load slot`: push the slot's value.
    case load
    /// `bit slot mask`: push 1 when the slot has the mask's bit, else 0 (a visited scene).
    case bit
    /// `before slot minutes`: push 1 when the time in the slot is before the moment.
    case before
    case notBefore
    case not
    case negate
    /// `jumpIfZeroKeeping to`: `and`'s first operand: when 0 it is the answer, else it is popped.
    case jumpIfZeroKeeping
    /// `jumpIfNonZeroOne to`: `or`'s first operand: when not 0 the answer is 1, else it is popped.
    case jumpIfNonZeroOne
    /// Turns the top into 0 or 1.
    case truth
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case plus, minus, times
    /// `divide location`: the location says where a division by zero is.
    case divide
    /// Pops the condition's value and returns it.
    case result
    /// `set slot lowest highest`: pops a value and stores it, stopping at the range.
    case set
    /// `add slot lowest highest`: pops an amount and adds it (saturating), stopping at the range.
    case add
    /// Pops a value nobody writes (a player's variable set by a world event).
    case drop
    /// `advance minutes location`: moves the player's time on, failing past the supported range.
    case advance
    /// `move role scene`: the player, when active and of the role (−1: any), enters the scene.
    case move
    /// `jumpIfZero to`: pops a condition, jumps when it is 0.
    case jumpIfZero
    case jump
    /// The end of a list of effects.
    case end
    /// `addConstant slot amount lowest highest`: `add` of a number, in one instruction.
    case addConstant
    /// `compareSlot comparison slot constant`: push 1 when the slot's value compares so with the constant
    /// (`comparison` is the raw value of one of `equal` … `greaterOrEqual`): the commonest guard, in one
    /// instruction instead of three.
    case compareSlot
}

/// Writes conditions and effects as machine code for one scenario.
struct MachineCodeWriter {
    let layout: MachineLayout
    let scenario: Scenario
    var code: [Int] = []
    /// Where errors are reported, by index (`divide`, `advance`).
    var locations: [SourceLocation] = []
    /// The deepest the stack gets in any condition written.
    var deepest = 0
    private var depth = 0

    init(layout: MachineLayout, scenario: Scenario) {
        self.layout = layout
        self.scenario = scenario
    }

    private mutating func push(_ words: Int...) {
        code += words
    }

    private mutating func grow(_ change: Int) {
        depth += change
        deepest = Swift.max(deepest, depth)
    }

    private mutating func location(_ location: SourceLocation) -> Int {
        locations.append(location)
        return locations.count - 1
    }

    /// A condition, as a player sees it (`world` false) or as a world event does (player values 0,
    /// nothing visited, the clock for the time). Returns where it starts.
    mutating func condition(_ expression: Expression, world: Bool) -> Int {
        let start = code.count
        emit(expression, world: world)
        push(MachineOp.result.rawValue)
        grow(-1)
        return start
    }

    private mutating func emit(_ expression: Expression, world: Bool) {
        switch expression {
        case .constant(let value):
            push(MachineOp.constant.rawValue, value)
            grow(1)
        case .variable(let reference):
            if reference.scope == .world {
                push(MachineOp.load.rawValue, layout.worldBase + reference.index)
            } else if world {
                push(MachineOp.constant.rawValue, 0)
            } else {
                push(MachineOp.load.rawValue, layout.playerBase + reference.index)
            }
            grow(1)
        case .visited(let scene):
            if world { push(MachineOp.constant.rawValue, 0) } else { push(MachineOp.bit.rawValue, layout.visitedBase + scene >> 6, 1 << (scene & 63)) }
            grow(1)
        case .before(let moment):
            push(MachineOp.before.rawValue, world ? MachineLayout.clock : MachineLayout.time, moment.minutes)
            grow(1)
        case .notBefore(let moment):
            push(MachineOp.notBefore.rawValue, world ? MachineLayout.clock : MachineLayout.time, moment.minutes)
            grow(1)
        case .not(let operand):
            emit(operand, world: world)
            push(MachineOp.not.rawValue)
        case .negate(let operand):
            emit(operand, world: world)
            push(MachineOp.negate.rawValue)
        case .and(let a, let b), .or(let a, let b):
            let isAnd = if case .and = expression { true } else { false }
            emit(a, world: world)
            push(isAnd ? MachineOp.jumpIfZeroKeeping.rawValue : MachineOp.jumpIfNonZeroOne.rawValue, 0)
            let patch = code.count - 1
            grow(-1)
            emit(b, world: world)
            if !Self.isTruthValue(b) { push(MachineOp.truth.rawValue) }
            code[patch] = code.count
        case .compare(let comparison, .variable(let reference), .constant(let constant)) where reference.scope == .world || !world:
            let slot = (reference.scope == .world ? layout.worldBase : layout.playerBase) + reference.index
            push(MachineOp.compareSlot.rawValue, Self.op(comparison), slot, constant)
            grow(1)
        case .compare(let comparison, let a, let b):
            emit(a, world: world)
            emit(b, world: world)
            push(Self.op(comparison))
            grow(-1)
        case .arithmetic(let arithmetic, let a, let b):
            emit(a, world: world)
            emit(b, world: world)
            switch arithmetic {
            case .plus: push(MachineOp.plus.rawValue)
            case .minus: push(MachineOp.minus.rawValue)
            case .times: push(MachineOp.times.rawValue)
            case .divide(let place): push(MachineOp.divide.rawValue, location(place))
            }
            grow(-1)
        }
    }

    /// Whether an expression is always 0 or 1 already (a comparison, a test), so `and` and `or` need not
    /// make it so.
    private static func isTruthValue(_ expression: Expression) -> Bool {
        switch expression {
        case .compare, .not, .and, .or, .visited, .before, .notBefore: true
        case .constant(let value): value == 0 || value == 1
        case .variable, .negate, .arithmetic: false
        }
    }

    private static func op(_ comparison: Expression.Comparison) -> Int {
        switch comparison {
        case .equal: MachineOp.equal.rawValue
        case .notEqual: MachineOp.notEqual.rawValue
        case .less: MachineOp.less.rawValue
        case .lessOrEqual: MachineOp.lessOrEqual.rawValue
        case .greater: MachineOp.greater.rawValue
        case .greaterOrEqual: MachineOp.greaterOrEqual.rawValue
        }
    }

    /// A list of effects, for the player (`world` false) or for a world event; nil when it does nothing
    /// the machine sees (no effects, or only journal lines).
    mutating func effects(_ effects: [Effect], world: Bool) -> Int? {
        let start = code.count
        emitEffects(effects, world: world)
        if code.count == start { return nil }
        push(MachineOp.end.rawValue)
        return start
    }

    private mutating func emitEffects(_ effects: [Effect], world: Bool) {
        for effect in effects {
            switch effect {
            case .set(let reference, let expression), .add(let reference, let expression):
                let isSet = if case .set = effect { true } else { false }
                if !isSet, case .constant(let amount) = expression, reference.scope == .world || !world {
                    let limits = reference.scope == .world ? scenario.worldLimits[reference.index] : scenario.playerLimits[reference.index]
                    let slot = (reference.scope == .world ? layout.worldBase : layout.playerBase) + reference.index
                    push(MachineOp.addConstant.rawValue, slot, amount, limits.lowerBound, limits.upperBound)
                    continue
                }
                emit(expression, world: world)
                grow(-1)
                if reference.scope == .player && world {
                    // A world event has no player whose value it could change; the value is still worked
                    // out, since working it out can fail.
                    push(MachineOp.drop.rawValue)
                } else {
                    let limits = reference.scope == .world ? scenario.worldLimits[reference.index] : scenario.playerLimits[reference.index]
                    let slot = (reference.scope == .world ? layout.worldBase : layout.playerBase) + reference.index
                    push(isSet ? MachineOp.set.rawValue : MachineOp.add.rawValue, slot, limits.lowerBound, limits.upperBound)
                }
            case .advance(let minutes, let place):
                if !world { push(MachineOp.advance.rawValue, minutes, location(place)) }
            case .journal:
                // Journal lines are events, and the machine makes none.
                break
            case .move(let role, let scene):
                push(MachineOp.move.rawValue, role ?? -1, scene)
            case .conditional(let branches):
                var exits: [Int] = []
                for branch in branches {
                    var skip: Int?
                    if let condition = branch.condition {
                        emit(condition, world: world)
                        grow(-1)
                        push(MachineOp.jumpIfZero.rawValue, 0)
                        skip = code.count - 1
                    }
                    emitEffects(branch.effects, world: world)
                    push(MachineOp.jump.rawValue, 0)
                    exits.append(code.count - 1)
                    if let skip { code[skip] = code.count }
                }
                for exit in exits { code[exit] = code.count }
            }
        }
    }
}
