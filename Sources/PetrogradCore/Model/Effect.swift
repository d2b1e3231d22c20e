/// A checked effect of a choice, an outcome or a world event.
public enum Effect: Hashable, Sendable {
    /// Give a variable a value (brought into its range).
    case set(VariableReference, Expression)
    /// Add (or, with a negative amount, subtract) to a number, stopping at its limits.
    case add(VariableReference, Expression)
    /// Move the acting player's clock on; the location of the `advance`, for the error when the clock
    /// would leave `Moment.supportedRange`.
    case advance(minutes: Int, SourceLocation)
    /// Add a dated line to the journal. Boxed: a text keeps its languages in place, and every effect
    /// would be the text's size.
    indirect case journal(LocalizedText)
    /// Move the players of a role (nil: everyone) who have not finished to a scene.
    case move(role: Int?, scene: Int)
    /// The effects of the first branch whose condition holds (a nil condition is `else`).
    case conditional([EffectBranch])
}

/// One branch of a conditional effect.
public struct EffectBranch: Hashable, Sendable {
    public var condition: Expression?
    public var effects: [Effect]
}

extension Effect {
    /// The variable a `set` or `add` writes.
    public var writtenVariable: VariableReference? {
        switch self {
        case .set(let reference, _), .add(let reference, _): reference
        case .advance, .journal, .move, .conditional: nil
        }
    }

    /// The effects with those inside conditional effects listed too, after the conditional itself.
    public static func flattened(_ effects: [Effect]) -> [Effect] {
        var result: [Effect] = []
        var pending = Array(effects.reversed())
        while let effect = pending.popLast() {
            result.append(effect)
            if case .conditional(let branches) = effect {
                pending += branches.flatMap(\.effects).reversed()
            }
        }
        return result
    }
}
