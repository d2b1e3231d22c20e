/// What an expression can look at: variables, visited scenes and the time.
public protocol EvaluationEnvironment {
    func value(of variable: VariableReference) -> Int
    func hasVisited(scene: Int) -> Bool
    var now: Moment { get }
}

extension Expression {
    /// Evaluates the expression. Arithmetic saturates at the limits of `Int` instead of trapping;
    /// division by zero is reported.
    public func evaluate(in environment: some EvaluationEnvironment) throws(RuntimeError) -> Int {
        switch self {
        case .constant(let value):
            return value
        case .variable(let reference):
            return environment.value(of: reference)
        case .visited(let scene):
            return environment.hasVisited(scene: scene) ? 1 : 0
        case .before(let moment):
            return environment.now < moment ? 1 : 0
        case .notBefore(let moment):
            return environment.now >= moment ? 1 : 0
        case .not(let operand):
            return try operand.evaluate(in: environment) == 0 ? 1 : 0
        case .and(let a, let b):
            guard try a.evaluate(in: environment) != 0 else { return 0 }
            return try b.evaluate(in: environment) != 0 ? 1 : 0
        case .or(let a, let b):
            if try a.evaluate(in: environment) != 0 { return 1 }
            return try b.evaluate(in: environment) != 0 ? 1 : 0
        case .negate(let operand):
            let value = try operand.evaluate(in: environment)
            return value == Int.min ? Int.max : -value
        case .compare(let comparison, let a, let b):
            let left = try a.evaluate(in: environment), right = try b.evaluate(in: environment)
            return comparison.holds(left, right) ? 1 : 0
        case .arithmetic(let op, let a, let b):
            let left = try a.evaluate(in: environment), right = try b.evaluate(in: environment)
            switch op {
            case .plus:
                let (sum, overflow) = left.addingReportingOverflow(right)
                return overflow ? (right > 0 ? Int.max : Int.min) : sum
            case .minus:
                let (difference, overflow) = left.subtractingReportingOverflow(right)
                return overflow ? (right < 0 ? Int.max : Int.min) : difference
            case .times:
                let (product, overflow) = left.multipliedReportingOverflow(by: right)
                return overflow ? ((left < 0) == (right < 0) ? Int.max : Int.min) : product
            case .divide(let location):
                guard right != 0 else { throw RuntimeError(kind: .divisionByZero, location: location) }
                if left == Int.min, right == -1 { return Int.max }
                return left / right
            }
        }
    }
}
