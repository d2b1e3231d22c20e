/// Whether some conditions, all true, guarantee another: the proof behind `assumes` (an event's text may
/// take for granted only what its condition guarantees).
///
/// The prover is sound and deliberately simple: it says "implied" only when every state in which the
/// hypotheses hold makes the goal hold; when it cannot see why, it says "not implied", and the author makes
/// the condition say it plainly. What it understands:
/// - `and` and `or` on both sides (a goal `a and b` needs both; `a or b` either one; a hypothesis
///   `a or b` is split into its cases, each of which must prove the goal);
/// - `not`, pushed inwards;
/// - comparisons of one variable with a number, and flags (`garrison <= 30` gives `garrison <= 40`;
///   `mutiny` gives `mutiny`; `not mutiny` is `mutiny = 0`), within the variable's declared range;
/// - `before DATE` and `from DATE on`, as bounds on the clock;
/// - anything else (arithmetic, two variables compared) only when the very same part is a hypothesis.
public struct Implication: Sendable {
    /// A variable's declared range; values are clamped to it, so it bounds what a variable can be.
    let range: @Sendable (VariableReference) -> ClosedRange<Int>?

    public init(range: @escaping @Sendable (VariableReference) -> ClosedRange<Int>? = { _ in nil }) {
        self.range = range
    }

    /// Bounds ranges from the scenario's declarations.
    public init(scenario: Scenario) {
        let world = scenario.worldVariables.map { $0.minimum...$0.maximum }
        let player = scenario.playerVariables.map { $0.minimum...$0.maximum }
        range = { reference in
            let ranges = reference.scope == .world ? world : player
            return ranges.indices.contains(reference.index) ? ranges[reference.index] : nil
        }
    }

    /// Whether `hypotheses`, all holding, guarantee `goal`.
    public func proves(_ goal: Expression, from hypotheses: [Expression]) -> Bool {
        proves(Self.formula(goal, negated: false), facts: hypotheses.map { Self.formula($0, negated: false) }, depth: 0)
    }

    /// The parts of `goal` (its conjuncts: `a and b` has two) that `hypotheses` do not guarantee, in order.
    public func unproven(_ goal: Expression, from hypotheses: [Expression]) -> [Expression] {
        Self.conjuncts(goal).filter { !proves($0, from: hypotheses) }
    }

    /// `a and (b and c)` as `[a, b, c]`; anything else as itself.
    public static func conjuncts(_ expression: Expression) -> [Expression] {
        if case .and(let a, let b) = expression { return conjuncts(a) + conjuncts(b) }
        return [expression]
    }

    // MARK: Formulas

    /// What a comparison bounds: a variable, or the clock (in minutes).
    enum Subject: Hashable {
        case variable(VariableReference)
        case clock
    }

    /// The whole numbers from `lower` to `upper`, without `excluded`.
    struct Bound: Hashable {
        var lower = Int.min
        var upper = Int.max
        var excluded: Set<Int> = []

        /// Both at once.
        func intersected(_ other: Bound) -> Bound {
            Bound(lower: max(lower, other.lower), upper: min(upper, other.upper), excluded: excluded.union(other.excluded))
        }

        /// The same numbers, with excluded numbers at either end moved into the ends.
        var trimmed: Bound {
            var result = self
            while result.lower <= result.upper, result.excluded.contains(result.lower), result.lower < Int.max { result.lower += 1 }
            while result.lower <= result.upper, result.excluded.contains(result.upper), result.upper > Int.min { result.upper -= 1 }
            return result
        }

        var isEmpty: Bool {
            let trimmed = self.trimmed
            return trimmed.lower > trimmed.upper || (trimmed.lower == trimmed.upper && trimmed.excluded.contains(trimmed.lower))
        }

        /// Whether every number in this bound is in `other`.
        func isWithin(_ other: Bound) -> Bool {
            let own = trimmed
            if own.lower > own.upper { return true }
            guard own.lower >= other.lower, own.upper <= other.upper else { return false }
            return other.excluded.allSatisfy { $0 < own.lower || $0 > own.upper || own.excluded.contains($0) }
        }

        /// `subject comparison number`.
        init?(_ comparison: Expression.Comparison, _ number: Int) {
            switch comparison {
            case .equal: lower = number; upper = number
            case .notEqual: excluded = [number]
            case .less:
                guard number > Int.min else { return nil }
                upper = number - 1
            case .lessOrEqual: upper = number
            case .greater:
                guard number < Int.max else { return nil }
                lower = number + 1
            case .greaterOrEqual: lower = number
            }
        }

        init(lower: Int = Int.min, upper: Int = Int.max, excluded: Set<Int> = []) {
            self.lower = lower
            self.upper = upper
            self.excluded = excluded
        }
    }

    /// A condition in negation normal form: `not` only inside opaque parts.
    indirect enum Formula: Hashable {
        case truth(Bool)
        case bound(Subject, Bound)
        /// A part the prover does not look into, with whether it is negated.
        case opaque(Expression, negated: Bool)
        case and([Formula])
        case or([Formula])
    }

