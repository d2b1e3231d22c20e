/// Where a later act's variable takes its starting value from when a game carries on from the earlier act
/// (`carried from …`).
public enum CarrySource: Hashable, Sendable {
    /// The earlier act's variable of this id (same scope and type; its range fits inside this one's).
    case variable(String)
    /// A flag that is yes when the earlier game ended in one of these endings (for a world flag: when any
    /// seat did).
    case endings([String])
}

/// The earlier act a scenario `follows`, as checked when the scenario was compiled: what a carried game
/// needs to know of it without compiling it again.
public struct FollowedAct: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// The earlier act's role ids; each goes on as this act's role of the same id.
    public var roles: [String]
    /// Each ending's text, by id: the first journal line of a carried seat quotes its first sentence.
    public var endings: [String: LocalizedText]

    public init(id: String, title: LocalizedText, roles: [String], endings: [String: LocalizedText]) {
        self.id = id
        self.title = title
        self.roles = roles
        self.endings = endings
    }
}
