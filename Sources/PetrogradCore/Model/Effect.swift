/// A checked effect of a choice, an outcome or a world event.
public enum Effect: Hashable, Sendable {
    /// Give a variable a value (brought into its range).
    case set(VariableReference, Expression)
    /// Add (or, with a negative amount, subtract) to a number, stopping at its limits.
    case add(VariableReference, Expression)
    /// Move the acting player's clock on; the location of the `advance`, for the error when the clock
    /// would leave `Moment.supportedRange`.
    case advance(minutes: Int, SourceLocation)
    /// Add a dated line to the journal.
    case journal(LocalizedText)
    /// Move the players of a role (nil: everyone) who have not finished to a scene.
    case move(role: Int?, scene: Int)
}
