/// A role a player can take.
public struct Role: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// The index of the scene where the role begins.
    public var start: Int
    public var location: SourceLocation
}

/// A named place where scenes happen.
public struct Place: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var location: SourceLocation
}

/// A glossary entry declared by the scenario.
public struct GlossaryEntry: Hashable, Sendable {
    public var id: String
    public var term: LocalizedText
    public var explanation: LocalizedText
    public var location: SourceLocation
}