    static func formula(_ expression: Expression, negated: Bool) -> Formula {
        switch expression {
        case .constant(let number):
            return .truth((number != 0) != negated)
        case .not(let operand):
            return formula(operand, negated: !negated)
        case .and(let a, let b):
            let parts = [formula(a, negated: negated), formula(b, negated: negated)]
            return negated ? .or(parts) : .and(parts)
        case .or(let a, let b):
            let parts = [formula(a, negated: negated), formula(b, negated: negated)]
            return negated ? .and(parts) : .or(parts)
        case .variable(let reference):
            return .bound(.variable(reference), Bound(negated ? .equal : .notEqual, 0)!)
        case .before(let moment):
            return .bound(.clock, Bound(negated ? .greaterOrEqual : .less, moment.minutes)!)
        case .notBefore(let moment):
            return .bound(.clock, Bound(negated ? .less : .greaterOrEqual, moment.minutes)!)
        case .compare(let comparison, .variable(let reference), let right):
            if let number = constantValue(right), let bound = Bound(negated ? comparison.negated : comparison, number) {
                return .bound(.variable(reference), bound)
            }
        case .compare(let comparison, let left, .variable(let reference)):
            if let number = constantValue(left), let bound = Bound(negated ? comparison.mirrored.negated : comparison.mirrored, number) {
                return .bound(.variable(reference), bound)
            }
        case .compare(let comparison, let left, let right):
            if let a = constantValue(left), let b = constantValue(right) { return .truth(comparison.holds(a, b) != negated) }
        case .visited, .negate, .arithmetic:
            break
        }
        return .opaque(expression, negated: negated)
    }

    /// The value of an expression made of numbers only, when it has one.
    static func constantValue(_ expression: Expression) -> Int? {
        switch expression {
        case .constant(let number): return number
        case .negate(let operand):
            guard let value = constantValue(operand), value != Int.min else { return nil }
            return -value
        case .arithmetic(let operation, let a, let b):
            guard let x = constantValue(a), let y = constantValue(b) else { return nil }
            let (result, overflow): (Int, Bool)
            switch operation {
            case .plus: (result, overflow) = x.addingReportingOverflow(y)
            case .minus: (result, overflow) = x.subtractingReportingOverflow(y)
            case .times: (result, overflow) = x.multipliedReportingOverflow(by: y)
            case .divide:
                guard y != 0 else { return nil }
                (result, overflow) = x.dividedReportingOverflow(by: y)
            }
            return overflow ? nil : result
        default: return nil
        }
    }

    // MARK: Proof

    /// Case splits allowed along one proof: each splits one `or` among the facts.
    static let splitLimit = 8

    private func proves(_ goal: Formula, facts: [Formula], depth: Int) -> Bool {
        // Flatten the facts into their conjuncts; a false fact proves anything (no state satisfies them).
        var flat: [Formula] = []
        var pending = facts
        while let fact = pending.popLast() {
            switch fact {
            case .and(let parts): pending += parts
            case .truth(true): continue
            case .truth(false): return true
            default: flat.append(fact)
            }
        }
        let bounds = boundsBySubject(flat)
        if bounds.values.contains(where: \.isEmpty) { return true }
        if provesDirectly(goal, flat, bounds, depth: depth) { return true }
        // Split the first `or` among the facts: the goal must follow in each case.
        guard depth < Self.splitLimit, let split = flat.firstIndex(where: { if case .or = $0 { true } else { false } }),
              case .or(let cases) = flat[split] else { return false }
        var rest = flat
        rest.remove(at: split)
        return cases.allSatisfy { proves(goal, facts: rest + [$0], depth: depth + 1) }
    }

    private func provesDirectly(_ goal: Formula, _ facts: [Formula], _ bounds: [Subject: Bound], depth: Int) -> Bool {
        switch goal {
        case .truth(let value):
            return value
        case .and(let parts):
            return parts.allSatisfy { proves($0, facts: facts, depth: depth) }
        case .or(let parts):
            return parts.contains { provesDirectly($0, facts, bounds, depth: depth) } || facts.contains(goal)
        case .bound(let subject, let bound):
            let known = bounds[subject] ?? declared(subject)
            return known.isWithin(bound)
        case .opaque:
            return facts.contains(goal)
        }
    }

    /// Every subject's bound from the facts, within its declared range.
    private func boundsBySubject(_ facts: [Formula]) -> [Subject: Bound] {
        var bounds: [Subject: Bound] = [:]
        for case .bound(let subject, let bound) in facts {
            bounds[subject] = (bounds[subject] ?? declared(subject)).intersected(bound)
        }
        return bounds
    }

    private func declared(_ subject: Subject) -> Bound {
        guard case .variable(let reference) = subject, let range = range(reference) else { return Bound() }
        return Bound(lower: range.lowerBound, upper: range.upperBound)
    }
}
