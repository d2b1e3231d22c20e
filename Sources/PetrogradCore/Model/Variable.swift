/// Whether a variable is shared by everyone or kept once per player.
public enum VariableScope: String, Hashable, Sendable, Codable {
    case world
    case player
}

/// A variable's type.
public enum VariableType: String, Hashable, Sendable, Codable {
    case number
    case flag
}

/// Which variable: its scope and its index among the variables of that scope.
public struct VariableReference: Hashable, Sendable {
    // The index first: after the scope it would be padded to 16 bytes, and every expression and effect
    // that holds a reference with it.
    public var index: Int
    public var scope: VariableScope

    public init(scope: VariableScope, index: Int) {
        self.scope = scope
        self.index = index
    }
}

/// A declared variable.
public struct Variable: Hashable, Sendable {
    public var id: String
    public var scope: VariableScope
    public var type: VariableType
    /// The allowed range; flags are 0 (no) to 1 (yes).
    public var minimum: Int
    public var maximum: Int
    public var initial: Int
    /// The label on the status screen; empty for a hidden variable.
    public var label: LocalizedText
    public var location: SourceLocation
    /// Where a game carried on from the earlier act takes the value from (`carried from …`).
    public var carried: CarrySource? = nil

    /// Whether the engine made this variable to keep a count or a text's place (`visits:…`, `taken:…`,
    /// `text:…`); such ids contain a colon, which an author's id never does.
    public var isInternal: Bool { id.contains(":") }

    /// A value brought inside the range: numbers stop at their limits.
    public func clamped(_ value: Int) -> Int { Swift.min(Swift.max(value, minimum), maximum) }
}
